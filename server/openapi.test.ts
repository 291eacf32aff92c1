// /api/openapi.json holds the server to its word: every route served under /api is in it, and every
// operation in it answers malformed, mistyped, oversized and hostile input with a 4xx problem+json,
// never a 5xx. The input is derived from each operation's own schemas, like a fuzzer would.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ProblemCode } from "../src/lib/contract/problem";
import { PROBLEM_CODES } from "../src/lib/contract/problem-codes";
import type { AccountTable } from "./db/schema";
import { insertAccount } from "./features/account/store";
import { hashPassword } from "./features/auth/passwords";
import { hashToken } from "./http/session";
import { signInDirectly, TEST_PASSWORD } from "./testing/accounts";
import {
  encodePart,
  FuzzFile,
  HOSTILE_STRINGS,
  hostileText,
  isRecord,
  MUTATIONS,
  mutate,
  RAW_PATH_SEGMENTS,
  RawJson,
  type Rng,
  sample,
  seededRng,
  toJsonText,
  uuid,
  withFreeText,
} from "./testing/fuzz-input";
import { type Operation, readOperations, toOpenApiPath } from "./testing/openapi-document";
import { createTestApp, databaseKind } from "./testing/test-app";
import { TestClient } from "./testing/test-client";

/** The same seed gives the same cases; FUZZ_SEED=<n> explores others. */
const SEED = Number(process.env.FUZZ_SEED ?? 18);
/**
 * Cases per operation: up to 16 fixed ones (broken JSON, wrong shapes and content types, oversized
 * and deep bodies, hostile and NUL free text, Idempotency-Key, hostile path and query) plus RANDOM_CASES drawn
 * from the schemas. The baseline goes to all three actors, every other case to one of them in turn:
 * about 25 requests per operation, some 3 000 for 120 operations (about 100 ms per operation on
 * SQLite on an idle core).
 */
const RANDOM_CASES = 10;
const MIN_OPERATIONS = 100;

const dataDir = mkdtempSync(join(tmpdir(), "delmenhorst-fuzz-"));
const t = await createTestApp({
  // Every request gets its own X-Forwarded-For, so that rate limits per address do not stop the
  // input before it reaches validation.
  TRUST_PROXY: "1",
  DATA_DIR: dataDir,
  MAP_CACHE_DIR: join(dataDir, "map-cache"),
  // Nothing listens on port 9 (discard): upstream calls fail at once instead of going out.
  MAP_STYLE_URL: "http://127.0.0.1:9/style.json",
  NINA_BASE_URL: "http://127.0.0.1:9",
});
afterAll(() => t.close());

const document: unknown = await (await t.app.request("/api/openapi.json")).json();
const { operations, resolve } = readOperations(document);
const documented = new Set(operations.map((o) => `${o.method} ${o.path}`));
const served = [
  ...new Set(
    t.app.routes
      // The health probes (/healthz, /readyz) are documented too, outside /api.
      .filter(
        (r) =>
          r.method !== "ALL" &&
          (r.path.startsWith("/api/") || r.path === "/healthz" || r.path === "/readyz") &&
          r.path !== "/api/openapi.json",
      )
      .map((r) => `${r.method} ${toOpenApiPath(r.path)}`),
  ),
];
const undocumented = served.filter((route) => !documented.has(route));

describe(`/api/openapi.json (${databaseKind})`, () => {
  it("lists every route served under /api", () => {
    expect(undocumented, "declare these routes with createRoute (server/http/openapi.ts)").toEqual([]);
  });

  it("lists only routes that are served", () => {
    const notServed = [...documented].filter((operation) => !served.includes(operation));
    expect(notServed, "the document names operations no route answers").toEqual([]);
  });

  it(`lists at least ${MIN_OPERATIONS} operations`, () => {
    const message = `${documented.size} operations documented; not yet: \n  ${undocumented.join("\n  ")}\n`;
    expect(documented.size, message).toBeGreaterThanOrEqual(MIN_OPERATIONS);
  });
});

