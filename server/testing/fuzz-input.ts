// Input a fuzzer would send, derived from the JSON schemas of /api/openapi.json: first a sample that
// fits a schema, then one part of it broken (wrong type, missing, null, far too long, hostile).
// Everything draws from one seeded generator, so that a failing run can be repeated exactly.

/** A seeded pseudo-random generator (mulberry32: small, fast, good enough for picking cases). */
export type Rng = {
  next: () => number;
  /** An integer in [0, n). */
  int: (n: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (p: number) => boolean;
};

export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[int(items.length)] as T;
    },
    chance: (p) => next() < p,
  };
}

/** A JSON schema node as the document has it (OpenAPI 3.1 uses JSON Schema 2020-12). */
export type Schema = { readonly [key: string]: unknown };

export const isRecord = (value: unknown): value is Schema =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Follows `$ref`s into the document's components. */
export type Resolve = (schema: unknown) => Schema;

export function resolverFor(document: unknown): Resolve {
  const resolve: Resolve = (schema) => {
    if (!isRecord(schema)) return {};
    const ref = schema.$ref;
    if (typeof ref !== "string") return schema;
    let node: unknown = document;
    for (const part of ref.replace(/^#\//, "").split("/")) node = isRecord(node) ? node[part] : undefined;
    return resolve(node);
  };
  return resolve;
}

/** Strings that broke servers before: SQL and path injection, NUL, prototype keys, bidi and emoji. */
export const HOSTILE_STRINGS: readonly string[] = [
  "' OR 1=1 --",
  "'; DROP TABLE accounts; --",
  "../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "a\u0000b",
  "\u0000",
  "__proto__",
  "constructor",
  "prototype",
  "\u202Efdp.exe",
  "مرحبا بالعالم",
  "😀👩‍👩‍👧‍👦🇩🇪",
  "\uD800",
  "<script>alert(1)</script>",
  "${7*7}{{7*7}}",
  "%00%2e%2e%2f",
  "\r\nSet-Cookie: x=1",
  " ",
  "",
  "null",
  "-1",
  "NaN",
  "Infinity",
  "1e999",
  "9".repeat(400),
  "ｆｕｌｌｗｉｄｔｈ",
  "Z\u0364\u0351\u0313a\u0308\u0356\u032d",
];

/**
 * All of HOSTILE_STRINGS' troubles in one text, cut to the field's maxLength and padded to its
 * minLength, so that it passes validation and reaches the handler and the database.
 */
export function hostileText(schema: Schema): string {
  const all = "' OR 1=1 -- ../../etc/passwd <script>x</script> \u202E\u0645\u0631 😀👩‍👩‍👧‍👦 __proto__ ${7*7} %00";
  const max = num(schema.maxLength) ?? all.length;
  const min = num(schema.minLength) ?? 0;
  return Array.from(all).slice(0, max).join("").padEnd(min, "x");
}

/** A number written into the JSON text as it stands (JSON.stringify cannot write 1e999 or -0). */
export class RawJson {
  constructor(readonly text: string) {}
}

const RAW_NUMBERS = ["1e999", "-1e999", "1e-999", "-0", "123456789012345678901234567890", "0.0000001"];
const EDGE_NUMBERS = [-1, 0, 0.5, -2147483649, 2147483648, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308];

/** JSON text of a value; RawJson parts are written as they are. */
export function toJsonText(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, part: unknown) => {
    if (!(part instanceof RawJson)) return part;
    raws.push(part.text);
    return `\u0001raw${raws.length - 1}\u0001`;
  });
  return (text ?? "null").replace(
    /"\\u0001raw(\d+)\\u0001"/g,
    (_, index: string) => raws[Number(index)] ?? "0",
  );
}

const typeOf = (schema: Schema): string | undefined => {
  const type = schema.type;
  if (Array.isArray(type)) return type.find((t) => t !== "null");
  if (typeof type === "string") return type;
  if (isRecord(schema.properties)) return "object";
  if (schema.items !== undefined) return "array";
  return undefined;
};

const num = (value: unknown): number | undefined => (typeof value === "number" ? value : undefined);

