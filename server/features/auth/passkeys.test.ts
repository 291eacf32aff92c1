// Passkeys on the server: adding one to a signed-in account and signing in with it, driven by a
// software authenticator. The browser side runs in the e2e tests with Chromium's virtual authenticator.
import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AccountSummary, Passkey, SessionInfo } from "../../../src/lib/contract/account";
import { problemSchema } from "../../../src/lib/contract/problem";
import type { AccountTable } from "../../db/schema";
import { createAccountWithSession } from "../../testing/accounts";
import { SoftAuthenticator } from "../../testing/soft-authenticator";
import { createTestApp, databaseKind, type TestApp } from "../../testing/test-app";
import { TestClient } from "../../testing/test-client";

let t: TestApp;

beforeEach(async () => {
  t = await createTestApp();
});

afterEach(async () => {
  await t.close();
});

// Without PUBLIC_ORIGIN the relying party is the address the request came to; app.request() uses
// http://localhost, so that is the page the ceremony "runs on".
const PAGE = "http://localhost";

type Answer = { status: number; headers: Headers; body: unknown };
type RegistrationOptions = { challengeId: string; options: PublicKeyCredentialCreationOptionsJSON };
type AuthenticationOptions = { challengeId: string; options: PublicKeyCredentialRequestOptionsJSON };

function expectProblem(res: Answer, status: number, code: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(problemSchema.parse(res.body).code).toBe(code);
}

async function whoAmI(client: TestClient) {
  return (await client.json<SessionInfo>("GET", "/api/auth/session")).body.account;
}

