// Sessions as a resident notices them: how long a sign-in lasts, that a stolen database signs
// nobody in, that https gets locked-down cookies, and who gets past the staff and admin guards.
import { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionInfo } from "../../src/lib/contract/account";
import { createAccount, signInDirectly, TEST_PASSWORD } from "../testing/accounts";
import { createTestApp, databaseKind, type TestApp } from "../testing/test-app";
import { TestClient } from "../testing/test-client";
import type { AppEnv } from "./env";
import { ProblemError, problemResponse } from "./problem";
import { hashToken, requireAdmin, requireStaff, sessions } from "./session";

let t: TestApp;

beforeEach(async () => {
  t = await createTestApp();
});

afterEach(async () => {
  await t.close();
});

const HOUR = 3600_000;
const DAY = 24 * HOUR;

const sessionCookieOf = (headers: Headers) =>
  headers.getSetCookie().find((line) => /^(__Host-)?dm_session=/.test(line));

async function whoAmI(client: TestClient) {
  const res = await client.json<SessionInfo>("GET", "/api/auth/session");
  expect(res.status).toBe(200);
  return res.body.account;
}

async function signIn(client: TestClient, remember: boolean, email?: string) {
  const account = await createAccount(t, { role: "citizen", ...(email ? { email } : {}) });
  const res = await client.json("POST", "/api/auth/sign-in", {
    email: account.email,
    password: TEST_PASSWORD,
    remember,
  });
  expect(res.status).toBe(200);
  return { account, cookie: sessionCookieOf(res.headers) ?? "" };
}

const storedSessions = () => t.db.selectFrom("sessions").selectAll().execute();

/** Moves the only session's clock: last seen `idleMs` ago, ending `expiresInMs` from now. */
async function age(idleMs: number, expiresInMs: number) {
  await t.db
    .updateTable("sessions")
    .set({
      last_seen_at: new Date(Date.now() - idleMs).toISOString(),
      expires_at: new Date(Date.now() + expiresInMs).toISOString(),
    })
    .execute();
}

describe(`sessions (${databaseKind})`, () => {
  it("keeps a 'stay signed in' session for 30 days, in a cookie that outlives the browser", async () => {
    const browser = new TestClient(t);
    const { cookie } = await signIn(browser, true);

    expect(cookie).toMatch(/; Max-Age=2592000/i);
    const [session] = await storedSessions();
    expect(Date.parse(session?.expires_at ?? "") - Date.now()).toBeGreaterThan(29 * DAY);
  });

  it("ends a session without 'stay signed in' with the browser or after an hour of idleness", async () => {
    const browser = new TestClient(t);
    const { cookie } = await signIn(browser, false);

    expect(cookie).not.toMatch(/Max-Age|Expires/i);
    const [session] = await storedSessions();
    expect(Date.parse(session?.expires_at ?? "") - Date.now()).toBeLessThanOrEqual(HOUR);

    await age(HOUR + 1000, -1000);
    const res = await browser.json<SessionInfo>("GET", "/api/auth/session");
    expect(res.body.account).toBeNull();
    // The browser is told to drop the dead cookie.
    expect(sessionCookieOf(res.headers)).toMatch(/Max-Age=0/i);
  });

  it("extends a session while it is used", async () => {
    const browser = new TestClient(t);
    await signIn(browser, false);
    await age(10 * 60_000, 50 * 60_000);

    expect(await whoAmI(browser)).not.toBeNull();

    const [session] = await storedSessions();
    expect(Date.parse(session?.expires_at ?? "") - Date.now()).toBeGreaterThan(59 * 60_000);
    expect(Date.now() - Date.parse(session?.last_seen_at ?? "")).toBeLessThan(60_000);
  });

  it("extends a 'stay signed in' session to 30 days from its last use", async () => {
    const browser = new TestClient(t);
    await signIn(browser, true);
    await age(20 * DAY, 10 * DAY);

    expect(await whoAmI(browser)).not.toBeNull();

    const [session] = await storedSessions();
    expect(Date.parse(session?.expires_at ?? "") - Date.now()).toBeGreaterThan(29 * DAY);
  });

  it("stores only a hash of the token: the database alone signs nobody in", async () => {
    const browser = new TestClient(t);
    await signIn(browser, true);
    const token = browser.cookies.get("dm_session") ?? "";
    const [session] = await storedSessions();

    expect(session?.id_hash).toBe(hashToken(token));
    expect(session?.id_hash).not.toContain(token);
    const thief = new TestClient(t);
    thief.cookies.set("dm_session", session?.id_hash ?? "");
    expect(await whoAmI(thief)).toBeNull();
  });

  it("ignores a session cookie under the http name when the app runs on https", async () => {
    await t.close();
    t = await createTestApp({ PUBLIC_ORIGIN: "https://app.example" });
    const browser = new TestClient(t);
    await signIn(browser, false);
    const token = browser.cookies.get("__Host-dm_session");
    expect(token).toBeDefined();

    // A subdomain or a plain-http page can set "dm_session", never "__Host-dm_session".
    const planted = new TestClient(t);
    planted.cookies.set("dm_session", token ?? "");
    expect(await whoAmI(planted)).toBeNull();
    expect(await whoAmI(browser)).not.toBeNull();
  });

  it("behind a trusted proxy, takes https from X-Forwarded-Proto; otherwise ignores that header", async () => {
    const forwarded = { "x-forwarded-proto": "https" };
    const untrusted = await new TestClient(t).json(
      "POST",
      "/api/auth/sign-up",
      {
        email: "erika@example.org",
        password: "ein langes Passwort",
        givenName: "Erika",
        familyName: "Mustermann",
        birthDate: "1980-02-03",
        street: "Lange Straße 12",
        postalCode: "27749",
        city: "Delmenhorst",
        language: "de",
      },
      forwarded,
    );
    expect(sessionCookieOf(untrusted.headers)).toMatch(/^dm_session=/);
    expect(sessionCookieOf(untrusted.headers)).not.toMatch(/Secure/i);

    await t.close();
    t = await createTestApp({ TRUST_PROXY: "1" });
    const account = await createAccount(t, { role: "citizen" });
    const browser = new TestClient(t);
    // The proxy adds the header to every request, also to the one that hands out the CSRF token.
    const info = (await (
      await browser.fetch("/api/auth/session", { headers: forwarded })
    ).json()) as SessionInfo;
    const res = await browser.json(
      "POST",
      "/api/auth/sign-in",
      { email: account.email, password: TEST_PASSWORD, remember: false },
      { ...forwarded, "x-csrf-token": info.csrfToken },
    );
    expect(res.status).toBe(200);
    expect(sessionCookieOf(res.headers)).toMatch(/^__Host-dm_session=.*; Secure/i);
  });
});