// ---- Fuzzing every documented operation ----

/** What a request may carry (undici's BodyInit, which the node types do not name). */
type Body = NonNullable<RequestInit["body"]>;
type Actor = "anonymous" | "citizen" | "admin";
type FuzzCase = { label: string; url: string; headers: Record<string, string>; body?: Body };

const passwordHash = await hashPassword(TEST_PASSWORD);
let accounts = 0;
const makeAccount = (role: AccountTable["role"]) =>
  insertAccount(t.db, {
    email: `fuzz-${role}-${++accounts}@example.org`,
    password_hash: passwordHash,
    role,
    department: null,
    given_name: "Erika",
    family_name: `Fuzz${accounts}`,
    language: "de",
    birth_date: role === "citizen" ? "1980-02-03" : null,
    email_verified_at: new Date().toISOString(),
  });

let actors: Record<Actor, TestClient> | undefined;

/** The actors, signed in afresh when a case signed one out, disabled or deleted it. */
async function currentActors(): Promise<Record<Actor, TestClient>> {
  if (actors && (await stillSignedIn(actors))) return actors;
  actors = {
    anonymous: new TestClient(t),
    citizen: await signInDirectly(t, await makeAccount("citizen")),
    admin: await signInDirectly(t, await makeAccount("admin")),
  };
  return actors;
}

async function stillSignedIn(current: Record<Actor, TestClient>) {
  const hashes = [current.citizen, current.admin].map((c) => hashToken(c.cookies.get("dm_session") ?? ""));
  const rows = await t.db
    .selectFrom("sessions")
    .innerJoin("accounts", "accounts.id", "sessions.account_id")
    .select("accounts.role")
    .where("sessions.id_hash", "in", hashes)
    .where("accounts.disabled_at", "is", null)
    .execute();
  return (
    rows
      .map((row) => row.role)
      .sort()
      .join() === "admin,citizen"
  );
}

const idempotencyParameter = (o: Operation) =>
  o.parameters.find((p) => p.in === "header" && p.name.toLowerCase() === "idempotency-key");

/** A request that fits the operation as far as the generator can tell; cases break one part of it. */
function baseline(o: Operation, rng: Rng) {
  const pathValues: Record<string, string> = {};
  const query: [string, string][] = [];
  const headers: Record<string, string> = {};
  for (const p of o.parameters) {
    const value = sample(p.schema, resolve, rng);
    const text = typeof value === "string" ? value : JSON.stringify(value);
    if (p.in === "path") pathValues[p.name] = encodePart(text);
    else if (p.in === "query" && (p.required || rng.chance(0.5))) query.push([p.name, encodePart(text)]);
    else if (p.in === "header") headers[p.name] = text;
  }
  if (idempotencyParameter(o)) headers["idempotency-key"] = `fuzz-${uuid(rng)}`;
  const body = o.bodies[0];
  return {
    pathValues,
    query,
    headers,
    body: body && {
      mediaType: body.mediaType,
      schema: body.schema,
      value: sample(body.schema, resolve, rng),
    },
  };
}
type Baseline = ReturnType<typeof baseline>;

function urlOf(o: Operation, pathValues: Record<string, string>, query: [string, string][]) {
  const path = o.path.replace(/\{([^}]+)\}/g, (_, name: string) => pathValues[name] ?? "x");
  return query.length ? `${path}?${query.map(([k, v]) => `${encodePart(k)}=${v}`).join("&")}` : path;
}

