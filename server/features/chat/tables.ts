// The Bürgerbüro chat (Kysely types; booleans 0/1, times ISO strings).

export interface ChatConversationTable {
  id: string;
  /** waiting | active | closed | left */
  status: string;
  topic: string;
  language: string;
  /** The department whose agents may take it while waiting. */
  department: string;
  /** The signed-in resident who owns it; null for an anonymous one (then token_hash stands for them). */
  account_id: string | null;
  /** SHA-256 of the secret the anonymous resident holds in the chat cookie. */
  token_hash: string | null;
  resident_name: string | null;
  question: string | null;
  agent_id: string | null;
  /** The highest seq in its log: raised in the transaction that inserts the entry. */
  last_seq: number;
  started_at: string;
  /** When it joined the queue (again, after a transfer to a department). */
  waiting_since: string | null;
  accepted_at: string | null;
  ended_at: string | null;
  outcome: string | null;
  blocked: number;
  saved_to_postbox: number;
  /** SHA-256 of an anonymous start's client id and proof of work: a retried start finds it. */
  start_key_hash: string | null;
  /** The resident's one-question rating (1 to 5) after the chat, and when it was given. */
  rating: number | null;
  rated_at: string | null;
}

export interface ChatEntryTable {
  conversation_id: string;
  seq: number;
  kind: string;
  /** resident | agent | system */
  author: string;
  author_id: string | null;
  author_name: string | null;
  text: string | null;
  /** The client's id of a message: unique per conversation, so a repeated send finds the first. */
  client_id: string | null;
  read_up_to: number | null;
  outcome: string | null;
  sent_at: string;
  /** A message's photo or PDF (a `files` row of kind "chat"), or null. */
  file_id: string | null;
}

export interface ChatAgentTable {
  account_id: string;
  on_duty: number;
  capacity: number;
  /** Presence ends here unless a heartbeat moves it on. */
  expires_at: string | null;
  updated_at: string;
}

export interface ChatSettingsTable {
  id: string;
  hours: string;
  /** JSON array of departments whose staff are agents. */
  agent_departments: string;
  updated_at: string;
  updated_by: string | null;
}

export interface ChatCaseTable {
  id: string;
  status: string;
  topic: string;
  language: string;
  text: string;
  name: string | null;
  email: string | null;
  account_id: string | null;
  created_at: string;
  answered_at: string | null;
  answered_by: string | null;
}

export interface ChatCannedAnswerTable {
  id: string;
  title: string;
  text: string;
  /** A services guide page the answer links (shown as a card in the conversation). */
  service_id: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface ChatLeadTable {
  account_id: string;
  appointed_at: string;
  appointed_by: string | null;
}

export interface ChatPushLinkTable {
  conversation_id: string;
  subscription_id: string;
  /** 1: the notice may show the start of the answer (off by default: lock screens are public). */
  preview: number;
  /** The last push for the conversation to this device (at most one a minute). */
  pushed_at: string | null;
  created_at: string;
}

/** One row per open resident event stream, renewed at its heartbeat: the resident is looking. */
export interface ChatPresenceTable {
  conversation_id: string;
  stream_id: string;
  expires_at: string;
}

/** The tables above, composed into `Database` in server/db/schema.ts. */
export interface ChatTables {
  chat_conversations: ChatConversationTable;
  chat_entries: ChatEntryTable;
  chat_agents: ChatAgentTable;
  chat_settings: ChatSettingsTable;
  chat_cases: ChatCaseTable;
  chat_canned_answers: ChatCannedAnswerTable;
  chat_leads: ChatLeadTable;
  chat_push_links: ChatPushLinkTable;
  chat_presence: ChatPresenceTable;
}
