// The citizen account's front door as a browser uses it: sign-up, the confirmation mail, sign-in and
// -out, the password-reset mail and the one-time link that creates the first admin.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AccountSummary, SessionInfo, SignUp } from "../../../src/lib/contract/account";
import { problemSchema } from "../../../src/lib/contract/problem";
import { type SyncPage, syncPageSchema } from "../../../src/lib/contract/sync";
import { createAccount, TEST_PASSWORD } from "../../testing/accounts";
import { createTestApp, databaseKind, type TestApp } from "../../testing/test-app";
import { TestClient } from "../../testing/test-client";
import { firstAdminLink } from "./first-admin";

let t: TestApp;

beforeEach(async () => {
  t = await createTestApp();
});

afterEach(async () => {
  await t.close();
});

type Answer = { status: number; headers: Headers; body: unknown };
type SignedIn = { account: AccountSummary; csrfToken: string };

function expectProblem(res: Answer, status: number, code: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const problem = problemSchema.parse(res.body);
  expect(problem.code).toBe(code);
  return problem;
}

const signUpBody = (overrides: Record<string, unknown> = {}): Record<keyof SignUp, unknown> => ({
  email: "erika@example.org",
  password: "ein langes Passwort",
  givenName: "Erika",
  familyName: "Mustermann",
  birthDate: "1980-02-03",
  street: "Lange Straße 12",
  postalCode: "27749",
  city: "Delmenhorst",
  language: "de",
  ...overrides,
});

/** The Set-Cookie line of the session cookie, or undefined. */
const sessionCookieOf = (headers: Headers) =>
  headers.getSetCookie().find((line) => /^(__Host-)?dm_session=/.test(line));

/** The one link in a mail that leads to `path`, e.g. "/konto/bestaetigen". */
function linkIn(text: string, path: string): URL {
  const links = (text.match(/https?:\/\/\S+/g) ?? [])
    .map((l) => new URL(l))
    .filter((u) => u.pathname === path);
  expect(links, text).toHaveLength(1);
  return links[0]!;
}

const tokenIn = (text: string, path: string) => linkIn(text, path).searchParams.get("token") ?? "";

async function whoAmI(client: TestClient) {
  const res = await client.json<SessionInfo>("GET", "/api/auth/session");
  expect(res.status).toBe(200);
  return res.body.account;
}

async function signIn(client: TestClient, email: string, password = TEST_PASSWORD, remember = false) {
  return client.json<SignedIn>("POST", "/api/auth/sign-in", { email, password, remember });
}

/** Behind TRUST_PROXY=1: the proxy appended `address`; whatever comes before it the client made up. */
const viaProxy = (address: string, spoofed = "192.0.2.1") => ({
  "x-forwarded-for": `${spoofed}, ${address}`,
});

async function signInFrom(client: TestClient, address: string, email: string, password: string) {
  return client.json<SignedIn>(
    "POST",
    "/api/auth/sign-in",
    { email, password, remember: false },
    viaProxy(address),
  );
}

const ATTACKER = "203.0.113.66";

