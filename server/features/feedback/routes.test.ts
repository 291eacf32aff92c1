// "Was this page helpful?" as the client's outbox sends it: exactly once, whatever the retries.
import { randomBytes, randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import v8 from "node:v8";
import vm from "node:vm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FEEDBACK_MAX_COMMENT } from "../../../src/lib/contract/feedback";
import { problemSchema } from "../../../src/lib/contract/problem";
import { createTestApp, databaseKind, type TestApp } from "../../testing/test-app";
import { TestClient } from "../../testing/test-client";
import { countFeedbackByClientId } from "./store";

let t: TestApp;
let browser: TestClient;

beforeEach(async () => {
  t = await createTestApp();
  browser = new TestClient(t);
});

afterEach(async () => {
  await t.close();
});

function feedback(overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    page: "/dienstleistungen/personalausweis",
    helpful: true,
    comment: "Alles gefunden, danke!",
    language: "de",
    ...overrides,
  };
}

const newKey = () => randomBytes(16).toString("base64url");

type PostOptions = { key?: string | null; contentType?: string | null; raw?: string };

/** POST /api/feedback: `body` is sent as JSON unless `raw` gives the exact body text. */
function post(body: unknown, { key = newKey(), contentType = "application/json", raw }: PostOptions = {}) {
  const headers: Record<string, string> = {};
  if (key !== null) headers["Idempotency-Key"] = key;
  if (contentType !== null) headers["Content-Type"] = contentType;
  return browser.fetch("/api/feedback", {
    method: "POST",
    headers,
    body: raw ?? JSON.stringify(body),
  });
}

async function expectProblem(res: Response, status: number, code: string) {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  expect(problemSchema.parse(JSON.parse(text)).code).toBe(code);
}

async function storedCount(clientId?: string): Promise<number> {
  const counts = await countFeedbackByClientId(t.db);
  if (clientId !== undefined) return counts.get(clientId) ?? 0;
  return [...counts.values()].reduce((sum, n) => sum + n, 0);
}

