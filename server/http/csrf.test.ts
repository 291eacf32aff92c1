// Cross-site request forgery: a page on another site must not be able to act in the name of a
// signed-in resident, nor sign a browser into an account of the attacker (login CSRF).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SessionInfo } from "../../src/lib/contract/account";
import { problemSchema } from "../../src/lib/contract/problem";
import { createAccount, TEST_PASSWORD } from "../testing/accounts";
import { createTestApp, databaseKind, type TestApp } from "../testing/test-app";
import { TestClient } from "../testing/test-client";

let t: TestApp;

beforeEach(async () => {
  t = await createTestApp();
});

afterEach(async () => {
  await t.close();
});

const cookieHeader = (client: TestClient) => [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");

/** A request exactly as given: no Origin or CSRF token added (what a forged cross-site form sends). */
function raw(path: string, client: TestClient, headers: Record<string, string>, body?: unknown) {
  return t.app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: cookieHeader(client), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function expectCsrfFailure(res: Response) {
  const text = await res.text();
  expect(res.status, text).toBe(403);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  expect(problemSchema.parse(JSON.parse(text)).code).toBe("csrf_failed");
}

async function whoAmI(client: TestClient) {
  return (await client.json<SessionInfo>("GET", "/api/auth/session")).body.account;
}

/** A browser signed in as a fresh citizen. */
async function signedInBrowser() {
  const account = await createAccount(t, { role: "citizen" });
  const browser = new TestClient(t);
  const res = await browser.json("POST", "/api/auth/sign-in", {
    email: account.email,
    password: TEST_PASSWORD,
    remember: false,
  });
  expect(res.status).toBe(200);
  return browser;
}

describe(`CSRF protection (${databaseKind})`, () => {
  it("refuses a request from another site and changes nothing", async () => {
    const browser = await signedInBrowser();
    const token = await browser.csrfToken();

    const res = await raw("/api/auth/sign-out-everywhere", browser, {
      origin: "https://evil.example",
      "x-csrf-token": token,
    });

    await expectCsrfFailure(res);
    expect(await whoAmI(browser)).not.toBeNull();
  });

  it.each([
    ["no Origin", {}],
    ["Origin null (sandboxed frame, data: URL)", { origin: "null" }],
    ["an Origin that only starts like the app's", { origin: "http://localhost:8080.evil.example" }],
    ["the app's host on another scheme", { origin: "https://localhost:8080" }],
  ])("refuses %s", async (_, headers: Record<string, string>) => {
    const browser = await signedInBrowser();

    const res = await raw("/api/auth/sign-out", browser, {
      ...headers,
      "x-csrf-token": await browser.csrfToken(),
    });

    await expectCsrfFailure(res);
    expect(await whoAmI(browser)).not.toBeNull();
  });

  it("refuses the app's own Origin without the CSRF token or with a wrong one", async () => {
    const browser = await signedInBrowser();
    const token = await browser.csrfToken();
    const origin = t.config.appOrigin;

    await expectCsrfFailure(await raw("/api/auth/sign-out", browser, { origin }));
    await expectCsrfFailure(await raw("/api/auth/sign-out", browser, { origin, "x-csrf-token": "" }));
    const altered = `${token.startsWith("A") ? "B" : "A"}${token.slice(1)}`;
    await expectCsrfFailure(await raw("/api/auth/sign-out", browser, { origin, "x-csrf-token": altered }));
    await expectCsrfFailure(
      await raw("/api/auth/sign-out", browser, { origin, "x-csrf-token": `${token}x` }),
    );
    expect(await whoAmI(browser)).not.toBeNull();

    const right = await raw("/api/auth/sign-out", browser, { origin, "x-csrf-token": token });
    expect(right.status).toBe(200);
  });

  it("refuses the token of another browser", async () => {
    const victim = await signedInBrowser();
    const attacker = await signedInBrowser();

    const res = await raw("/api/auth/sign-out", victim, {
      origin: t.config.appOrigin,
      "x-csrf-token": await attacker.csrfToken(),
    });

    await expectCsrfFailure(res);
    expect(await whoAmI(victim)).not.toBeNull();
  });

  it("guards sign-in too, so that no site can sign a browser into the attacker's account", async () => {
    const account = await createAccount(t, { role: "citizen" });
    const victim = new TestClient(t);
    const credentials = { email: account.email, password: TEST_PASSWORD, remember: true };

    const forged = await raw("/api/auth/sign-in", victim, { origin: "https://evil.example" }, credentials);
    await expectCsrfFailure(forged);
    expect(forged.headers.getSetCookie().join()).not.toMatch(/dm_session=/);

    // A signed-out browser's token comes with its anonymous cookie; without that cookie it is worthless.
    const stranger = new TestClient(t);
    const noCookie = await raw(
      "/api/auth/sign-in",
      victim,
      { origin: t.config.appOrigin, "x-csrf-token": await stranger.csrfToken() },
      credentials,
    );
    await expectCsrfFailure(noCookie);
  });

  it("binds the token to the session: the one from before sign-in stops working after it", async () => {
    const account = await createAccount(t, { role: "citizen" });
    const browser = new TestClient(t);
    const anonymousToken = await browser.csrfToken();
    const res = await browser.json<SessionInfo>("POST", "/api/auth/sign-in", {
      email: account.email,
      password: TEST_PASSWORD,
      remember: false,
    });
    expect(res.status).toBe(200);

    const origin = t.config.appOrigin;
    await expectCsrfFailure(
      await raw("/api/auth/sign-out", browser, { origin, "x-csrf-token": anonymousToken }),
    );
    // The token in the sign-in answer is the one for the new session.
    const signOut = await raw("/api/auth/sign-out", browser, { origin, "x-csrf-token": res.body.csrfToken });
    expect(signOut.status).toBe(200);
  });

  it("never blocks reading requests", async () => {
    const browser = await signedInBrowser();

    const res = await t.app.request("/api/auth/session", {
      headers: { cookie: cookieHeader(browser), origin: "https://evil.example" },
    });

    expect(res.status).toBe(200);
    expect(((await res.json()) as SessionInfo).account).not.toBeNull();
    expect(
      (await t.app.request("/api/sync/services", { headers: { origin: "https://evil.example" } })).status,
    ).toBe(200);
  });

  it("accepts only PUBLIC_ORIGIN once it is set, not the address the request came to", async () => {
    await t.close();
    t = await createTestApp({ PUBLIC_ORIGIN: "https://app.example" });
    const browser = await signedInBrowser();
    const token = await browser.csrfToken();

    // app.request() addresses the server as http://localhost.
    await expectCsrfFailure(
      await raw("/api/auth/sign-out", browser, { origin: "http://localhost", "x-csrf-token": token }),
    );
    const res = await raw("/api/auth/sign-out", browser, {
      origin: "https://app.example",
      "x-csrf-token": token,
    });
    expect(res.status).toBe(200);
  });

  it("accepts the address the request came to in development (no PUBLIC_ORIGIN)", async () => {
    const browser = await signedInBrowser();

    const res = await raw("/api/auth/sign-out", browser, {
      origin: "http://localhost",
      "x-csrf-token": await browser.csrfToken(),
    });

    expect(res.status).toBe(200);
  });
});