describe(`sign-up and email confirmation (${databaseKind})`, () => {
  it("creates an unconfirmed account, signs the browser in and sends a confirmation link", async () => {
    const browser = new TestClient(t);
    const res = await browser.json<SignedIn>("POST", "/api/auth/sign-up", signUpBody());

    expect(res.status).toBe(201);
    expect(res.body.account).toMatchObject({
      email: "erika@example.org",
      role: "citizen",
      givenName: "Erika",
      familyName: "Mustermann",
      trustLevel: "none",
    });
    expect(res.body.csrfToken).toEqual(expect.any(String));
    const cookie = sessionCookieOf(res.headers) ?? "";
    expect(cookie).toMatch(/^dm_session=[\w-]{40,};/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//i);
    // Plain http (development): a Secure cookie would never come back.
    expect(cookie).not.toMatch(/; Secure/i);
    expect(await whoAmI(browser)).toMatchObject({ email: "erika@example.org", trustLevel: "none" });

    expect(t.mails).toHaveLength(1);
    const [mail] = t.mails;
    expect(mail?.to).toBe("erika@example.org");
    const link = linkIn(mail?.text ?? "", "/konto/bestaetigen");
    expect(link.origin).toBe("http://localhost:8080");
    expect(link.searchParams.get("token")).toMatch(/^[\w-]{40,}$/);
  });

  it("uses a Secure __Host- cookie and https links when the app is served over https", async () => {
    await t.close();
    t = await createTestApp({ PUBLIC_ORIGIN: "https://app.example" });
    const browser = new TestClient(t);

    const res = await browser.json("POST", "/api/auth/sign-up", signUpBody());

    expect(res.status).toBe(201);
    const cookie = sessionCookieOf(res.headers) ?? "";
    expect(cookie).toMatch(/^__Host-dm_session=/);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; Path=\//i);
    expect(cookie).not.toMatch(/; Domain=/i);
    expect(linkIn(t.mails[0]?.text ?? "", "/konto/bestaetigen").origin).toBe("https://app.example");
    expect(await whoAmI(browser)).toMatchObject({ email: "erika@example.org" });
  });

  it("confirms the address once through the mailed link", async () => {
    const browser = new TestClient(t);
    await browser.json("POST", "/api/auth/sign-up", signUpBody());
    const token = tokenIn(t.mails[0]?.text ?? "", "/konto/bestaetigen");

    // The link may be opened in another browser than the one that signed up.
    const elsewhere = new TestClient(t);
    const confirmed = await elsewhere.json<{ account: AccountSummary }>("POST", "/api/auth/verify-email", {
      token,
    });

    expect(confirmed.status).toBe(200);
    expect(confirmed.body.account).toMatchObject({ email: "erika@example.org", trustLevel: "basic" });
    expect(await whoAmI(browser)).toMatchObject({ trustLevel: "basic" });
    expect(await whoAmI(elsewhere)).toBeNull();

    const again = await elsewhere.json("POST", "/api/auth/verify-email", { token });
    expectProblem(again, 410, "link_used");
  });

  it("refuses an expired confirmation link", async () => {
    await new TestClient(t).json("POST", "/api/auth/sign-up", signUpBody());
    const token = tokenIn(t.mails[0]?.text ?? "", "/konto/bestaetigen");
    await t.db
      .updateTable("account_tokens")
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .execute();

    const res = await new TestClient(t).json("POST", "/api/auth/verify-email", { token });

    expectProblem(res, 410, "link_expired");
  });

  it("refuses made-up and malformed links without a server error", async () => {
    const browser = new TestClient(t);
    const unknown = await browser.json("POST", "/api/auth/verify-email", { token: "A".repeat(43) });
    expectProblem(unknown, 400, "link_invalid");

    const malformed = await browser.json("POST", "/api/auth/verify-email", { token: "../../etc/passwd" });
    expect(expectProblem(malformed, 400, "validation_failed").errors).toEqual([
      expect.objectContaining({ path: "token" }),
    ]);

    const empty = await browser.json("POST", "/api/auth/verify-email", {});
    expectProblem(empty, 400, "validation_failed");
  });

  it("does not accept a confirmation link as a password-reset link", async () => {
    await new TestClient(t).json("POST", "/api/auth/sign-up", signUpBody());
    const token = tokenIn(t.mails[0]?.text ?? "", "/konto/bestaetigen");

    const res = await new TestClient(t).json("POST", "/api/auth/password-reset/confirm", {
      token,
      password: "von einem Angreifer gesetzt",
    });

    expectProblem(res, 400, "link_invalid");
    expect((await signIn(new TestClient(t), "erika@example.org", "ein langes Passwort")).status).toBe(200);
  });

  it("refuses a second account for the same address, whatever its case", async () => {
    expect((await new TestClient(t).json("POST", "/api/auth/sign-up", signUpBody())).status).toBe(201);

    const again = new TestClient(t);
    const res = await again.json("POST", "/api/auth/sign-up", signUpBody({ email: "Erika@Example.ORG" }));

    expectProblem(res, 409, "email_taken");
    expect(sessionCookieOf(res.headers)).toBeUndefined();
    expect(await whoAmI(again)).toBeNull();
    expect(t.mails).toHaveLength(1);
  });

  it.each([
    ["a short password", { password: "kurz" }, "password"],
    ["an address that is no email", { email: "erika(at)example.org" }, "email"],
    ["an impossible birth date", { birthDate: "1980-02-31" }, "birthDate"],
    ["a postal code of four digits", { postalCode: "2774" }, "postalCode"],
    ["an unknown language", { language: "fr" }, "language"],
    ["an unexpected field", { role: "admin" }, ""],
    ["a name of only spaces", { givenName: "   " }, "givenName"],
  ])("refuses %s with 400 naming the field", async (_, overrides, path) => {
    const res = await new TestClient(t).json("POST", "/api/auth/sign-up", signUpBody(overrides));

    const problem = expectProblem(res, 400, "validation_failed");
    if (path) expect(problem.errors?.map((e) => e.path)).toContain(path);
    expect(await t.db.selectFrom("accounts").select("id").execute()).toEqual([]);
  });

  it("refuses bodies that are not an object or not JSON with 400", async () => {
    const browser = new TestClient(t);
    for (const body of [null, [], "erika@example.org", 42]) {
      const res = await browser.json("POST", "/api/auth/sign-up", body);
      expectProblem(res, 400, "validation_failed");
    }
    const broken = await browser.fetch("/api/auth/sign-up", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"email": ',
    });
    expect(broken.status).toBe(400);
  });

  it("puts the profile into the owner's personal feed, and into nobody else's", async () => {
    const owner = new TestClient(t);
    const signedUp = await owner.json<SignedIn>("POST", "/api/auth/sign-up", signUpBody());
    const id = signedUp.body.account.id;

    const feed = await owner.fetch("/api/sync/profile");
    expect(feed.status).toBe(200);
    expect(feed.headers.get("cache-control")).toMatch(/private/);
    const page: SyncPage = syncPageSchema.parse(await feed.json());
    expect(page.changes).toEqual([
      {
        id,
        op: "upsert",
        data: expect.objectContaining({
          id,
          email: "erika@example.org",
          city: "Delmenhorst",
          trustLevel: "none",
        }),
      },
    ]);

    await owner.json("POST", "/api/auth/verify-email", {
      token: tokenIn(t.mails[0]?.text ?? "", "/konto/bestaetigen"),
    });
    const after = syncPageSchema.parse(
      await (await owner.fetch(`/api/sync/profile?since=${page.cursor}`)).json(),
    );
    expect(after.changes).toEqual([
      { id, op: "upsert", data: expect.objectContaining({ trustLevel: "basic" }) },
    ]);

    const anonymous = await new TestClient(t).fetch("/api/sync/profile");
    expect(anonymous.status).toBe(401);
    const other = new TestClient(t);
    await other.json("POST", "/api/auth/sign-up", signUpBody({ email: "max@example.org" }));
    const othersFeed = syncPageSchema.parse(await (await other.fetch("/api/sync/profile")).json());
    expect(othersFeed.changes.map((c) => c.id)).not.toContain(id);
  });
});