/** A body in the operation's media type: JSON text, a multipart form, or plain bytes. */
function encodeBody(mediaType: string, value: unknown): { body?: Body; contentType?: string } {
  if (value === undefined) return {};
  if (mediaType.includes("json")) return { body: toJsonText(value), contentType: mediaType };
  if (mediaType.startsWith("multipart/form-data")) {
    const form = new FormData();
    const entries: [string, unknown][] =
      value !== null && typeof value === "object" && !Array.isArray(value)
        ? Object.entries(value)
        : [["value", value]];
    for (const [key, part] of entries) {
      // A form has no types: numbers, objects and nulls go as their JSON text.
      if (part instanceof FuzzFile)
        form.append(key, new File([new Uint8Array(part.bytes)], part.name, { type: part.type }));
      else if (typeof part === "string") form.append(key, part);
      else if (part instanceof RawJson) form.append(key, part.text);
      else if (part !== undefined) form.append(key, JSON.stringify(part) ?? "");
    }
    return { body: form };
  }
  return {
    body: new TextEncoder().encode(typeof value === "string" ? value : toJsonText(value)),
    contentType: mediaType,
  };
}

function caseOf(
  o: Operation,
  label: string,
  b: Baseline,
  body?: { value: unknown } | { raw: Body; contentType?: string },
): FuzzCase {
  const headers = { ...b.headers };
  let encoded: { body?: Body; contentType?: string } = {};
  if (body && "raw" in body) encoded = { body: body.raw, contentType: body.contentType };
  else if (body && b.body) encoded = encodeBody(b.body.mediaType, body.value);
  else if (b.body) encoded = encodeBody(b.body.mediaType, b.body.value);
  if (encoded.contentType) headers["content-type"] = encoded.contentType;
  return { label, url: urlOf(o, b.pathValues, b.query), headers, body: encoded.body };
}

const MALFORMED_JSON = [
  "{",
  '{"a":',
  "{'a':1}",
  "nul",
  '{"a":1}}',
  "\u0000",
  "[1,2,",
  '{"a":NaN}',
  "\uFEFF{}",
  "",
  "undefined",
];
const WRONG_SHAPES: [string, string][] = [
  ["an array", "[]"],
  ["a string", '"x"'],
  ["null", "null"],
  ["a number", "42"],
];
const WRONG_CONTENT_TYPES = [
  "text/plain",
  "application/x-www-form-urlencoded",
  "application/jsonx",
  "application/json; charset=utf-16",
  "multipart/form-data",
  "application/xml",
];

