// The Bürgerbüro chat as it travels between browser and server: chat hours, conversations, the
// sequenced log of a conversation (every client resumes from the last `seq` it has), and the
// requests of residents and agents. Request bodies are strict; records are not (newer servers add
// fields).
import { DEPARTMENTS } from "./account-constants";
import { SERVICE_CATEGORIES } from "./guide";
import { z } from "./zod";

/** A message's text (characters); longer questions go as a case or in several messages. */
export const CHAT_MESSAGE_MAX = 2000;
/** Seconds between an agent's duty heartbeats; presence ends after DUTY_EXPIRES_SECONDS without one. */
export const DUTY_HEARTBEAT_SECONDS = 20;
export const DUTY_EXPIRES_SECONDS = 60;
/** Parallel chats an agent may take at most. */
export const AGENT_CAPACITY_MAX = 10;
/** The cookie that stands for an anonymous resident's conversation (HttpOnly, path /api/chat). */
export const CHAT_COOKIE = "dm_chat";
/** The SSE event names of a conversation's stream; `id:` is the entry's seq. */
export const CHAT_EVENT_ENTRY = "entry";
/** Sent instead of entries when the conversation itself changed (status, position, agent). */
export const CHAT_EVENT_CONVERSATION = "conversation";

/** Topics are the services guide's categories, plus "other". */
export const CHAT_TOPICS = [...SERVICE_CATEGORIES, "other"] as const;
export type ChatTopic = (typeof CHAT_TOPICS)[number];

/**
 * waiting: in the queue; active: an agent has it; closed: ended by the agent (or blocked);
 * left: the resident left (from the queue or the chat).
 */
export const CONVERSATION_STATUSES = ["waiting", "active", "closed", "left"] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export const CLOSE_OUTCOMES = ["answered", "referred", "appointment", "no-answer", "blocked"] as const;
export type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];

/**
 * What a log entry records. message: text (and later an attachment); the others are events the
 * client shows as a line of its own: joined (an agent took it), transferred, left, closed, blocked,
 * read (the author has read up to `readUpTo`). The first entry is the resident's question.
 */