describe(`sign-in and sign-out (${databaseKind})`, () => {
  it("signs in with the right password, whatever the case of the address", async () => {
    const account = await createAccount(t, { role: "citizen", email: "erika@example.org" });
    const browser = new TestClient(t);

    const res = await signIn(browser, "ERIKA@example.org");

    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toMatch(/no-store/);
    expect(res.body.account).toMatchObject({ id: account.id, trustLevel: "basic" });
    expect(await whoAmI(browser)).toMatchObject({ id: account.id });
  });

  it("answers a wrong password and an unknown address alike", async () => {
    await createAccount(t, { role: "citizen", email: "erika@example.org" });
    const browser = new TestClient(t);

    const wrong = await signIn(browser, "erika@example.org", "not the password");
    const unknown = await signIn(browser, "nobody@example.org", "not the password");

    // Same status, code and text: the answer must not tell which addresses have an account.
    expectProblem(wrong, 401, "invalid_credentials");
    expectProblem(unknown, 401, "invalid_credentials");
    expect(unknown.body).toEqual(wrong.body);
    expect(sessionCookieOf(wrong.headers)).toBeUndefined();
    expect(await whoAmI(browser)).toBeNull();
  });

  it("locks the address that guessed five times wrong, not the owner signing in from elsewhere", async () => {
    await t.close();
    t = await createTestApp({ TRUST_PROXY: "1" });
    await createAccount(t, { role: "citizen", email: "erika@example.org" });
    const attacker = new TestClient(t);
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      statuses.push((await signInFrom(attacker, ATTACKER, "erika@example.org", `guess ${i}`)).status);
    }
    expect(statuses).toEqual([...Array<number>(5).fill(401), ...Array<number>(15).fill(429)]);

    // The attacker's address stays locked for the account, whatever password it sends now.
    const locked = await signInFrom(attacker, ATTACKER, "erika@example.org", TEST_PASSWORD);
    expectProblem(locked, 429, "rate_limited");
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(locked.headers.get("retry-after"))).toBeLessThanOrEqual(15 * 60);
    expect(await whoAmI(attacker)).toBeNull();

    const owner = new TestClient(t);
    const res = await signInFrom(owner, "198.51.100.20", "erika@example.org", TEST_PASSWORD);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(await whoAmI(owner)).toMatchObject({ email: "erika@example.org" });

    // The lock is for this account only: another account signs in from the same address.
    await createAccount(t, { role: "citizen", email: "max@example.org" });
    expect((await signInFrom(new TestClient(t), ATTACKER, "max@example.org", TEST_PASSWORD)).status).toBe(
      200,
    );
  });

  it("allows fewer wrong guesses per address while an account is under attack from many", async () => {
    await t.close();
    t = await createTestApp({ TRUST_PROXY: "1" });
    await createAccount(t, { role: "citizen", email: "erika@example.org" });
    const attacker = new TestClient(t);
    // Ten wrong passwords from two addresses: the account is now under attack.
    for (const address of [ATTACKER, "203.0.113.67"]) {
      for (let i = 0; i < 5; i++) {
        expect((await signInFrom(attacker, address, "erika@example.org", `guess ${i}`)).status).toBe(401);
      }
    }

    // A third address gets two guesses, not five.
    const third = "203.0.113.68";
    expect((await signInFrom(attacker, third, "erika@example.org", "guess a")).status).toBe(401);
    expect((await signInFrom(attacker, third, "erika@example.org", "guess b")).status).toBe(401);
    expectProblem(await signInFrom(attacker, third, "erika@example.org", "guess c"), 429, "rate_limited");

    // The owner, from an address of her own, still gets in with the right password.
    const owner = new TestClient(t);
    expect((await signInFrom(owner, "198.51.100.20", "erika@example.org", TEST_PASSWORD)).status).toBe(200);
    expect(await whoAmI(owner)).toMatchObject({ email: "erika@example.org" });

    // An account that is not under attack keeps five guesses per address.
    await createAccount(t, { role: "citizen", email: "max@example.org" });
    for (let i = 0; i < 5; i++) {
      expect((await signInFrom(attacker, third, "max@example.org", `guess ${i}`)).status).toBe(401);
    }
    expectProblem(await signInFrom(attacker, third, "max@example.org", "guess 5"), 429, "rate_limited");
  });

  it("gives a new session token at every sign-in and ends the one before", async () => {
    await createAccount(t, { role: "citizen", email: "erika@example.org" });
    const browser = new TestClient(t);
    await signIn(browser, "erika@example.org");
    const before = browser.cookies.get("dm_session");
    expect(before).toBeDefined();

    await signIn(browser, "erika@example.org");
    const after = browser.cookies.get("dm_session");

    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    expect(await whoAmI(browser)).toMatchObject({ email: "erika@example.org" });
    const stale = new TestClient(t);
    stale.cookies.set("dm_session", before ?? "");
    expect(await whoAmI(stale)).toBeNull();
  });

  it("does not keep a session token planted before sign-in (session fixation)", async () => {
    await createAccount(t, { role: "citizen", email: "erika@example.org" });
    const browser = new TestClient(t);
    browser.cookies.set("dm_session", "planted-by-someone-else-0123456789abcdef");

    await signIn(browser, "erika@example.org");

    expect(browser.cookies.get("dm_session")).not.toBe("planted-by-someone-else-0123456789abcdef");
    expect(await whoAmI(browser)).toMatchObject({ email: "erika@example.org" });
  });

  it("signs out: the session is gone, also for a copy of the cookie", async () => {
    await createAccount(t, { role: "citizen", email: "erika@example.org" });
    const browser = new TestClient(t);
    await signIn(browser, "erika@example.org");
    const copy = new TestClient(t);
    copy.cookies.set("dm_session", browser.cookies.get("dm_session") ?? "");

    const res = await browser.json<SessionInfo>("POST", "/api/auth/sign-out");

    expect(res.status).toBe(200);
    expect(res.body.account).toBeNull();
    expect(sessionCookieOf(res.headers)).toMatch(/Max-Age=0/i);
    expect(browser.cookies.has("dm_session")).toBe(false);
    expect(await whoAmI(browser)).toBeNull();
    expect(await whoAmI(copy)).toBeNull();
    // The new CSRF token from the answer works right away (sign in again on the same page).
    const again = await browser.json(
      "POST",
      "/api/auth/sign-in",
      {
        email: "erika@example.org",
        password: TEST_PASSWORD,
        remember: false,
      },
      { "x-csrf-token": res.body.csrfToken },
    );
    expect(again.status).toBe(200);
  });

  it("signs out everywhere: every device of the account, no other account", async () => {
    await createAccount(t, { role: "citizen", email: "erika@example.org" });
    await createAccount(t, { role: "citizen", email: "max@example.org" });
    const laptop = new TestClient(t);
    const phone = new TestClient(t);
    const neighbour = new TestClient(t);
    await signIn(laptop, "erika@example.org");
    await signIn(phone, "erika@example.org", TEST_PASSWORD, true);
    await signIn(neighbour, "max@example.org");

    const res = await laptop.json("POST", "/api/auth/sign-out-everywhere");

    expect(res.status).toBe(200);
    expect(await whoAmI(laptop)).toBeNull();
    expect(await whoAmI(phone)).toBeNull();
    expect((await phone.fetch("/api/sync/profile")).status).toBe(401);
    expect(await whoAmI(neighbour)).toMatchObject({ email: "max@example.org" });
  });

  it("needs a session to sign out everywhere", async () => {
    expectProblem(
      await new TestClient(t).json("POST", "/api/auth/sign-out-everywhere"),
      401,
      "unauthenticated",
    );
  });

  it("refuses a disabled account and ends its open sessions", async () => {
    const account = await createAccount(t, { role: "citizen", email: "erika@example.org" });
    const browser = new TestClient(t);
    await signIn(browser, "erika@example.org");

    await t.db
      .updateTable("accounts")
      .set({ disabled_at: new Date().toISOString() })
      .where("id", "=", account.id)
      .execute();

    expect(await whoAmI(browser)).toBeNull();
    expect((await browser.fetch("/api/sync/profile")).status).toBe(401);
    const res = await signIn(new TestClient(t), "erika@example.org");
    expectProblem(res, 403, "account_disabled");
    expect(sessionCookieOf(res.headers)).toBeUndefined();
  });
});

