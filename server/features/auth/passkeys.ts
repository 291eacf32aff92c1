// Passkeys (WebAuthn) through @simplewebauthn/server: added to a signed-in account, then used to
// sign in without a password. Discoverable credentials, so sign-in needs no email first.
import { randomUUID } from "node:crypto";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import type { z } from "zod";
import type {
  Passkey,
  passkeyAuthenticationSchema,
  passkeyRegistrationSchema,
} from "../../../src/lib/contract/account";
import { type Db, isUniqueViolation } from "../../db/database";
import type { AccountTable, WebAuthnChallengeTable } from "../../db/schema";
import { ProblemError } from "../../http/problem";
import type { SignedInAccount } from "../../http/env";
import { findAccount } from "../account/store";
import {
  deletePasskey,
  findPasskey,
  insertChallenge,
  insertPasskey,
  listPasskeys,
  listPasskeyTransports,
  recordPasskeyUse,
  takeChallengeRow,
} from "./store";

const CHALLENGE_LIFETIME_MS = 5 * 60_000;
const RP_NAME = "Delmenhorst App";

/** The relying party: the page's origin and its host name. */
export type RelyingParty = { origin: string; rpID: string };

async function saveChallenge(
  db: Db,
  challenge: string,
  purpose: WebAuthnChallengeTable["purpose"],
  accountId: string | null,
) {
  const id = randomUUID();
  const now = Date.now();
  await insertChallenge(
    db,
    {
      id,
      challenge,
      purpose,
      account_id: accountId,
      expires_at: new Date(now + CHALLENGE_LIFETIME_MS).toISOString(),
    },
    new Date(now).toISOString(),
  );
  return id;
}

/** A challenge is used once: taking it deletes it. */
async function takeChallenge(db: Db, id: string, purpose: WebAuthnChallengeTable["purpose"]) {
  const row = await takeChallengeRow(db, id, purpose);
  if (!row || Date.parse(row.expires_at) <= Date.now()) throw new ProblemError(400, "challenge_expired");
  return row;
}

const parseTransports = (json: string): string[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === "string") : [];
};

export async function passkeysOf(db: Db, accountId: string): Promise<Passkey[]> {
  const rows = await listPasskeys(db, accountId);
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, lastUsedAt: r.last_used_at }));
}

export async function startRegistration(db: Db, me: SignedInAccount, { rpID }: RelyingParty) {
  const existing = await listPasskeyTransports(db, me.id);
  const options = await generateRegistrationOptions({
    rpName: RP_NAME,
    rpID,
    userName: me.email,
    userDisplayName: `${me.givenName} ${me.familyName}`,
    userID: new TextEncoder().encode(me.id),
    attestationType: "none",
    excludeCredentials: existing.map((p) => ({ id: p.id, transports: parseTransports(p.transports) })),
    authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
  });
  const challengeId = await saveChallenge(db, options.challenge, "register", me.id);
  return { challengeId, options };
}

export async function finishRegistration(
  db: Db,
  me: SignedInAccount,
  { origin, rpID }: RelyingParty,
  input: z.output<typeof passkeyRegistrationSchema>,
): Promise<Passkey> {
  const challenge = await takeChallenge(db, input.challengeId, "register");
  if (challenge.account_id !== me.id) throw new ProblemError(400, "challenge_expired");
  const result = await verifyRegistrationResponse({
    response: input.response,
    expectedChallenge: challenge.challenge,
    expectedOrigin: origin,
    expectedRPID: rpID,
    requireUserVerification: false,
  }).catch((error: unknown) => {
    throw new ProblemError(400, "passkey_failed", error instanceof Error ? error.message : undefined);
  });
  if (!result.verified) throw new ProblemError(400, "passkey_failed");
  const { credential } = result.registrationInfo;
  const now = new Date().toISOString();
  try {
    await insertPasskey(db, {
      id: credential.id,
      account_id: me.id,
      public_key: Buffer.from(credential.publicKey).toString("base64url"),
      counter: credential.counter,
      transports: JSON.stringify(credential.transports ?? []),
      name: input.name,
      created_at: now,
      last_used_at: null,
    });
  } catch (error) {
    // A client that ignores excludeCredentials, or copies a known id: the first passkey stays.
    if (isUniqueViolation(error))
      throw new ProblemError(409, "conflict", "This passkey is registered already");
    throw error;
  }
  return { id: credential.id, name: input.name, createdAt: now, lastUsedAt: null };
}

export async function removePasskey(db: Db, accountId: string, id: string): Promise<void> {
  if (!(await deletePasskey(db, accountId, id))) throw new ProblemError(404, "not_found");
}

export async function startAuthentication(db: Db, { rpID }: RelyingParty) {
  const options = await generateAuthenticationOptions({ rpID, userVerification: "preferred" });
  const challengeId = await saveChallenge(db, options.challenge, "authenticate", null);
  return { challengeId, options };
}

/** The account the passkey belongs to, once its signature checked out. */
export async function finishAuthentication(
  db: Db,
  { origin, rpID }: RelyingParty,
  input: z.output<typeof passkeyAuthenticationSchema>,
): Promise<AccountTable> {
  const challenge = await takeChallenge(db, input.challengeId, "authenticate");
  const passkey = await findPasskey(db, input.response.id);
  if (!passkey) throw new ProblemError(401, "passkey_failed", "This passkey is not registered here");
  const result = await verifyAuthenticationResponse({
    response: input.response,
    expectedChallenge: challenge.challenge,
    expectedOrigin: origin,
    expectedRPID: rpID,
    requireUserVerification: false,
    credential: {
      id: passkey.id,
      publicKey: new Uint8Array(Buffer.from(passkey.public_key, "base64url")),
      counter: passkey.counter,
      transports: parseTransports(passkey.transports),
    },
  }).catch((error: unknown) => {
    throw new ProblemError(401, "passkey_failed", error instanceof Error ? error.message : undefined);
  });
  if (!result.verified) throw new ProblemError(401, "passkey_failed");
  const account = await findAccount(db, passkey.account_id);
  if (!account) throw new ProblemError(401, "passkey_failed");
  if (account.disabled_at) throw new ProblemError(403, "account_disabled");
  await recordPasskeyUse(db, passkey.id, result.authenticationInfo.newCounter, new Date().toISOString());
  return account;
}