export const ENTRY_KINDS = ["message", "joined", "transferred", "left", "closed", "blocked", "read"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const ENTRY_AUTHORS = ["resident", "agent", "system"] as const;
export type EntryAuthor = (typeof ENTRY_AUTHORS)[number];

const instant = z.iso.datetime({ offset: true });
/** An ISO 639 code, or a private-use variant such as Leichte Sprache's "de-x-ls" (BCP 47). */
const language = z.string().regex(/^[a-z]{2,3}(-x-[a-z0-9]{1,8})?$/, "a language tag");
const topic = z.enum(CHAT_TOPICS);
const messageText = z.string().trim().min(1).max(CHAT_MESSAGE_MAX);
/** Made by the client once per message and kept in its outbox: a repeated send returns the first entry. */
export const clientIdSchema = z.uuid();

/**
 * Photos and PDFs in a chat, by their content (the server reads the type from the bytes). HEIC is
 * not among them: the server could not remove its location data, and iPhones send JPEG to an input
 * that does not list HEIC.
 */
export const CHAT_ATTACHMENT_TYPES = ["image/jpeg", "image/png", "image/webp", "application/pdf"] as const;
/** What the file picker offers (the server decides by content). */
export const CHAT_ATTACHMENT_ACCEPT =
  ".jpg,.jpeg,.png,.webp,.pdf,image/jpeg,image/png,image/webp,application/pdf";
/** Files per conversation, both sides together. */
export const CHAT_ATTACHMENTS_MAX = 20;
/** Images shown as thumbnails in the log (others are links). */
export const isChatImage = (mediaType: string) => mediaType.startsWith("image/");

export const chatAttachmentSchema = z.object({
  /** The file's id: download at …/conversations/{id}/attachments/{file id}. */
  id: z.string(),
  name: z.string(),
  mediaType: z.string(),
  size: z.int().min(0),
});
export type ChatAttachment = z.infer<typeof chatAttachmentSchema>;

export const chatEntrySchema = z.object({
  seq: z.int().min(1),
  kind: z.enum(ENTRY_KINDS),
  author: z.enum(ENTRY_AUTHORS),
  /** The agent's display name on agent entries; on resident entries the name they gave, or null. */
  authorName: z.string().nullable(),
  /** The message; for transferred, the note only agents see (null for residents); else null. */
  text: z.string().nullable(),
  attachment: chatAttachmentSchema.nullable(),
  /** The client's id of a message, null for events. */
  clientId: z.string().nullable(),
  /** For read: the seq up to which the author has read. */
  readUpTo: z.int().nullable(),
  /** For closed: the outcome. */
  outcome: z.enum(CLOSE_OUTCOMES).nullable(),
  sentAt: instant,
});
export type ChatEntry = z.infer<typeof chatEntrySchema>;

export const conversationSchema = z.object({
  id: z.string(),
  status: z.enum(CONVERSATION_STATUSES),
  topic,
  language,
  /** While waiting: 1 is next. */
  position: z.int().min(1).nullable(),
  /** While waiting: minutes until an agent likely takes it, from the last hour's handling times. */
  estimateMinutes: z.int().min(0).nullable(),
  /** The agent who has it (given name and initial), null while waiting. */
  agentName: z.string().nullable(),
  /** The highest seq in its log. */
  lastSeq: z.int().min(0),
  startedAt: instant,
  endedAt: instant.nullable(),
  outcome: z.enum(CLOSE_OUTCOMES).nullable(),
  /** Whether the transcript was saved into the resident's postbox (then kept beyond retention). */
  savedToPostbox: z.boolean(),
  /** The resident's rating after the chat (1 to 5), null until given. */
  rating: z.int().min(1).max(5).nullable(),
});
export type Conversation = z.infer<typeof conversationSchema>;

export const chatHoursStatusSchema = z.object({
  open: z.boolean(),
  /** While open: when the current chat period ends. */
  closesAt: instant.optional(),
  /** When closed (or also while open, the period after this one): the next start, if any within 4 weeks. */
  nextOpensAt: instant.optional(),
});
export type ChatHoursStatus = z.infer<typeof chatHoursStatusSchema>;

export const chatStatusSchema = z.object({
  hours: chatHoursStatusSchema,
  /** At least one agent is on duty now. */
  agentsOnDuty: z.boolean(),
  /** A chat can be started now (open and an agent on duty); otherwise leave a message (a case). */
  accepting: z.boolean(),
});
export type ChatStatus = z.infer<typeof chatStatusSchema>;

export const startChatRequestSchema = z.strictObject({
  topic,
  language,
  /** Optional for anonymous residents; signed-in residents are known by their account. */
  name: z.string().trim().min(1).max(80).optional(),
  /** The first message, sent with its client id. */
  clientId: clientIdSchema,
  text: messageText,
  /** ALTCHA solution (GET /api/chat/challenge); required without an account. */
  proofOfWork: z.string().max(2000).optional(),
});
export type StartChatRequest = z.infer<typeof startChatRequestSchema>;

export const sendMessageRequestSchema = z.strictObject({ clientId: clientIdSchema, text: messageText });
export type SendMessageRequest = z.infer<typeof sendMessageRequestSchema>;

/** The text fields of an attachment's multipart form (the file is the part `file`). */
export const sendAttachmentFieldsSchema = z.strictObject({ clientId: clientIdSchema });

export const readRequestSchema = z.strictObject({ upTo: z.int().min(1) });

export const entriesQuerySchema = z.object({
  after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
});

export const entriesResponseSchema = z.object({
  conversation: conversationSchema,
  entries: z.array(chatEntrySchema),
  /** More entries follow beyond this page: ask again with after = the last seq. */
  more: z.boolean(),
});
export type EntriesResponse = z.infer<typeof entriesResponseSchema>;

export const currentConversationSchema = z.object({ conversation: conversationSchema.nullable() });

/** "Leave a message": outside chat hours or with no agent on duty; becomes a case. */
export const chatCaseRequestSchema = z.strictObject({
  topic,
  language,
  text: messageText,
  name: z.string().trim().min(1).max(80).optional(),
  /** Where the answer goes without an account; signed-in residents get it in their postbox. */
  email: z.email().max(200).optional(),
  proofOfWork: z.string().max(2000).optional(),
});
export type ChatCaseRequest = z.infer<typeof chatCaseRequestSchema>;

export const CASE_STATUSES = ["open", "answered"] as const;
export const chatCaseSchema = z.object({
  id: z.string(),
  status: z.enum(CASE_STATUSES),
  topic,
  language,
  /** Where the answer goes. */
  answerBy: z.enum(["postbox", "mail"]),
  createdAt: instant,
});
export type ChatCase = z.infer<typeof chatCaseSchema>;

// ---- Agents (staff console) ----

export const dutySchema = z.object({
  onDuty: z.boolean(),
  capacity: z.int().min(1).max(AGENT_CAPACITY_MAX),
  /** Chats the agent has now. */
  active: z.int().min(0),
  /** When presence ends without a heartbeat. */
  expiresAt: instant.nullable(),
});
export type Duty = z.infer<typeof dutySchema>;

export const dutyRequestSchema = z.strictObject({
  onDuty: z.boolean(),
  capacity: z.int().min(1).max(AGENT_CAPACITY_MAX).optional(),
});

/** The heartbeat's answer: presence renewed, and the queue at a glance (a new chat to hear). */
export const heartbeatSchema = z.object({
  duty: dutySchema,
  waiting: z.int().min(0),
  /** Waiting chats per topic. */
  byTopic: z.record(z.string(), z.int().min(0)),
});
export type Heartbeat = z.infer<typeof heartbeatSchema>;

export const residentSchema = z.object({
  /** The name the account holds, or the one an anonymous resident gave, or null. */
  name: z.string().nullable(),
  signedIn: z.boolean(),
  /** The account's trust level; null without an account. */
  trustLevel: z.enum(["none", "basic", "verified"]).nullable(),
});

export const agentConversationSchema = conversationSchema.extend({
  resident: residentSchema,
  /** The department whose agents may take it while waiting (after a transfer, another one). */
  department: z.enum(DEPARTMENTS),
  /** The agent who has it (account id), null while waiting. */
  agentId: z.string().nullable(),
  /** Waiting since (for the inbox), the last entry's time otherwise. */
  waitingSince: instant.nullable(),
  /** The first message: the question the resident asked at the start. */
  question: z.string().nullable(),
  blocked: z.boolean(),
});
export type AgentConversation = z.infer<typeof agentConversationSchema>;

export const agentEntriesResponseSchema = z.object({
  conversation: agentConversationSchema,
  entries: z.array(chatEntrySchema),
  more: z.boolean(),
});

export const queueQuerySchema = z.object({ topic: topic.optional() });
export const agentConversationListSchema = z.object({ conversations: z.array(agentConversationSchema) });
export type AgentConversationList = z.infer<typeof agentConversationListSchema>;

export const transferRequestSchema = z.union([
  z.strictObject({ toAgentId: z.string().min(1).max(200), note: z.string().trim().max(500) }),
  z.strictObject({ toDepartment: z.enum(DEPARTMENTS), note: z.string().trim().max(500) }),
]);
export type TransferRequest = z.infer<typeof transferRequestSchema>;

export const closeRequestSchema = z.strictObject({
  outcome: z.enum(CLOSE_OUTCOMES.filter((o) => o !== "blocked") as ["answered", ...CloseOutcome[]]),
});
export const blockRequestSchema = z.strictObject({ reason: z.string().trim().min(3).max(500) });

export const colleagueSchema = z.object({
  id: z.string(),
  name: z.string(),
  department: z.enum(DEPARTMENTS).nullable(),
  active: z.int().min(0),
  capacity: z.int().min(1),
});
export const colleagueListSchema = z.object({ agents: z.array(colleagueSchema) });

export const chatSettingsSchema = z.object({
  /** Chat hours in OpenStreetMap opening_hours syntax; PH means Lower Saxony's public holidays. */
  hours: z.string().min(1).max(500),
  /** Departments whose staff are agents (admins always are). */
  agentDepartments: z.array(z.enum(DEPARTMENTS)).min(1),
  hoursStatus: chatHoursStatusSchema,
});
export const chatSettingsRequestSchema = z.strictObject({
  hours: z.string().trim().min(1).max(500),
  /** Only admins may change who the agents are. */
  agentDepartments: z.array(z.enum(DEPARTMENTS)).min(1).max(DEPARTMENTS.length).optional(),
});

export const agentCaseSchema = chatCaseSchema.extend({
  text: z.string(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  answeredAt: instant.nullable(),
});
export const agentCaseListSchema = z.object({ cases: z.array(agentCaseSchema) });
export const caseAnswerRequestSchema = z.strictObject({
  subject: z.string().trim().min(1).max(200),
  text: z.string().trim().min(1).max(10_000),
});

// ---- The resident's side during and after the chat ----

/** Sent (not logged) while the other side types: `data` is {"author":"agent"|"resident"}. */
export const CHAT_EVENT_TYPING = "typing";
export const typingEventSchema = z.object({ author: z.enum(["resident", "agent"]) });
/** A side tells the other it is typing at most this often; the other shows it this long after. */
export const TYPING_THROTTLE_MS = 3000;
export const TYPING_SHOWN_MS = 6000;

export const RATING_MIN = 1;
export const RATING_MAX = 5;
/** The one question after the chat: how helpful was it, 1 (not at all) to 5 (very). */
export const ratingRequestSchema = z.strictObject({ rating: z.int().min(RATING_MIN).max(RATING_MAX) });

/** The transcript by mail, on request (anonymous residents give the address). */
export const transcriptMailRequestSchema = z.strictObject({ email: z.email().max(200) });

// ---- Push to the resident, and the agents' waiting list as a stream ----

/**
 * Whether this device's push subscription hears about answers in the conversation (the device
 * proves the subscription is its own with the manage token in `X-Push-Token`), and whether the
 * notice may show the start of the answer (off by default: a lock screen is public).
 */
export const chatPushLinkSchema = z.object({ linked: z.boolean(), preview: z.boolean() });
export type ChatPushLink = z.infer<typeof chatPushLinkSchema>;
export const chatPushLinkRequestSchema = z.strictObject({ preview: z.boolean() });
/** At most one push per conversation in this time, however many answers come. */
export const CHAT_PUSH_DEBOUNCE_MS = 60_000;
/** Characters of the answer a notice shows when the resident chose a preview. */
export const CHAT_PUSH_PREVIEW_MAX = 100;

/** The agents' waiting list as Server-Sent Events: `data` is the whole list, sent when it changes. */
export const CHAT_EVENT_QUEUE = "queue";
/** On the same stream: the agent's own chats (a colleague may hand one over). */
export const CHAT_EVENT_MINE = "mine";