describe(`behind a trusted proxy (${databaseKind})`, () => {
  beforeEach(async () => {
    await t.close();
    t = await createTestApp({ TRUST_PROXY: "1" });
  });

  it("limits sign-ups by the address the proxy saw, not by what the client wrote before it", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) {
      const res = await new TestClient(t).json(
        "POST",
        "/api/auth/sign-up",
        signUpBody({ email: `person${i}@example.org` }),
        viaProxy("203.0.113.7", `10.0.0.${i}`),
      );
      statuses.push(res.status);
    }
    expect(statuses).toEqual([...Array<number>(10).fill(201), ...Array<number>(5).fill(429)]);

    // Another address behind the same proxy is not held up by it.
    const other = await new TestClient(t).json(
      "POST",
      "/api/auth/sign-up",
      signUpBody({ email: "other@example.org" }),
      viaProxy("203.0.113.8"),
    );
    expect(other.status).toBe(201);
  });

  it("limits sign-ins by the address the proxy saw, not by what the client wrote before it", async () => {
    const browser = new TestClient(t);
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      const res = await browser.json(
        "POST",
        "/api/auth/sign-in",
        { email: `nobody${i}@example.org`, password: "a guess", remember: false },
        viaProxy("203.0.113.7", `10.1.0.${i}`),
      );
      statuses.push(res.status);
    }
    expect(statuses).toEqual([...Array<number>(30).fill(401), ...Array<number>(10).fill(429)]);
  });
});