/** Candidates for strings with a `pattern`: the first that matches is used. */
const PATTERN_CANDIDATES = [
  "abc",
  "abc-def",
  "/",
  "/de",
  "12345",
  "ABC",
  "04221 99-0",
  "2026-05-04",
  "10:00",
  "0-255",
  "a1b2c3d4e5f6a7b8.1",
  "DE89370400440532013000",
];

/** A file for multipart bodies (a PDF header, then whatever). */
export class FuzzFile {
  constructor(
    readonly name: string,
    readonly type: string,
    readonly bytes: Uint8Array,
  ) {}
}

function sampleString(schema: Schema, rng: Rng): unknown {
  const min = num(schema.minLength) ?? 0;
  const max = num(schema.maxLength) ?? min + 12;
  switch (schema.format) {
    case "uuid":
      return uuid(rng);
    case "date":
      return "2026-05-04";
    case "date-time":
      return "2026-05-04T08:30:00.000Z";
    case "email":
      return `erika${rng.int(1000)}@example.org`;
    case "uri":
    case "url":
      return "https://example.org/";
    case "binary":
      return new FuzzFile("bescheid.pdf", "application/pdf", new TextEncoder().encode("%PDF-1.4\n%%EOF\n"));
  }
  if (typeof schema.pattern === "string") {
    let pattern: RegExp | undefined;
    try {
      pattern = new RegExp(schema.pattern, "u");
    } catch {
      pattern = undefined;
    }
    const fits = PATTERN_CANDIDATES.find((c) => pattern?.test(c) && c.length >= min && c.length <= max);
    if (fits) return fits;
  }
  const length = Math.min(max, min + 1 + rng.int(8));
  return Array.from({ length }, () => "abcdefghijklmnopqrstuvwxyz"[rng.int(26)]).join("");
}

export function uuid(rng: Rng): string {
  const hex = () => rng.int(16).toString(16);
  const part = (n: number) => Array.from({ length: n }, hex).join("");
  return `${part(8)}-${part(4)}-4${part(3)}-a${part(3)}-${part(12)}`;
}

/** A value that fits the schema, as far as a small generator can tell (patterns are guessed). */
export function sample(schema: unknown, resolve: Resolve, rng: Rng, depth = 0, optional = 0.6): unknown {
  const s = resolve(schema);
  if ("const" in s) return s.const;
  if (Array.isArray(s.enum) && s.enum.length) return rng.pick(s.enum);
  if (s.default !== undefined && rng.chance(0.2)) return s.default;
  const choices = Array.isArray(s.oneOf) ? s.oneOf : Array.isArray(s.anyOf) ? s.anyOf : undefined;
  if (choices?.length) return sample(rng.pick(choices), resolve, rng, depth + 1, optional);
  if (Array.isArray(s.allOf)) {
    const parts = s.allOf.map((part) => sample(part, resolve, rng, depth + 1, optional));
    return parts.every(isRecord) ? Object.assign({}, ...parts) : parts[0];
  }
  if (depth > 8) return null;
  switch (typeOf(s)) {
    case "string":
      return sampleString(s, rng);
    case "integer":
    case "number": {
      const min = num(s.minimum) ?? (num(s.exclusiveMinimum) ?? -1) + 1;
      const max = num(s.maximum) ?? min + 100;
      const value = min + rng.next() * Math.max(0, max - min);
      return typeOf(s) === "integer" ? Math.floor(value) : value;
    }
    case "boolean":
      return rng.chance(0.5);
    case "null":
      return null;
    case "array": {
      const min = num(s.minItems) ?? 0;
      const max = Math.min(num(s.maxItems) ?? min + 2, min + 2);
      const length = min + rng.int(max - min + 1);
      return Array.from({ length }, () => sample(s.items, resolve, rng, depth + 1, optional));
    }
    case "object": {
      const required = Array.isArray(s.required) ? s.required : [];
      const result: Record<string, unknown> = {};
      const properties = isRecord(s.properties) ? s.properties : {};
      for (const [key, property] of Object.entries(properties)) {
        if (required.includes(key) || rng.chance(optional)) {
          result[key] = sample(property, resolve, rng, depth + 1, optional);
        }
      }
      return result;
    }
    default:
      return "x";
  }
}