describe(`guards (${databaseKind})`, () => {
  // A stand-in for a staff route: the session middleware, the guard, the app's error answer.
  function guarded() {
    const app = new Hono<AppEnv>();
    app.use("*", async (c, next) => {
      c.set("db", t.db);
      c.set("config", t.config);
      c.set("account", null);
      c.set("accountId", null);
      c.set("sessionHash", null);
      await next();
    });
    app.use("*", sessions());
    app.get("/bauamt", (c) => c.json({ id: requireStaff(c, ["bauamt"]).id }));
    app.get("/any-staff", (c) => c.json({ id: requireStaff(c).id }));
    app.get("/admin", (c) => c.json({ id: requireAdmin(c).id }));
    app.onError((error, c) =>
      error instanceof ProblemError ? problemResponse(c, error) : c.text("bug", 500),
    );
    return app;
  }

  async function statuses(client: TestClient | null) {
    const app = guarded();
    const cookie = client ? [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; ") : "";
    const result: Record<string, number> = {};
    for (const path of ["/bauamt", "/any-staff", "/admin"]) {
      result[path] = (await app.request(path, { headers: { cookie } })).status;
    }
    return result;
  }

  it("lets staff into their own department only, admins everywhere, others nowhere", async () => {
    const citizen = await signInDirectly(t, await createAccount(t, { role: "citizen" }));
    const building = await signInDirectly(t, await createAccount(t, { role: "staff", department: "bauamt" }));
    const publicOrder = await signInDirectly(
      t,
      await createAccount(t, { role: "staff", department: "ordnungsamt" }),
    );
    const admin = await signInDirectly(t, await createAccount(t, { role: "admin" }));

    expect(await statuses(null)).toEqual({ "/bauamt": 401, "/any-staff": 401, "/admin": 401 });
    expect(await statuses(citizen)).toEqual({ "/bauamt": 403, "/any-staff": 403, "/admin": 403 });
    expect(await statuses(building)).toEqual({ "/bauamt": 200, "/any-staff": 200, "/admin": 403 });
    expect(await statuses(publicOrder)).toEqual({ "/bauamt": 403, "/any-staff": 200, "/admin": 403 });
    expect(await statuses(admin)).toEqual({ "/bauamt": 200, "/any-staff": 200, "/admin": 200 });
  });

  it("takes a role change away at the next request, without signing in again", async () => {
    const account = await createAccount(t, { role: "admin" });
    const client = await signInDirectly(t, account);
    expect((await statuses(client))["/admin"]).toBe(200);

    await t.db.updateTable("accounts").set({ role: "citizen" }).where("id", "=", account.id).execute();

    expect(await statuses(client)).toEqual({ "/bauamt": 403, "/any-staff": 403, "/admin": 403 });
  });
});
