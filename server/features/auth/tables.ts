// Sign-in's tables: one-time links and passkeys (Kysely types; times ISO strings).

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

/** The tables above, composed into `Database` in server/db/schema.ts. */
export interface AuthTables {
  account_tokens: AccountTokenTable;
  passkeys: PasskeyTable;
  webauthn_challenges: WebAuthnChallengeTable;
}