/** The fixed cases: broken envelopes every route must survive, whatever its schema. */
function fixedCases(o: Operation, rng: Rng): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const b = () => baseline(o, rng);
  cases.push(caseOf(o, "baseline", b()));
  if (o.bodies.length) {
    const json = o.bodies.some((body) => body.mediaType.includes("json"));
    const jsonType = { contentType: "application/json" };
    const text = rng.pick(MALFORMED_JSON);
    cases.push(caseOf(o, `malformed JSON ${JSON.stringify(text)}`, b(), { raw: text, ...jsonType }));
    if (json) {
      for (const [name, shape] of [rng.pick(WRONG_SHAPES), rng.pick(WRONG_SHAPES)])
        cases.push(caseOf(o, `body is ${name}`, b(), { raw: shape, ...jsonType }));
    }
    const type = rng.pick(WRONG_CONTENT_TYPES);
    cases.push(caseOf(o, `content-type ${type}`, b(), { raw: '{"a":1}', contentType: type }));
    cases.push(caseOf(o, "no content-type", b(), { raw: new TextEncoder().encode('{"a":1}') }));
    cases.push(
      caseOf(o, "oversized body (70 KiB)", b(), {
        raw: JSON.stringify({ filler: "x".repeat(70 * 1024) }),
        ...jsonType,
      }),
    );
    // Every optional field present, each free-text field with hostile text that fits its limits.
    for (const [name, text] of [
      ["hostile text", hostileText],
      ["NUL", () => "a\u0000b"],
    ] as const) {
      const full = b();
      const value = full.body && sample(full.body.schema, resolve, rng, 0, 1);
      const changed = full.body && withFreeText(value, full.body.schema, resolve, text);
      if (changed) cases.push(caseOf(o, `${name} in ${changed.where}`, full, { value: changed.value }));
    }
    cases.push(
      caseOf(o, "deeply nested", b(), { raw: `${'{"a":'.repeat(5_000)}1${"}".repeat(5_000)}`, ...jsonType }),
    );
  } else if (o.method !== "GET") {
    cases.push(
      caseOf(o, "unexpected body", b(), {
        raw: '{"__proto__":{"polluted":"yes"}}',
        contentType: "application/json",
      }),
    );
  }
  if (idempotencyParameter(o)) {
    const without = b();
    delete without.headers["idempotency-key"];
    cases.push(caseOf(o, "without Idempotency-Key", without));
    const hostile = b();
    hostile.headers["idempotency-key"] = rng.pick([
      "short",
      "x".repeat(10_000),
      "a b c d e f g h i j",
      "ÄÖÜäöüßÄÖÜäöüß-xx",
    ]);
    cases.push(caseOf(o, "bad Idempotency-Key", hostile));
  }
  const unknownQuery = b();
  unknownQuery.query.push(["__proto__[polluted]", "yes"], ["constructor[prototype][polluted]", "yes"]);
  for (const [name] of [...unknownQuery.query])
    unknownQuery.query.push([name, encodePart(rng.pick(HOSTILE_STRINGS))]);
  cases.push(caseOf(o, "unknown and repeated query parameters", unknownQuery));
  for (const p of o.parameters.filter((parameter) => parameter.in === "path")) {
    const hostile = b();
    const segment = rng.pick(RAW_PATH_SEGMENTS);
    hostile.pathValues[p.name] = segment;
    cases.push(caseOf(o, `path {${p.name}} = ${segment.slice(0, 24)}`, hostile));
  }
  const pathNames = Object.keys(b().pathValues);
  if (pathNames.length) {
    // PostgreSQL refuses U+0000 in text: every parameter holding one must stop before the database.
    const nul = b();
    for (const name of pathNames) nul.pathValues[name] = "a%00b";
    cases.push(caseOf(o, "NUL in every path parameter", nul));
  }
  return cases;
}

const BAD_QUERY_VALUES = [
  "",
  "-1",
  "0",
  "1e999",
  "NaN",
  "Infinity",
  "0x10",
  "[]",
  "{}",
  "true",
  "%",
  "%FF",
  "x".repeat(10_000),
];

/** One random case: one part of a fitting request broken by one mutation. */
function randomCase(o: Operation, rng: Rng): FuzzCase {
  const b = baseline(o, rng);
  const queryParameters = o.parameters.filter((p) => p.in === "query");
  const pathParameters = o.parameters.filter((p) => p.in === "path");
  const targets = [
    ...(b.body ? ["body", "body", "body", "body"] : []),
    ...(queryParameters.length ? ["query", "query"] : []),
    ...(pathParameters.length ? ["path"] : []),
  ];
  const target = targets.length ? rng.pick(targets) : "query";
  const mutation = rng.pick(MUTATIONS);
  if (target === "body" && b.body) {
    const { value, where } = mutate(b.body.value, b.body.schema, resolve, rng, mutation);
    return caseOf(o, `body ${where}: ${mutation}`, b, { value });
  }
  if (target === "path") {
    const p = rng.pick(pathParameters);
    const value =
      mutation === "far too long" ? "x".repeat(100_000) : rng.pick([...HOSTILE_STRINGS, "0", "-1", "1e999"]);
    b.pathValues[p.name] = encodePart(value);
    return caseOf(o, `path {${p.name}} = ${JSON.stringify(value.slice(0, 24))}`, b);
  }
  const p = queryParameters.length
    ? rng.pick(queryParameters)
    : { name: rng.pick(["limit", "since", "q", "page"]) };
  const rest = b.query.filter(([name]) => name !== p.name);
  const value =
    mutation === "hostile string" ? encodePart(rng.pick(HOSTILE_STRINGS)) : rng.pick(BAD_QUERY_VALUES);
  const repeated = rng.chance(0.2) ? [[p.name, "1"] as [string, string]] : [];
  b.query = mutation === "missing" ? rest : [...rest, [p.name, value], ...repeated];
  return caseOf(o, `query ${p.name} = ${mutation === "missing" ? "(missing)" : value.slice(0, 24)}`, b);
}

