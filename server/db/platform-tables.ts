// Tables several features share: the sync log, sessions, idempotency keys, the audit log and stored files.
// Booleans are integers 0/1 and times ISO strings, so SQLite and PostgreSQL return the same values.

export interface MetaTable {
  key: string;
  value: string;
}

export interface ChangeCounterTable {
  name: string;
  value: number;
}

/** Every syncable record; `version` orders the change feed, `deleted` rows are tombstones. */
export interface SyncEntryTable {
  collection: string;
  id: string;
  /** null for public collections; the account id for personal ones. */
  owner_id: string | null;
  data: string | null;
  version: number;
  deleted: number;
  updated_at: string;
}

export interface IdempotencyKeyTable {
  key: string;
  /** Who sent it (account id, or "anonymous": random keys keep callers apart) and on which route. */
  scope: string;
  fingerprint: string;
  status: number;
  body: string;
  created_at: string;
}

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256. */
export interface SessionTable {
  id_hash: string;
  account_id: string;
  persistent: number;
  user_agent: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

/** Every read or change of a citizen's personal data by staff (who, when, what, why). */
export interface AuditLogTable {
  id: string;
  at: string;
  actor_id: string | null;
  actor_name: string;
  action: string;
  subject_id: string | null;
  reason: string | null;
  details: string | null;
}

/** Documents citizens upload and postbox attachments; content in the database, so backups hold it. */
export interface FileTable {
  id: string;
  owner_id: string | null;
  message_id: string | null;
  /**
   * upload: an application's file waiting for its submission or answer; application: taken by one;
   * chat: a photo or PDF sent in a chat (its chat_entries row names it).
   */
  kind: "document" | "attachment" | "upload" | "application" | "chat";
  application_id: string | null;
  /** The application's attachment slot; null for a file added to an answer. */
  slot: string | null;
  /** The answer event a file came with. */
  event_id: string | null;
  name: string;
  media_type: string;
  size: number;
  sha256: string;
  content: Uint8Array;
  created_at: string;
}

export interface UsedChallengeTable {
  signature: string;
  expires_at: string;
}

/** The tables above, composed into `Database` in server/db/schema.ts. */
export interface PlatformTables {
  meta: MetaTable;
  change_counter: ChangeCounterTable;
  sync_entries: SyncEntryTable;
  idempotency_keys: IdempotencyKeyTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  files: FileTable;
  used_challenges: UsedChallengeTable;
}
