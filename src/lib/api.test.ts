import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AnswerMismatchError, getBlob, getJson, query, sendForm, sendJson } from "./api";
import { z } from "./contract/zod";
import { ApiError, resetCsrfToken } from "./http";

type Call = { url: string; init: RequestInit };

const json = (body: unknown, status = 200, type = "application/json") =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": type } });

/** A fake server: answers the CSRF token's session request itself, the rest with `answer`. */
function fakeFetch(answer: (call: Call) => Response) {
  const calls: Call[] = [];
  const impl = vi.fn((url: string, init: RequestInit = {}) => {
    const call = { url, init };
    calls.push(call);
    if (url === "/api/auth/session") return Promise.resolve(json({ account: null, csrfToken: "token-1" }));
    return Promise.resolve(answer(call));
  });
  vi.stubGlobal("fetch", impl);
  return calls;
}

const headersOf = (call: Call) => new Headers(call.init.headers);
const apiCalls = (calls: Call[]) => calls.filter((call) => call.url !== "/api/auth/session");

const itemSchema = z.object({ id: z.string(), count: z.number().default(0) });

beforeEach(() => resetCsrfToken());
afterEach(() => vi.unstubAllGlobals());

describe("getJson", () => {
  it("answers what the schema made of the JSON, asked for JSON and past the HTTP cache", async () => {
    const calls = fakeFetch(() => json({ id: "a", extra: "dropped" }));
    await expect(getJson("/api/items/a", itemSchema)).resolves.toEqual({ id: "a", count: 0 });
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.init.method ?? "GET").toBe("GET");
    expect(call?.init.cache).toBe("no-store");
    expect(headersOf(call!).get("Accept")).toBe("application/json");
    // A read needs no CSRF token: no session request, no header.
    expect(headersOf(call!).has("X-CSRF-Token")).toBe(false);
  });

  it("refuses an answer that does not fit the contract, naming the path but no value", async () => {
    fakeFetch(() => json({ id: 42, secret: "x" }));
    const error: unknown = await getJson("/api/items/a", itemSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnswerMismatchError);
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as AnswerMismatchError).issues.map((issue) => issue.path.join("."))).toEqual(["id"]);
    expect((error as Error).message).toContain("/api/items/a");
    expect((error as Error).message).not.toContain("42");
  });

  it("turns a problem+json refusal into ApiError with the server's code and faults", async () => {
    fakeFetch(() =>
      json(
        {
          type: "about:blank",
          title: "Not yours",
          status: 403,
          code: "forbidden",
          errors: [{ path: "id", message: "not yours" }],
        },
        403,
        "application/problem+json",
      ),
    );
    const error: unknown = await getJson("/api/items/a", itemSchema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 403,
      code: "forbidden",
      faults: [{ path: "id", message: "not yours" }],
    });
  });

  it("passes the caller's headers and deadline on", async () => {
    const calls = fakeFetch(() => json({ id: "a" }));
    const deadline = new AbortController().signal;
    await getJson("/api/items/a", itemSchema, { headers: { "X-Push-Token": "t" }, signal: deadline });
    expect(headersOf(calls[0]!).get("X-Push-Token")).toBe("t");
    expect(calls[0]?.init.signal).toBe(deadline);
  });
});

describe("sendJson", () => {
  it("sends the body as JSON with the session's CSRF token and parses the answer", async () => {
    const calls = fakeFetch(() => json({ id: "b", count: 2 }, 201));
    await expect(sendJson("PUT", "/api/items/b", { name: "B" }, itemSchema)).resolves.toEqual({
      id: "b",
      count: 2,
    });
    const [write] = apiCalls(calls);
    expect(write?.init.method).toBe("PUT");
    expect(write?.init.body).toBe(JSON.stringify({ name: "B" }));
    expect(write?.init.cache).toBe("no-store");
    const headers = headersOf(write!);
    expect(headers.get("X-CSRF-Token")).toBe("token-1");
    expect(headers.get("Content-Type")).toBe("application/json");
    expect(headers.get("Accept")).toBe("application/json");
  });

  it("without a schema does not read the answer (204 No Content)", async () => {
    fakeFetch(() => new Response(null, { status: 204 }));
    await expect(sendJson("DELETE", "/api/items/b", {})).resolves.toBeUndefined();
  });

  it("sends no body and no Content-Type when the body is undefined", async () => {
    const calls = fakeFetch(() => new Response(null, { status: 204 }));
    await sendJson("DELETE", "/api/items/b", undefined);
    const [write] = apiCalls(calls);
    expect(write?.init.body).toBeUndefined();
    expect(headersOf(write!).has("Content-Type")).toBe(false);
    expect(headersOf(write!).get("X-CSRF-Token")).toBe("token-1");
  });

  it("refuses a write's answer that does not fit the contract", async () => {
    fakeFetch(() => json({ count: 1 }));
    await expect(sendJson("POST", "/api/items", {}, itemSchema)).rejects.toBeInstanceOf(AnswerMismatchError);
  });

  it("fetches a new token once when the server refuses the old one", async () => {
    let refused = false;
    const calls = fakeFetch(() => {
      if (refused) return json({ id: "c" });
      refused = true;
      return json({ title: "CSRF", status: 403, code: "csrf_failed" }, 403, "application/problem+json");
    });
    await expect(sendJson("POST", "/api/items", {}, itemSchema)).resolves.toEqual({ id: "c", count: 0 });
    expect(calls.filter((call) => call.url === "/api/auth/session")).toHaveLength(2);
  });
});

describe("sendForm", () => {
  it("posts the form as it is, with the CSRF token, and parses the answer", async () => {
    const calls = fakeFetch(() => json({ id: "d" }, 201));
    const form = new FormData();
    form.append("file", new Blob(["x"]), "x.pdf");
    await expect(sendForm("/api/items/d/file", form, itemSchema)).resolves.toEqual({ id: "d", count: 0 });
    const [upload] = apiCalls(calls);
    expect(upload?.init.method).toBe("POST");
    expect(upload?.init.body).toBe(form);
    // The browser writes the multipart Content-Type with its boundary.
    expect(headersOf(upload!).has("Content-Type")).toBe(false);
    expect(headersOf(upload!).get("X-CSRF-Token")).toBe("token-1");
  });
});

describe("getBlob", () => {
  it("answers the bytes, past the HTTP cache", async () => {
    const calls = fakeFetch(() => new Response("%PDF", { headers: { "Content-Type": "application/pdf" } }));
    const blob = await getBlob("/api/files/1");
    expect(await blob.text()).toBe("%PDF");
    expect(calls[0]?.init.cache).toBe("no-store");
  });
});

describe("query", () => {
  it("leaves out undefined values and encodes the rest", () => {
    expect(query({ q: "Müller & Co", limit: 20, actor: undefined })).toBe("q=M%C3%BCller+%26+Co&limit=20");
  });
});
