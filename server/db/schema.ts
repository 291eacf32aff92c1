// Table types for Kysely. Booleans are integers 0/1 and times ISO strings, so both SQLite and
// PostgreSQL return the same JavaScript values.
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

export interface FeedbackTable {
  id: string;
  client_id: string;
  page: string;
  helpful: number;
  comment: string | null;
  language: string;
  created_at: string;
}

export interface Database {
  meta: MetaTable;
  change_counter: ChangeCounterTable;
  sync_entries: SyncEntryTable;
  idempotency_keys: IdempotencyKeyTable;
  feedback: FeedbackTable;
}