/** One place inside a value: how to reach it, and the schema it should fit. */
type Spot = { path: (string | number)[]; schema: Schema; inObject: boolean };

function spots(value: unknown, schema: unknown, resolve: Resolve, path: (string | number)[] = []): Spot[] {
  let s = resolve(schema);
  const choices = Array.isArray(s.oneOf) ? s.oneOf : Array.isArray(s.anyOf) ? s.anyOf : undefined;
  if (choices?.length) s = resolve(choices[0]);
  const here: Spot = { path, schema: s, inObject: typeof path.at(-1) === "string" };
  if (Array.isArray(value)) {
    return [here, ...value.flatMap((item, i) => spots(item, s.items, resolve, [...path, i]))];
  }
  if (isRecord(value) && !(value instanceof FuzzFile)) {
    const properties = isRecord(s.properties) ? s.properties : {};
    return [
      here,
      ...Object.entries(value).flatMap(([key, item]) =>
        spots(item, properties[key], resolve, [...path, key]),
      ),
    ];
  }
  return [here];
}

/** A value of some other type than the schema asks for. */
function wrongType(schema: Schema, rng: Rng): unknown {
  const others: Record<string, unknown[]> = {
    string: [12345, true, {}, [], [["nested"]]],
    integer: ["12", 1.5, true, {}, [], "1e3"],
    number: ["12", true, {}, [], "NaN"],
    boolean: ["true", 1, 0, "yes", {}],
    array: ["x", {}, 1, { 0: "a", length: 1 }],
    object: ["x", [], 1, true],
  };
  return rng.pick(others[typeOf(schema) ?? "string"] ?? others.string ?? []);
}

/** Far too long: past maxLength, and past what a database column or a log line expects. */
function tooLong(schema: Schema, rng: Rng): unknown {
  const max = num(schema.maxLength);
  const lengths = [10_000, 30_000, 60_000, 100_000, ...(max === undefined ? [] : [max + 1])];
  const length = rng.pick(lengths);
  if (typeOf(schema) === "array") return Array.from({ length: Math.min(length, 20_000) }, (_, i) => i);
  return rng.pick(["x", "ä", "😀", "'"]).repeat(length);
}

function badNumber(rng: Rng): unknown {
  return rng.chance(0.4) ? new RawJson(rng.pick(RAW_NUMBERS)) : rng.pick(EDGE_NUMBERS);
}