/** Registers a passkey of `authenticator` for the client's account; fails the test unless it works. */
async function addPasskey(client: TestClient, authenticator: SoftAuthenticator, name = "Laptop") {
  const { body } = await client.json<RegistrationOptions>("POST", "/api/auth/passkeys/registration-options");
  const res = await client.json<Passkey>("POST", "/api/auth/passkeys/registration", {
    challengeId: body.challengeId,
    name,
    response: authenticator.create(body.options),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function authenticationOptions(client: TestClient) {
  const res = await client.json<AuthenticationOptions>("POST", "/api/auth/passkeys/authentication-options");
  expect(res.status).toBe(200);
  return res.body;
}

async function signInWithPasskey(client: TestClient, authenticator: SoftAuthenticator, remember = false) {
  const { challengeId, options } = await authenticationOptions(client);
  return client.json<{ account: AccountSummary }>("POST", "/api/auth/passkeys/authentication", {
    challengeId,
    remember,
    response: authenticator.get(options),
  });
}

const citizen = () => createAccountWithSession(t, { role: "citizen" });

describe(`passkeys (${databaseKind})`, () => {
  it("offers registration only to a signed-in account, for this site", async () => {
    expectProblem(
      await new TestClient(t).json("POST", "/api/auth/passkeys/registration-options"),
      401,
      "unauthenticated",
    );

    const { account, client } = await citizen();
    const res = await client.json<RegistrationOptions>("POST", "/api/auth/passkeys/registration-options");

    expect(res.status).toBe(200);
    expect(res.body.challengeId).toEqual(expect.any(String));
    expect(res.body.options.rp).toEqual({ id: "localhost", name: "Delmenhorst App" });
    expect(res.body.options.user.name).toBe(account.email);
    expect(res.body.options.challenge.length).toBeGreaterThanOrEqual(16);
    expect(res.body.options.authenticatorSelection?.residentKey).toBe("required");
  });

  it("adds a passkey and then signs in with it, without email or password", async () => {
    const { account, client } = await citizen();
    const phone = new SoftAuthenticator(PAGE);

    const added = await addPasskey(client, phone, "Mein Telefon");
    expect(added).toMatchObject({ name: "Mein Telefon", lastUsedAt: null });
    const list = await client.json<Passkey[]>("GET", "/api/auth/passkeys");
    expect(list.body).toEqual([expect.objectContaining({ id: added.id, name: "Mein Telefon" })]);

    const browser = new TestClient(t);
    const res = await signInWithPasskey(browser, phone, true);

    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.account).toMatchObject({ id: account.id, email: account.email });
    expect(res.headers.getSetCookie().join()).toMatch(/dm_session=.*Max-Age=2592000/i);
    expect(await whoAmI(browser)).toMatchObject({ id: account.id });
    const after = await client.json<Passkey[]>("GET", "/api/auth/passkeys");
    expect(after.body[0]?.lastUsedAt).toEqual(expect.any(String));
    // The authenticator counts its signatures; the server remembers the count to spot a cloned key.
    const stored = await t.db.selectFrom("passkeys").select("counter").executeTakeFirst();
    expect(stored?.counter).toBe(1);
  });

  it("tells the authenticator which passkeys the account has already, so none is added twice", async () => {
    const { client } = await citizen();
    const added = await addPasskey(client, new SoftAuthenticator(PAGE));

    const res = await client.json<RegistrationOptions>("POST", "/api/auth/passkeys/registration-options");

    expect(res.body.options.excludeCredentials?.map((c) => c.id)).toEqual([added.id]);
  });

  it("refuses a passkey whose credential id is registered already with 409, keeping the first", async () => {
    const erika = await citizen();
    const key = new SoftAuthenticator(PAGE);
    const added = await addPasskey(erika.client, key);

    // A client that ignores excludeCredentials, or copies an id it has seen, sends a known id again.
    for (const { client } of [erika, await citizen()]) {
      const { body } = await client.json<RegistrationOptions>(
        "POST",
        "/api/auth/passkeys/registration-options",
      );
      const res = await client.json("POST", "/api/auth/passkeys/registration", {
        challengeId: body.challengeId,
        name: "Kopie",
        response: new SoftAuthenticator(PAGE).create(body.options, added.id),
      });
      expectProblem(res, 409, "conflict");
      expect(res.headers.get("content-type")).toBe("application/problem+json");
    }

    const rows = await t.db.selectFrom("passkeys").select(["id", "account_id", "name"]).execute();
    expect(rows).toEqual([{ id: added.id, account_id: erika.account.id, name: "Laptop" }]);
    const res = await signInWithPasskey(new TestClient(t), key);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.account.id).toBe(erika.account.id);
  });

  it("works with PUBLIC_ORIGIN as the relying party", async () => {
    await t.close();
    t = await createTestApp({ PUBLIC_ORIGIN: "https://app.example" });
    const { account, client } = await citizen();
    // signInDirectly sets the http cookie name; on https the session cookie is __Host-dm_session.
    client.cookies.set("__Host-dm_session", client.cookies.get("dm_session") ?? "");
    client.cookies.delete("dm_session");
    const key = new SoftAuthenticator("https://app.example");

    const { body } = await client.json<RegistrationOptions>(
      "POST",
      "/api/auth/passkeys/registration-options",
    );
    expect(body.options.rp.id).toBe("app.example");
    await addPasskey(client, key);

    const res = await signInWithPasskey(new TestClient(t), key);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.account.id).toBe(account.id);
  });

  it("refuses a passkey answer made on another site (phishing)", async () => {
    const { client } = await citizen();
    const key = new SoftAuthenticator(PAGE);
    await addPasskey(client, key);

    const res = await signInWithPasskey(new TestClient(t), key.on("https://delmenhorst-login.example"));

    expectProblem(res, 401, "passkey_failed");
  });

  it("refuses an unknown or expired challenge", async () => {
    const { client } = await citizen();
    const key = new SoftAuthenticator(PAGE);
    await addPasskey(client, key);
    const browser = new TestClient(t);
    const { options } = await authenticationOptions(browser);

    const unknown = await browser.json("POST", "/api/auth/passkeys/authentication", {
      challengeId: "00000000-0000-4000-8000-000000000000",
      remember: false,
      response: key.get(options),
    });
    expectProblem(unknown, 400, "challenge_expired");

    const fresh = await authenticationOptions(browser);
    await t.db
      .updateTable("webauthn_challenges")
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .execute();
    const expired = await browser.json("POST", "/api/auth/passkeys/authentication", {
      challengeId: fresh.challengeId,
      remember: false,
      response: key.get(fresh.options),
    });
    expectProblem(expired, 400, "challenge_expired");
    expect(await whoAmI(browser)).toBeNull();
  });

  it("uses a challenge once: a replayed answer does not sign in again", async () => {
    const { client } = await citizen();
    const key = new SoftAuthenticator(PAGE);
    await addPasskey(client, key);
    const { challengeId, options } = await authenticationOptions(new TestClient(t));
    const answer = { challengeId, remember: false, response: key.get(options) };

    expect((await new TestClient(t).json("POST", "/api/auth/passkeys/authentication", answer)).status).toBe(
      200,
    );

    const replay = new TestClient(t);
    expectProblem(
      await replay.json("POST", "/api/auth/passkeys/authentication", answer),
      400,
      "challenge_expired",
    );
    // Nor with a new challenge: the signature covers the old one.
    const fresh = await authenticationOptions(replay);
    const withFresh = await replay.json("POST", "/api/auth/passkeys/authentication", {
      ...answer,
      challengeId: fresh.challengeId,
    });
    expectProblem(withFresh, 401, "passkey_failed");
    expect(await whoAmI(replay)).toBeNull();
  });

  it("spends the challenge even when the answer is refused", async () => {
    // A key the server has never seen: made for a registration that was never finished.
    const { client } = await citizen();
    const stranger = new SoftAuthenticator(PAGE);
    const { body } = await client.json<RegistrationOptions>(
      "POST",
      "/api/auth/passkeys/registration-options",
    );
    stranger.create(body.options);
    const browser = new TestClient(t);
    const { challengeId, options } = await authenticationOptions(browser);

    const answer = { challengeId, remember: false, response: stranger.get(options) };
    expectProblem(
      await browser.json("POST", "/api/auth/passkeys/authentication", answer),
      401,
      "passkey_failed",
    );
    expectProblem(
      await browser.json("POST", "/api/auth/passkeys/authentication", answer),
      400,
      "challenge_expired",
    );
  });

  it("does not let one account finish a registration with another account's challenge", async () => {
    const erika = await citizen();
    const max = await citizen();
    const { body } = await erika.client.json<RegistrationOptions>(
      "POST",
      "/api/auth/passkeys/registration-options",
    );

    const res = await max.client.json("POST", "/api/auth/passkeys/registration", {
      challengeId: body.challengeId,
      name: "Fremder Schlüssel",
      response: new SoftAuthenticator(PAGE).create(body.options),
    });

    expectProblem(res, 400, "challenge_expired");
    expect(await t.db.selectFrom("passkeys").select("id").execute()).toEqual([]);
  });

  it("deletes only the account's own passkeys; a deleted passkey signs nobody in", async () => {
    const erika = await citizen();
    const max = await citizen();
    const key = new SoftAuthenticator(PAGE);
    const added = await addPasskey(erika.client, key);
    const path = `/api/auth/passkeys/${added.id}`;

    expectProblem(await max.client.json("DELETE", path), 404, "not_found");
    expectProblem(await new TestClient(t).json("DELETE", path), 401, "unauthenticated");
    expect((await signInWithPasskey(new TestClient(t), key)).status).toBe(200);

    expect((await erika.client.json("DELETE", path)).status).toBe(204);
    expect((await erika.client.json<Passkey[]>("GET", "/api/auth/passkeys")).body).toEqual([]);
    expectProblem(await signInWithPasskey(new TestClient(t), key), 401, "passkey_failed");
  });

  it("refuses the passkey of a disabled account", async () => {
    const { account, client } = await citizen();
    const key = new SoftAuthenticator(PAGE);
    await addPasskey(client, key);
    await disable(account);

    const browser = new TestClient(t);
    expectProblem(await signInWithPasskey(browser, key), 403, "account_disabled");
    expect(await whoAmI(browser)).toBeNull();
  });
});

async function disable(account: AccountTable) {
  await t.db
    .updateTable("accounts")
    .set({ disabled_at: new Date().toISOString() })
    .where("id", "=", account.id)
    .execute();
}
