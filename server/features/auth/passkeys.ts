// Passkeys (WebAuthn) through @simplewebauthn/server: added to a signed-in account, then used to
// sign in without a password. Discoverable credentials, so sign-in needs no email first.
import { randomUUID } from "node:crypto";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import type { Context } from "hono";
import { passkeyAuthenticationSchema, passkeyRegistrationSchema } from "../../../src/lib/contract/account";
import { type Db, isUniqueViolation } from "../../db/database";
import type { WebAuthnChallengeTable } from "../../db/schema";
import type { AppEnv } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { rateLimit } from "../../http/rate-limit";
import { createRouter } from "../../http/router";
import { requireAccount, requestOrigin } from "../../http/session";
import { readJson } from "../../http/validate";
import { findAccount } from "../account/store";
import { signedIn } from "./signed-in";

const CHALLENGE_LIFETIME_MS = 5 * 60_000;
const RP_NAME = "Delmenhorst App";

/** The relying party is the app's origin: PUBLIC_ORIGIN, or the server's own in development. */
function relyingParty(c: Context<AppEnv>) {
  const origin = c.var.config.publicOrigin ?? requestOrigin(c);
  return { origin, rpID: new URL(origin).hostname };
}

async function saveChallenge(
  db: Db,
  challenge: string,
  purpose: WebAuthnChallengeTable["purpose"],
  accountId: string | null,
) {
  const id = randomUUID();
  // Old challenges go on the way: they are useless after five minutes.
  await db.deleteFrom("webauthn_challenges").where("expires_at", "<", new Date().toISOString()).execute();
  await db
    .insertInto("webauthn_challenges")
    .values({
      id,
      challenge,
      purpose,
      account_id: accountId,
      expires_at: new Date(Date.now() + CHALLENGE_LIFETIME_MS).toISOString(),
    })
    .execute();
  return id;
}

/** A challenge is used once: taking it deletes it. */
async function takeChallenge(db: Db, id: string, purpose: WebAuthnChallengeTable["purpose"]) {
  const row = await db
    .deleteFrom("webauthn_challenges")
    .where("id", "=", id)
    .where("purpose", "=", purpose)
    .returningAll()
    .executeTakeFirst();
  if (!row || Date.parse(row.expires_at) <= Date.now()) throw new ProblemError(400, "challenge_expired");
  return row;
}

const parseTransports = (json: string): string[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === "string") : [];
};

export function passkeyRoutes() {
  const app = createRouter();
  const perIp = rateLimit({ name: "passkey", windowMs: 15 * 60_000, max: 60 });

  app.get("/", async (c) => {
    const me = requireAccount(c);
    const rows = await c.var.db
      .selectFrom("passkeys")
      .select(["id", "name", "created_at", "last_used_at"])
      .where("account_id", "=", me.id)
      .orderBy("created_at")
      .execute();
    c.header("Cache-Control", "private, no-store");
    return c.json(
      rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, lastUsedAt: r.last_used_at })),
      200,
    );
  });

  app.post("/registration-options", perIp, async (c) => {
    const me = requireAccount(c);
    const { rpID } = relyingParty(c);
    const existing = await c.var.db
      .selectFrom("passkeys")
      .select(["id", "transports"])
      .where("account_id", "=", me.id)
      .execute();
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
    const challengeId = await saveChallenge(c.var.db, options.challenge, "register", me.id);
    return c.json({ challengeId, options }, 200);
  });

  app.post("/registration", perIp, async (c) => {
    const me = requireAccount(c);
    const input = await readJson(c.req, passkeyRegistrationSchema);
    const challenge = await takeChallenge(c.var.db, input.challengeId, "register");
    if (challenge.account_id !== me.id) throw new ProblemError(400, "challenge_expired");
    const { origin, rpID } = relyingParty(c);
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
      await c.var.db
        .insertInto("passkeys")
        .values({
          id: credential.id,
          account_id: me.id,
          public_key: Buffer.from(credential.publicKey).toString("base64url"),
          counter: credential.counter,
          transports: JSON.stringify(credential.transports ?? []),
          name: input.name,
          created_at: now,
          last_used_at: null,
        })
        .execute();
    } catch (error) {
      // A client that ignores excludeCredentials, or copies a known id: the first passkey stays.
      if (isUniqueViolation(error))
        throw new ProblemError(409, "conflict", "This passkey is registered already");
      throw error;
    }
    return c.json({ id: credential.id, name: input.name, createdAt: now, lastUsedAt: null }, 201);
  });

  app.delete("/:id", async (c) => {
    const me = requireAccount(c);
    const deleted = await c.var.db
      .deleteFrom("passkeys")
      .where("id", "=", c.req.param("id"))
      .where("account_id", "=", me.id)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) throw new ProblemError(404, "not_found");
    return c.body(null, 204);
  });

  app.post("/authentication-options", perIp, async (c) => {
    const { rpID } = relyingParty(c);
    const options = await generateAuthenticationOptions({ rpID, userVerification: "preferred" });
    const challengeId = await saveChallenge(c.var.db, options.challenge, "authenticate", null);
    return c.json({ challengeId, options }, 200);
  });

  app.post("/authentication", perIp, async (c) => {
    const input = await readJson(c.req, passkeyAuthenticationSchema);
    const challenge = await takeChallenge(c.var.db, input.challengeId, "authenticate");
    const passkey = await c.var.db
      .selectFrom("passkeys")
      .selectAll()
      .where("id", "=", input.response.id)
      .executeTakeFirst();
    if (!passkey) throw new ProblemError(401, "passkey_failed", "This passkey is not registered here");
    const { origin, rpID } = relyingParty(c);
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
    const account = await findAccount(c.var.db, passkey.account_id);
    if (!account) throw new ProblemError(401, "passkey_failed");
    if (account.disabled_at) throw new ProblemError(403, "account_disabled");
    await c.var.db
      .updateTable("passkeys")
      .set({ counter: result.authenticationInfo.newCounter, last_used_at: new Date().toISOString() })
      .where("id", "=", passkey.id)
      .execute();
    return signedIn(c, account, input.remember);
  });

  return app;
}