function casesFor(o: Operation): FuzzCase[] {
  // One generator per operation: its cases stay the same when operations are added elsewhere.
  const rng = seededRng(SEED ^ hash(`${o.method} ${o.path}`));
  return [...fixedCases(o, rng), ...Array.from({ length: RANDOM_CASES }, () => randomCase(o, rng))];
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** What is wrong with an answer, or undefined when it keeps the promise. */
async function judge(o: Operation, response: Response): Promise<string | undefined> {
  if (response.ok && (response.headers.get("content-type") ?? "").startsWith("text/event-stream")) {
    // A stream that was let in (the agents' waiting list, once a fuzzed request put the admin on
    // duty) stays open: its status and headers are the answer.
    await response.body?.cancel();
    return undefined;
  }
  const text = await response.text();
  const { status } = response;
  // Upstream and storage troubles (502, 503, 504, 507) are fine where the operation declares them.
  if (status >= 500 && (status === 500 || !o.statuses.includes(String(status)))) {
    return `${status} ${text.slice(0, 300)}`;
  }
  if (status < 400 || status >= 500) return undefined;
  const type = response.headers.get("content-type") ?? "";
  if (!type.startsWith("application/problem+json")) return `${status} with Content-Type "${type}"`;
  let code: unknown;
  try {
    const body: unknown = JSON.parse(text);
    code = body !== null && typeof body === "object" && "code" in body ? body.code : undefined;
  } catch {
    return `${status} problem+json that is not JSON: ${text.slice(0, 200)}`;
  }
  if (!(PROBLEM_CODES as readonly unknown[]).includes(code))
    return `${status} with unknown code ${String(code)}`;
  return undefined;
}

const ACTORS = ["admin", "citizen", "anonymous"] as const;
/** Who sends each case after the baseline (which all three send): the admin gets past every guard. */
const ACTOR_TURNS: readonly Actor[] = ["admin", "anonymous", "admin", "citizen"];
const CONCURRENCY = 4;

async function inParallel<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++] as T);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

let addresses = 0;
const nextAddress = () => {
  addresses++;
  return `10.${(addresses >> 16) & 255}.${(addresses >> 8) & 255}.${addresses & 255}`;
};

describe(`every documented operation survives fuzzed input (${databaseKind}, seed ${SEED})`, () => {
  for (const o of operations) {
    it(`${o.method} ${o.path}`, { timeout: 30_000 }, async () => {
      const actors = await currentActors();
      const requests = casesFor(o).flatMap((c, index) =>
        (index === 0 ? ACTORS : [ACTOR_TURNS[index % ACTOR_TURNS.length] ?? "admin"]).map((actor) => ({
          c,
          actor,
        })),
      );
      const failures: string[] = [];
      // A few at a time: PostgreSQL answers each in a round trip, in which the next ones can start.
      await inParallel(requests, CONCURRENCY, async ({ c, actor }) => {
        const response = await actors[actor].fetch(c.url, {
          method: o.method,
          headers: { ...c.headers, "x-forwarded-for": nextAddress() },
          body: c.body,
        });
        const wrong = await judge(o, response);
        if (wrong) failures.push(`${actor} [${c.label}] ${c.url.slice(0, 120)}: ${wrong}`);
      });
      expect(failures, `${failures.length} of ${requests.length} answers broke the promise`).toEqual([]);
    });
  }

  it("leaves Object.prototype alone", () => {
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(Object.prototype).not.toHaveProperty("isAdmin");
  });
});

// ---- Edges every operation answers alike ----

/** The longest path parameter a route takes without its own limit (idParam, server/http/openapi.ts). */
const PATH_PARAMETER_MAX = 200;