// Lets a test collect garbage now: some bugs only show once the server's objects are collected.
v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe(`POST /api/feedback (${databaseKind})`, () => {
  it("stores feedback and answers 201 with the new id", async () => {
    const body = feedback();
    const res = await post(body);

    expect(res.status).toBe(201);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("idempotent-replayed")).toBeNull();
    const answer = (await res.json()) as { id: string };
    expect(answer).toEqual({ id: expect.stringMatching(UUID) });
    expect(await storedCount(body.id)).toBe(1);
  });

  it("sends an answer the client can still read after garbage collection ran", async () => {
    const res = await post(feedback());
    for (let i = 0; i < 3; i++) {
      collectGarbage();
      await sleep(10);
    }
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ id: expect.stringMatching(UUID) });
  });

  it("stores feedback without a comment", async () => {
    const body = feedback({ comment: undefined, helpful: false, language: "en" });
    expect((await post(body)).status).toBe(201);
    expect(await storedCount(body.id)).toBe(1);
  });

  it("answers a retried request like the first one and stores it only once", async () => {
    const body = feedback();
    const key = newKey();
    const first = await post(body, { key });
    const firstText = await first.text();
    expect(first.status).toBe(201);

    const retry = await post(body, { key });

    expect(retry.status).toBe(201);
    expect(await retry.text()).toBe(firstText);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await storedCount(body.id)).toBe(1);
    expect(await storedCount()).toBe(1);
  });

  it("rejects a key reused for a different request with 422 and stores nothing new", async () => {
    const key = newKey();
    expect((await post(feedback(), { key })).status).toBe(201);

    const other = feedback({ helpful: false });
    await expectProblem(await post(other, { key }), 422, "idempotency_key_reused");
    expect(await storedCount(other.id)).toBe(0);
    expect(await storedCount()).toBe(1);
  });

  it("stores 10 concurrent identical requests once and gives them all the same answer", async () => {
    const body = feedback();
    const key = newKey();

    const responses = await Promise.all(Array.from({ length: 10 }, () => post(body, { key })));

    const answers = await Promise.all(responses.map((r) => r.text()));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(answers).size).toBe(1);
    expect(JSON.parse(answers[0]!)).toEqual({ id: expect.stringMatching(UUID) });
    const replayed = responses.filter((r) => r.headers.get("idempotent-replayed") === "true");
    expect(replayed).toHaveLength(9);
    expect(await storedCount(body.id)).toBe(1);
    expect(await storedCount()).toBe(1);
  });

  it("rejects the loser of two concurrent different requests with the same key with 422", async () => {
    const key = newKey();
    const [a, b] = [feedback(), feedback({ helpful: false })];

    const responses = await Promise.all([post(a, { key }), post(b, { key })]);

    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 422]);
    const loser = responses.find((r) => r.status === 422)!;
    await expectProblem(loser, 422, "idempotency_key_reused");
    expect(await storedCount()).toBe(1);
  });

  it("keeps requests with different keys apart", async () => {
    const a = await post(feedback());
    const b = await post(feedback());
    const [idA, idB] = [((await a.json()) as { id: string }).id, ((await b.json()) as { id: string }).id];
    expect(idA).not.toBe(idB);
    expect(await storedCount()).toBe(2);
  });

  it("requires an Idempotency-Key (400 idempotency_key_missing)", async () => {
    await expectProblem(await post(feedback(), { key: null }), 400, "idempotency_key_missing");
    expect(await storedCount()).toBe(0);
  });

  it.each([
    ["too short", "abc"],
    ["with characters outside base64url", "abcdefghijklmnop qrstuv"],
    ["too long", "a".repeat(129)],
  ])("rejects an Idempotency-Key %s with 400 validation_failed", async (_, key) => {
    await expectProblem(await post(feedback(), { key }), 400, "validation_failed");
    expect(await storedCount()).toBe(0);
  });

  const invalidBodies: [string, unknown, string][] = [
    ["a wrong type for helpful", feedback({ helpful: "yes" }), "validation_failed"],
    ["a number as comment", feedback({ comment: 42 }), "validation_failed"],
    ["an unknown field", feedback({ rating: 5 }), "validation_failed"],
    ["no id", feedback({ id: undefined }), "validation_failed"],
    ["no page", feedback({ page: undefined }), "validation_failed"],
    ["no helpful", feedback({ helpful: undefined }), "validation_failed"],
    ["no language", feedback({ language: undefined }), "validation_failed"],
    ["an id that is no UUID", feedback({ id: "feedback-1" }), "validation_failed"],
    ["a page that is no path", feedback({ page: "javascript:alert(1)" }), "validation_failed"],
    ["an unsupported language", feedback({ language: "fr" }), "validation_failed"],
    [
      `a comment over ${FEEDBACK_MAX_COMMENT} characters`,
      feedback({ comment: "x".repeat(FEEDBACK_MAX_COMMENT + 1) }),
      "validation_failed",
    ],
    ["an array", [feedback()], "validation_failed"],
    ["null", null, "validation_failed"],
    ["a string", "helpful", "validation_failed"],
  ];

  it.each(invalidBodies)("rejects a body with %s with 400 and stores nothing", async (_, body, code) => {
    await expectProblem(await post(body), 400, code);
    expect(await storedCount()).toBe(0);
  });

  it("accepts a comment of exactly the maximum length", async () => {
    const body = feedback({ comment: "x".repeat(FEEDBACK_MAX_COMMENT) });
    expect((await post(body)).status).toBe(201);
  });

  it("rejects malformed JSON with 400 malformed_json", async () => {
    await expectProblem(await post(undefined, { raw: '{"id": "' }), 400, "malformed_json");
    expect(await storedCount()).toBe(0);
  });

  it("rejects an empty body with 400 malformed_json", async () => {
    await expectProblem(await post(undefined, { raw: "" }), 400, "malformed_json");
    expect(await storedCount()).toBe(0);
  });

  it.each([
    ["text/plain", "text/plain"],
    ["form data", "application/x-www-form-urlencoded"],
    ["a type that merely starts with application/json", "application/jsonx"],
    ["no content type", null],
  ])("rejects %s with 415 unsupported_media_type", async (_, contentType) => {
    await expectProblem(await post(feedback(), { contentType }), 415, "unsupported_media_type");
    expect(await storedCount()).toBe(0);
  });

  it("rejects a body over 64 KiB with 413 payload_too_large", async () => {
    const body = feedback({ comment: "x".repeat(65 * 1024) });
    await expectProblem(await post(body), 413, "payload_too_large");
    expect(await storedCount()).toBe(0);
  });

  it("lets the client retry a rejected request with the same key once it is fixed", async () => {
    const key = newKey();
    const body = feedback();
    await expectProblem(await post({ ...body, helpful: "yes" }, { key }), 400, "validation_failed");

    const fixed = await post(body, { key });

    expect(fixed.status).toBe(201);
    expect(fixed.headers.get("idempotent-replayed")).toBeNull();
    expect(await storedCount(body.id)).toBe(1);
  });

  it("limits a client to 30 posts per window and then answers 429 with Retry-After", async () => {
    for (let i = 0; i < 30; i++) {
      const res = await post(feedback());
      expect(res.status, `post ${i + 1}`).toBe(201);
    }

    const limited = await post(feedback());

    await expectProblem(limited.clone(), 429, "rate_limited");
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(10 * 60);
    expect(await storedCount()).toBe(30);
  });
});