describe(`password reset (${databaseKind})`, () => {
  const requestReset = (client: TestClient, email: string) =>
    client.json("POST", "/api/auth/password-reset", { email });

  it("answers 202 for unknown addresses too, and mails only existing accounts", async () => {
    await createAccount(t, { role: "citizen", email: "erika@example.org" });
    const browser = new TestClient(t);

    const unknown = await requestReset(browser, "nobody@example.org");
    expect(unknown.status).toBe(202);
    expect(t.mails).toEqual([]);

    const known = await requestReset(browser, "erika@example.org");
    expect(known.status).toBe(202);
    expect(t.mails).toHaveLength(1);
    expect(t.mails[0]?.to).toBe("erika@example.org");
    expect(linkIn(t.mails[0]?.text ?? "", "/konto/passwort-neu").origin).toBe("http://localhost:8080");
  });

  it("sets a new password through the mailed link once and signs out every device", async () => {
    await createAccount(t, { role: "citizen", email: "erika@example.org" });
    const phone = new TestClient(t);
    await signIn(phone, "erika@example.org", TEST_PASSWORD, true);
    await requestReset(new TestClient(t), "erika@example.org");
    const token = tokenIn(t.mails[0]?.text ?? "", "/konto/passwort-neu");

    const browser = new TestClient(t);
    const res = await browser.json("POST", "/api/auth/password-reset/confirm", {
      token,
      password: "ein ganz neues Passwort",
    });

    expect(res.status).toBe(204);
    expect(await whoAmI(phone)).toBeNull();
    expectProblem(await signIn(new TestClient(t), "erika@example.org"), 401, "invalid_credentials");
    expect((await signIn(new TestClient(t), "erika@example.org", "ein ganz neues Passwort")).status).toBe(
      200,
    );

    const again = await browser.json("POST", "/api/auth/password-reset/confirm", {
      token,
      password: "noch ein anderes Passwort",
    });
    expectProblem(again, 410, "link_used");
    expect((await signIn(new TestClient(t), "erika@example.org", "ein ganz neues Passwort")).status).toBe(
      200,
    );
  });

  it("refuses an expired reset link and keeps the old password", async () => {
    await createAccount(t, { role: "citizen", email: "erika@example.org" });
    await requestReset(new TestClient(t), "erika@example.org");
    const token = tokenIn(t.mails[0]?.text ?? "", "/konto/passwort-neu");
    await t.db
      .updateTable("account_tokens")
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .execute();

    const res = await new TestClient(t).json("POST", "/api/auth/password-reset/confirm", {
      token,
      password: "ein ganz neues Passwort",
    });

    expectProblem(res, 410, "link_expired");
    expect((await signIn(new TestClient(t), "erika@example.org")).status).toBe(200);
  });

  it("refuses a new password that is too short, and the link still works after", async () => {
    await createAccount(t, { role: "citizen", email: "erika@example.org" });
    await requestReset(new TestClient(t), "erika@example.org");
    const token = tokenIn(t.mails[0]?.text ?? "", "/konto/passwort-neu");
    const browser = new TestClient(t);

    const short = await browser.json("POST", "/api/auth/password-reset/confirm", { token, password: "kurz" });
    expect(expectProblem(short, 400, "validation_failed").errors?.map((e) => e.path)).toEqual(["password"]);

    const res = await browser.json("POST", "/api/auth/password-reset/confirm", {
      token,
      password: "lang genug diesmal",
    });
    expect(res.status).toBe(204);
  });

  it("sends at most three reset mails per address and hour", async () => {
    await createAccount(t, { role: "citizen", email: "erika@example.org" });
    const browser = new TestClient(t);
    for (let i = 0; i < 3; i++) expect((await requestReset(browser, "erika@example.org")).status).toBe(202);

    const fourth = await requestReset(browser, "erika@example.org");

    expectProblem(fourth, 429, "rate_limited");
    expect(Number(fourth.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(t.mails).toHaveLength(3);
    // Another address is not held up by it.
    expect((await requestReset(browser, "max@example.org")).status).toBe(202);
  });
});

describe(`first admin (${databaseKind})`, () => {
  const adminBody = (token: string, email = "admin@stadt-delmenhorst.example") => ({
    token,
    email,
    password: "ein sicheres Admin-Passwort",
    givenName: "Ada",
    familyName: "Admin",
  });

  it("creates the first admin through the printed link, once", async () => {
    const link = await firstAdminLink(t.db, t.config.appOrigin);
    expect(link).toMatch(/^http:\/\/localhost:8080\/verwaltung\/einrichten\?token=[\w-]{40,}$/);
    const token = new URL(link ?? "").searchParams.get("token") ?? "";
    const browser = new TestClient(t);

    const res = await browser.json<SignedIn>("POST", "/api/auth/admin-setup", adminBody(token));

    expect(res.status).toBe(201);
    expect(res.body.account).toMatchObject({ email: "admin@stadt-delmenhorst.example", role: "admin" });
    expect(await whoAmI(browser)).toMatchObject({ role: "admin", trustLevel: "basic" });
    expect(await firstAdminLink(t.db, t.config.appOrigin)).toBeNull();

    const again = await new TestClient(t).json(
      "POST",
      "/api/auth/admin-setup",
      adminBody(token, "other@example.org"),
    );
    expectProblem(again, 410, "link_used");
    const admins = await t.db.selectFrom("accounts").select("email").where("role", "=", "admin").execute();
    expect(admins).toEqual([{ email: "admin@stadt-delmenhorst.example" }]);
  });

  it("makes earlier links useless when a new one is printed (every server start)", async () => {
    const first = new URL((await firstAdminLink(t.db, t.config.appOrigin)) ?? "");
    const second = new URL((await firstAdminLink(t.db, t.config.appOrigin)) ?? "");
    const browser = new TestClient(t);

    const old = await browser.json(
      "POST",
      "/api/auth/admin-setup",
      adminBody(first.searchParams.get("token") ?? ""),
    );
    expectProblem(old, 400, "link_invalid");

    const current = await browser.json(
      "POST",
      "/api/auth/admin-setup",
      adminBody(second.searchParams.get("token") ?? ""),
    );
    expect(current.status).toBe(201);
  });

  it("prints no link once an admin exists", async () => {
    await createAccount(t, { role: "admin" });
    expect(await firstAdminLink(t.db, t.config.appOrigin)).toBeNull();
  });
});