type EdgeCase = FuzzCase & { expected: { status: number; code: ProblemCode } };

const maxLengthOf = (schema: unknown) => {
  const s = resolve(schema);
  return typeof s.maxLength === "number" ? s.maxLength : undefined;
};
const takesMany = (schema: unknown) => resolve(schema).type === "array";

/**
 * Inputs whose answer is fixed whatever the operation: a query key given twice where the schema
 * expects one value (400), a path parameter longer than its limit (400), a body typed as something
 * that merely starts with application/json (415).
 */
function edgeCases(o: Operation): EdgeCase[] {
  const rng = seededRng(SEED ^ hash(`edges ${o.method} ${o.path}`));
  const invalid = { status: 400, code: "validation_failed" } as const;
  const cases: EdgeCase[] = [];
  for (const p of o.parameters.filter((q) => q.in === "query" && !takesMany(q.schema))) {
    const b = baseline(o, rng);
    const value = sample(p.schema, resolve, rng);
    const text = encodePart(typeof value === "string" ? value : JSON.stringify(value));
    b.query = [...b.query.filter(([name]) => name !== p.name), [p.name, text], [p.name, text]];
    cases.push({ ...caseOf(o, `query ${p.name} given twice`, b), expected: invalid });
  }
  // A path parameter out of a fixed list (a map layer) names nothing when it is not in it: 404.
  for (const p of o.parameters.filter((q) => q.in === "path" && !Array.isArray(resolve(q.schema).enum))) {
    const b = baseline(o, rng);
    const length = (maxLengthOf(p.schema) ?? PATH_PARAMETER_MAX) + 1;
    b.pathValues[p.name] = "x".repeat(length);
    cases.push({ ...caseOf(o, `path {${p.name}} of ${length} characters`, b), expected: invalid });
  }
  if (o.bodies.some((body) => body.mediaType === "application/json")) {
    const b = baseline(o, rng);
    const body = { raw: toJsonText(b.body?.value ?? {}), contentType: "application/jsonx" };
    cases.push({
      ...caseOf(o, "content-type application/jsonx", b, body),
      expected: { status: 415, code: "unsupported_media_type" },
    });
  }
  return cases;
}

/** The problem code of an answer, or undefined when it is no problem+json. */
async function problemCodeOf(response: Response): Promise<unknown> {
  if (!(response.headers.get("content-type") ?? "").startsWith("application/problem+json")) return undefined;
  const body: unknown = await response.json().catch(() => undefined);
  return isRecord(body) ? body.code : undefined;
}

describe(`every documented operation answers the edges alike (${databaseKind})`, () => {
  for (const o of operations) {
    const cases = edgeCases(o);
    if (!cases.length) continue;
    it(`${o.method} ${o.path}`, { timeout: 30_000 }, async () => {
      const actors = await currentActors();
      const failures: string[] = [];
      for (const c of cases) {
        const answers: { actor: Actor; status: number; code: unknown }[] = [];
        for (const actor of ACTORS) {
          const response = await actors[actor].fetch(c.url, {
            method: o.method,
            headers: { ...c.headers, "x-forwarded-for": nextAddress() },
            body: c.body,
          });
          answers.push({ actor, status: response.status, code: await problemCodeOf(response) });
        }
        const expected = (a: (typeof answers)[number]) =>
          a.status === c.expected.status && a.code === c.expected.code;
        // Whoever the operation lets in gets the answer; the others are refused for who they are.
        const refused = (a: (typeof answers)[number]) =>
          [401, 403].includes(a.status) && a.code !== undefined;
        if (!answers.some(expected) || !answers.every((a) => expected(a) || refused(a))) {
          const got = answers.map((a) => `${a.actor} ${a.status} ${String(a.code)}`).join(", ");
          failures.push(`[${c.label}] want ${c.expected.status} ${c.expected.code}, got ${got}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
