// Table types for Kysely. Booleans are integers 0/1 and times ISO strings, so both SQLite and
// PostgreSQL return the same JavaScript values.
import type { Generated } from "kysely";

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

export interface AccountTable {
  id: string;
  /** Lower-cased. */
  email: string;
  /** argon2id (PHC string); null for accounts that only use passkeys. */
  password_hash: string | null;
  role: "citizen" | "staff" | "admin";
  department: string | null;
  given_name: string;
  family_name: string;
  birth_date: string | null;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  phone: string | null;
  language: string;
  email_verified_at: string | null;
  identity_verified_at: string | null;
  /** Which identity provider verified the identity: "in-person" today, "bundid" later. */
  identity_provider: string | null;
  identity_verified_by: string | null;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
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

/** One-time links (email verification, password reset, staff invitation, first admin); hashed. */
export interface AccountTokenTable {
  token_hash: string;
  purpose: "verify-email" | "reset-password" | "admin-setup";
  account_id: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface PasskeyTable {
  /** Credential id, base64url. */
  id: string;
  account_id: string;
  /** COSE public key, base64url. */
  public_key: string;
  counter: number;
  /** JSON array of AuthenticatorTransport. */
  transports: string;
  name: string;
  created_at: string;
  last_used_at: string | null;
}

export interface WebAuthnChallengeTable {
  id: string;
  challenge: string;
  purpose: "register" | "authenticate";
  account_id: string | null;
  expires_at: string;
}

export interface PostboxMessageTable {
  id: string;
  account_id: string | null;
  recipient_name: string;
  sender_account_id: string | null;
  sender_department: string;
  kind: "message" | "decision";
  subject: string;
  body: string;
  created_at: string;
  opened_at: string | null;
}

/** Documents citizens upload and postbox attachments; content in the database, so backups hold it. */
export interface FileTable {
  id: string;
  owner_id: string | null;
  message_id: string | null;
  /** upload: an application's file waiting for its submission or answer; application: taken by one. */
  kind: "document" | "attachment" | "upload" | "application";
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

export interface ApplicationTable {
  id: string;
  reference: string;
  account_id: string | null;
  applicant_name: string;
  type: string;
  definition_version: number;
  department: string;
  title: string;
  /** JSON of the submitted answers (visible fields only). */
  answers: string;
  status: "received" | "in_progress" | "question" | "decided";
  claimed_by: string | null;
  submitted_at: string;
  updated_at: string;
}

export interface ApplicationEventTable {
  id: string;
  application_id: string;
  kind: "received" | "in_progress" | "question" | "answer" | "decided";
  actor_id: string | null;
  text: string | null;
  outcome: "approved" | "partly" | "rejected" | null;
  message_id: string | null;
  created_at: string;
}

/** A part of a resumable upload; the parts of one upload are contiguous from offset 0. */
export interface UploadChunkTable {
  upload_id: string;
  offset: number;
  account_id: string;
  /** The whole file's size, as announced with the first part. */
  total: number;
  name: string;
  size: number;
  content: Uint8Array;
  created_at: string;
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

/** Current state of each warning; `data` is the Warning record of src/lib/contract/warnings.ts. */
export interface WarningTable {
  id: string;
  provider: string;
  version: number;
  hash: string;
  msg_type: string;
  severity: string;
  sent: string;
  expires: string | null;
  data: string;
  first_seen_at: string;
  updated_at: string;
}

export interface WarningHistoryTable {
  id: string;
  warning_id: string;
  version: number;
  hash: string;
  data: string;
  recorded_at: string;
}

export interface NinaRegionTable {
  ars: string;
  etag: string | null;
  last_modified: string | null;
  last_success_at: string | null;
  last_error_at: string | null;
  last_error: string | null;
  failures: number;
  next_poll_at: string | null;
}

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

export interface AppointmentTable {
  id: string;
  /** What the resident reads out or shows as QR at the office, e.g. T-7K3M-9QXA. */
  reference: string;
  office_id: string;
  counter: number;
  starts_at: string;
  ends_at: string;
  /** JSON array of { serviceId, persons }. */
  services: string;
  visit_type: "on-site" | "phone" | "video";
  status: "held" | "confirmed" | "checked-in" | "no-show" | "cancelled" | "expired";
  account_id: string | null;
  name: string;
  email: string;
  phone: string | null;
  language: string;
  token_hash: string;
  hold_expires_at: string | null;
  reminder_sent_at: string | null;
  checked_in_at: string | null;
  cancelled_at: string | null;
  /** iCalendar SEQUENCE: goes up when the appointment is moved or cancelled. */
  sequence: number;
  created_at: string;
  updated_at: string;
}

export interface AppointmentUnitTable {
  office_id: string;
  counter: number;
  unit_start: string;
  appointment_id: string;
  hold_expires_at: string | null;
}

export interface AppointmentClosureTable {
  id: string;
  office_id: string;
  starts_at: string;
  ends_at: string;
  reason: string;
  created_by: string | null;
  created_at: string;
}

export interface UsedChallengeTable {
  signature: string;
  expires_at: string;
}

export interface MapFeatureTable {
  layer: string;
  id: string;
  /** GeoJSON geometry (lon, lat), checked against the layer's schema. */
  geometry: string;
  properties: string;
  sample: number;
  /** allowed | notice-period | objected (§ 200 Abs. 3 BauGB; other layers: allowed). */
  publication: string;
  /** manual | import: an import replaces the layer's earlier imported features. */
  source: string;
  updated_at: string;
}

export interface MapLayerSourceTable {
  layer: string;
  kind: string;
  url: string;
  collection: string | null;
  last_run_at: string | null;
  /** JSON: { ok: true, features } or { ok: false, error }. */
  last_result: string | null;
}

export interface ShopTable {
  id: string;
  /** The entry as the contract's Shop (JSON); for an entry not yet live, as the merchant made it. */
  record: string;
  /** 0 while a merchant's new entry waits for its first approval. */
  live: number;
  /** The verified merchant who keeps it. */
  owner_id: string | null;
  trust: string;
  osm_id: string | null;
  /** Number of its latest revision. */
  version: number;
  updated_at: string;
}

export interface ShopClaimTable {
  id: string;
  shop_id: string;
  account_id: string;
  role: string;
  phone: string;
  message: string;
  new_entry: number;
  state: string;
  reason: string | null;
  created_at: string;
  decided_at: string | null;
  decided_by: string | null;
}

export interface ShopChangeTable {
  id: string;
  shop_id: string;
  account_id: string;
  details: string;
  photo: string | null;
  state: string;
  reason: string | null;
  submitted_at: string;
  decided_at: string | null;
  decided_by: string | null;
}

export interface ShopRevisionTable {
  shop_id: string;
  version: number;
  record: string;
  by: string;
  author_id: string | null;
  note: string | null;
  created_at: string;
}

export interface ShopPhotoTable {
  id: string;
  shop_id: string;
  account_id: string | null;
  width: number;
  height: number;
  small: Uint8Array;
  large: Uint8Array;
  created_at: string;
}

export interface ConsultationTable {
  id: string;
  reference: string;
  data: string;
  state: string;
  account_id: string | null;
  created_at: string;
}

export interface Database {
  meta: MetaTable;
  shops: ShopTable;
  shop_claims: ShopClaimTable;
  shop_changes: ShopChangeTable;
  shop_revisions: ShopRevisionTable;
  shop_photos: ShopPhotoTable;
  consultations: ConsultationTable;
  map_features: MapFeatureTable;
  map_layer_sources: MapLayerSourceTable;
  change_counter: ChangeCounterTable;
  sync_entries: SyncEntryTable;
  idempotency_keys: IdempotencyKeyTable;
  feedback: FeedbackTable;
  accounts: AccountTable;
  sessions: SessionTable;
  account_tokens: AccountTokenTable;
  passkeys: PasskeyTable;
  webauthn_challenges: WebAuthnChallengeTable;
  postbox_messages: PostboxMessageTable;
  files: FileTable;
  audit_log: AuditLogTable;
  warnings: WarningTable;
  warning_history: WarningHistoryTable;
  nina_regions: NinaRegionTable;
  push_subscriptions: PushSubscriptionTable;
  push_jobs: PushJobTable;
  push_deliveries: PushDeliveryTable;
  appointments: AppointmentTable;
  appointment_units: AppointmentUnitTable;
  appointment_closures: AppointmentClosureTable;
  used_challenges: UsedChallengeTable;
  applications: ApplicationTable;
  application_events: ApplicationEventTable;
  upload_chunks: UploadChunkTable;
}
