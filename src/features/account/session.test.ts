// The chat's way to know who is signed in: the server alone, without the device database.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { AccountSummary } from "../../lib/contract/account";
import { resetCsrfToken } from "../../lib/http";
import type * as Session from "./session";

const PENDING_SIGN_OUT = "delmenhorst-pending-sign-out";
const resident: AccountSummary = {
  id: "acc-1",
  email: "ayla@example.org",
  role: "citizen",
  department: null,
  trustLevel: "basic",
  givenName: "Ayla",
  familyName: "Demir",
};

const stored = new Map<string, string>();
let signedIn: AccountSummary | null = null;
const calls: string[] = [];

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });

/** A fake server: the session says `signedIn`; a sign-out ends it. */
function fakeFetch(url: string, init: RequestInit = {}): Promise<Response> {
  calls.push(`${init.method ?? "GET"} ${url}`);
  if (url === "/api/auth/sign-out") {
    signedIn = null;
    return Promise.resolve(json({ account: null, csrfToken: "token-2" }));
  }
  return Promise.resolve(json({ account: signedIn, csrfToken: "token-1" }));
}

let session: typeof Session;

beforeAll(async () => {
  vi.stubGlobal("localStorage", {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
    removeItem: (key: string) => void stored.delete(key),
  });
  vi.stubGlobal("navigator", { onLine: true });
  vi.stubGlobal("fetch", vi.fn(fakeFetch));
  // Touching the device database would fail here: Dexie finds no IndexedDB.
  vi.stubGlobal("indexedDB", undefined);
  session = await import("./session");
});
afterAll(() => vi.unstubAllGlobals());
beforeEach(() => {
  stored.clear();
  calls.length = 0;
  resetCsrfToken();
});

describe("loadSessionOnline", () => {
  it("takes the account the server names, and leaves the stored session for the pages with personal data", async () => {
    signedIn = resident;
    await session.loadSessionOnline();
    expect(session.account()).toEqual(resident);
    expect(session.sessionKnown()).toBe(false);
    expect(calls).toEqual(["GET /api/auth/session"]);
  });

  it("sends a sign-out made offline first, so the chat does not show the account that signed out", async () => {
    signedIn = resident;
    stored.set(PENDING_SIGN_OUT, "/api/auth/sign-out");
    await session.loadSessionOnline();
    expect(calls.filter((call) => call.startsWith("POST"))).toEqual(["POST /api/auth/sign-out"]);
    expect(calls.at(-1)).toBe("GET /api/auth/session");
    expect(session.account()).toBeNull();
    expect(stored.has(PENDING_SIGN_OUT)).toBe(false);
  });
});
