// The citizen account's tables (Kysely types; booleans 0/1, times ISO strings).

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
  /** The waste calendar's address (street id of its street table, house number), kept for new devices. */
  waste_street_id: string | null;
  waste_house_number: string | null;
  email_verified_at: string | null;
  identity_verified_at: string | null;
  /** Which identity provider verified the identity: "in-person" today, "bundid" later. */
  identity_provider: string | null;
  identity_verified_by: string | null;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
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

/** The tables above, composed into `Database` in server/db/schema.ts. */
export interface AccountTables {
  accounts: AccountTable;
  postbox_messages: PostboxMessageTable;
}
