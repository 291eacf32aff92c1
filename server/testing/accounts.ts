// Signed-in accounts for server tests, without going through the sign-in route: the account is
// inserted directly and a session row is written the way startSession writes it.
import type { Department } from "../../src/lib/contract/account";
import type { AccountTable } from "../db/schema";
import { insertAccount } from "../features/account/store";
import { hashPassword } from "../features/auth/passwords";
import { hashToken, newToken } from "../http/session";
import { insertSession } from "../platform/sessions/store";
import type { TestApp } from "./test-app";
import { TestClient } from "./test-client";

export type TestAccountOptions = {
  role: AccountTable["role"];
  department?: Department | null;
  /** Trust level: "basic" (email confirmed) unless said otherwise. */
  verified?: "none" | "basic" | "verified";
  email?: string;
  password?: string;
  givenName?: string;
  familyName?: string;
  /** The account's language (German unless said otherwise). */
  language?: string;
};

export const TEST_PASSWORD = "correct horse battery";

let counter = 0;

export async function createAccount(
  server: Pick<TestApp, "db">,
  options: TestAccountOptions,
): Promise<AccountTable> {
  const now = new Date().toISOString();
  const verified = options.verified ?? "basic";
  counter++;
  return insertAccount(server.db, {
    email: options.email ?? `${options.role}${counter}@example.org`,
    password_hash: await hashPassword(options.password ?? TEST_PASSWORD),
    role: options.role,
    department: options.department ?? null,
    given_name: options.givenName ?? "Erika",
    family_name: options.familyName ?? `Muster${counter}`,
    language: options.language ?? "de",
    birth_date: options.role === "citizen" ? "1980-02-03" : null,
    email_verified_at: verified === "none" ? null : now,
    identity_verified_at: verified === "verified" ? now : null,
    identity_provider: verified === "verified" ? "in-person" : null,
  });
}

/** A client that carries a fresh session of the account (cookie dm_session, as over plain http). */
export async function signInDirectly(server: Pick<TestApp, "app" | "config" | "db">, account: AccountTable) {
  const token = newToken();
  const now = new Date().toISOString();
  await insertSession(server.db, {
    id_hash: hashToken(token),
    account_id: account.id,
    persistent: 1,
    user_agent: null,
    created_at: now,
    last_seen_at: now,
    expires_at: new Date(Date.now() + 30 * 24 * 3600_000).toISOString(),
  });
  const client = new TestClient(server);
  client.cookies.set("dm_session", token);
  return client;
}

export async function createAccountWithSession(
  server: Pick<TestApp, "app" | "config" | "db">,
  options: TestAccountOptions,
): Promise<{ account: AccountTable; client: TestClient }> {
  const account = await createAccount(server, options);
  return { account, client: await signInDirectly(server, account) };
}