/** Own keys "__proto__" and "constructor" (JSON.parse makes them own keys too). */
function pollutingObject(): Record<string, unknown> {
  const object: Record<string, unknown> = { constructor: { prototype: { polluted: "yes" } } };
  Object.defineProperty(object, "__proto__", {
    value: { polluted: "yes", isAdmin: true },
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return object;
}

export const MUTATIONS = [
  "wrong type",
  "missing",
  "null",
  "far too long",
  "hostile string",
  "bad number",
  "prototype keys",
  "bad format",
  "hostile free text",
] as const;
export type Mutation = (typeof MUTATIONS)[number];

function badFormat(schema: Schema, rng: Rng): unknown {
  switch (schema.format) {
    case "uuid":
      return rng.pick(["00000000-0000-0000-0000-00000000000g", "not-a-uuid", uuid(rng).toUpperCase() + "0"]);
    case "date":
      return rng.pick(["2026-02-30", "9999-99-99", "0000-00-00", "26-5-4", "2026-05-04T00:00:00Z"]);
    case "date-time":
      return rng.pick([
        "2026-13-01T25:61:00Z",
        "yesterday",
        "2026-03-29T02:30:00",
        "+275760-09-13T00:00:00.000Z",
      ]);
    case "email":
      return rng.pick([
        "@",
        "a@b",
        "erika@@example.org",
        "a".repeat(300) + "@example.org",
        "erika@example.org\n",
      ]);
  }
  return rng.pick(["", " ", "\t\n", rng.pick(HOSTILE_STRINGS)]);
}

/** `value` with one spot broken by `mutation` (the root, when it picks no deeper spot). */
export function mutate(value: unknown, schema: unknown, resolve: Resolve, rng: Rng, mutation: Mutation) {
  const all = spots(value, schema, resolve);
  if (mutation === "hostile free text") {
    const changed = withFreeText(value, schema, resolve, () => rng.pick(HOSTILE_STRINGS));
    if (changed) return changed;
  }
  const strings = all.filter((spot) => typeOf(spot.schema) === "string");
  const preferStrings =
    mutation === "hostile string" || mutation === "far too long" || mutation === "bad format";
  const candidates =
    mutation === "missing"
      ? all.filter((spot) => spot.inObject)
      : preferStrings && strings.length && rng.chance(0.8)
        ? strings
        : all;
  const spot = candidates.length ? rng.pick(candidates) : undefined;
  const replacement = (): unknown => {
    const s = spot?.schema ?? {};
    switch (mutation) {
      case "wrong type":
        return wrongType(s, rng);
      case "null":
        return null;
      case "far too long":
        return tooLong(s, rng);
      case "hostile string":
      case "hostile free text":
        return rng.pick(HOSTILE_STRINGS);
      case "bad number":
        return badNumber(rng);
      case "prototype keys":
        return pollutingObject();
      case "bad format":
        return badFormat(s, rng);
      case "missing":
        return undefined;
    }
  };
  if (!spot || spot.path.length === 0) {
    return { value: mutation === "missing" ? undefined : replacement(), where: "(root)" };
  }
  const copy = structuredCloneLoose(value);
  setAt(copy, spot.path, mutation === "missing" ? undefined : replacement());
  return { value: copy, where: spot.path.join(".") };
}

/**
 * `value` with every free-text field set to `text()`, the rest left valid, so that the strings get
 * past validation into the database; undefined when the schema has no free text.
 */
export function withFreeText(
  value: unknown,
  schema: unknown,
  resolve: Resolve,
  text: (schema: Schema) => string,
) {
  const freeText = spots(value, schema, resolve).filter((s) => isFreeText(s.schema) && s.path.length > 0);
  if (!freeText.length) return undefined;
  const copy = structuredCloneLoose(value);
  for (const spot of freeText) setAt(copy, spot.path, text(spot.schema));
  return { value: copy, where: freeText.map((spot) => spot.path.join(".")).join(",") };
}

/** A string without enum, format or pattern: whatever a person may type, as far as the schema says. */
const isFreeText = (schema: Schema) =>
  typeOf(schema) === "string" && !schema.enum && !schema.format && !schema.pattern && !("const" in schema);

/** Sets (or, with undefined, deletes) the part of `root` at `path`; the path was read from `root`. */
function setAt(root: unknown, path: (string | number)[], part: unknown) {
  let parent: unknown = root;
  for (const key of path.slice(0, -1))
    parent = isRecord(parent) || Array.isArray(parent) ? parent[key as never] : undefined;
  const last = path.at(-1);
  if (last === undefined || parent === null || typeof parent !== "object") return;
  const container: Record<string | number, unknown> = parent as Record<string | number, unknown>;
  if (part === undefined) delete container[last];
  else container[last] = part;
}

/** A deep copy that keeps RawJson and FuzzFile parts as they are. */
function structuredCloneLoose(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(structuredCloneLoose);
  if (isRecord(value) && !(value instanceof RawJson) && !(value instanceof FuzzFile)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, structuredCloneLoose(v)]));
  }
  return value;
}

/** A URL part; a lone surrogate cannot be percent-encoded, so it goes as the bytes a broken client would send. */
export function encodePart(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text.replace(/[\uD800-\uDFFF]/g, "%ED%A0%80").replace(/[^%\w.~-]/g, (c) => {
      try {
        return encodeURIComponent(c);
      } catch {
        return "%ED%A0%80";
      }
    });
  }
}

/** Path segments a parser may choke on, written as they go into the URL (not encoded again). */
export const RAW_PATH_SEGMENTS: readonly string[] = [
  "%",
  "%E0%A4%A",
  "%FF%FE",
  "%00",
  "..%2F..%2Fetc%2Fpasswd",
  "%2e%2e",
  "x".repeat(100_000),
  encodeURIComponent("😀".repeat(2_000)),
  "__proto__",
  "constructor",
  "-1",
  "1e999",
  "NaN",
];
