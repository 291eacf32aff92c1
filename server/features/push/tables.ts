// Push subscriptions, jobs and deliveries (Kysely types; times ISO strings).
import type { Generated } from "kysely";

export interface PushSubscriptionTable {
  id: string;
  endpoint: string;
  /** The browser's P-256 public key and auth secret, base64url (RFC 8291). */
  p256dh: string;
  auth: string;
  /** SHA-256 of the secret that lets the subscribing device change or end the subscription. */
  manage_token_hash: string;
  account_id: string | null;
  /** id_hash of the session it was made or last changed in; postbox notices need it alive. */
  session_hash: string | null;
  /** JSON PushPreferences. */
  preferences: string;
  /** Deliveries in a row that timed out, and the first one's time; reset by one that arrives. */
  timeouts: Generated<number>;
  timeout_since: Generated<string | null>;
  created_at: string;
  updated_at: string;
}

export interface PushJobTable {
  id: string;
  topic: string;
  /** What the job is for, unique: "warning:<id>:<hash>", "postbox:<message id>". */
  ref: string;
  payload: string;
  status: "pending" | "running" | "done";
  sent: number;
  failed: number;
  removed: number;
  created_at: string;
  finished_at: string | null;
}

export interface PushDeliveryTable {
  job_id: string;
  subscription_id: string;
  /** "timeout": the push service did not connect or answer in time (counted as failed). */
  status: "sent" | "failed" | "removed" | "skipped" | "timeout";
  attempts: number;
  at: string;
}

/** The tables above, composed into `Database` in server/db/schema.ts. */
export interface PushTables {
  push_subscriptions: PushSubscriptionTable;
  push_jobs: PushJobTable;
  push_deliveries: PushDeliveryTable;
}
