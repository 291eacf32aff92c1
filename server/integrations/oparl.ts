// OParl 1.0/1.1 (https://oparl.org/spezifikation/): the council information system's public API.
// Reads System → Body → its lists page by page (`links.next`), then only what changed (`modified_since`).
// Real servers bend the spec (the ALLRIS and Sternberg quirks listed in issue 21): answers are read
// leniently here and normalised (oparl-normalize.ts); anything unusable becomes an OparlError, which
// fails the whole run, so the caller keeps the last good state.
import { z } from "../../src/lib/contract/zod";
import {
  normalizeMeeting,
  normalizeMembership,
  normalizeOrganization,
  normalizePaper,
  normalizePerson,
  normalizeLocation,
  normalizeLegislativeTerm,
  type OparlLegislativeTerm,
  type OparlMeeting,
  type OparlMembership,
  type OparlOrganization,
  type OparlPaper,
  type OparlPerson,
  type OparlLocation,
} from "./oparl-normalize";

export const DEFAULT_OPARL_TIMEOUT_MS = 20_000;

export type OparlReason =
  | "timeout"
  | "network"
  | "aborted"
  | `http ${number}`
  | "not json"
  | "empty body"
  | "invalid shape"
  | "too many pages";

/** An answer we cannot use; `reason` is short enough for a log line. */
export class OparlError extends Error {
  constructor(
    readonly reason: OparlReason,
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(`OParl ${url}: ${reason}`, options);
    this.name = "OparlError";
  }
}

/** The lists the import reads, with the Body's key naming each list's URL (OParl 1.1 § 5.1.2 "Body"). */
export const OPARL_LISTS = {
  organizations: "organization",
  persons: "person",
  meetings: "meeting",
  papers: "paper",
  memberships: "membership",
  locations: "locationList",
} as const;
export type OparlListName = keyof typeof OPARL_LISTS;

type Normalized = {
  organizations: OparlOrganization;
  persons: OparlPerson;
  meetings: OparlMeeting;
  papers: OparlPaper;
  memberships: OparlMembership;
  locations: OparlLocation;
};

const normalizers: { [K in OparlListName]: (raw: Record<string, unknown>) => Normalized[K] | undefined } = {
  organizations: normalizeOrganization,
  persons: normalizePerson,
  meetings: normalizeMeeting,
  papers: normalizePaper,
  memberships: (raw) => normalizeMembership(raw),
  locations: normalizeLocation,
};

/** What one list brought: objects to store (whole, embedded lists included) and ids to remove. */
export type ListChanges<T> = { upserts: T[]; deletions: string[]; skipped: number };

export type OparlChanges = {
  [K in OparlListName]: ListChanges<Normalized[K]>;
} & {
  bodyId: string;
  bodyName: string | undefined;
  /**
   * The Body's legislative terms, all of them on every run (they are few): embedded in the Body
   * (`legislativeTerm`) and, in OParl 1.1, the list behind `legislativeTermList`. Undefined when that
   * list is unavailable, so the stored terms stay.
   */
  legislativeTerms: OparlLegislativeTerm[] | undefined;
  /** Lists the Body names that answered 404 or not as a list: read as empty, nothing removed. */
  unavailable: OparlListName[];
};

export type OparlClientOptions = {
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  /** Tries per request on a 5xx, timeout or network failure (default 3). */
  attempts?: number;
  /** First wait before a retry; doubled each time (default 1 s). */
  retryDelayMs?: number;
  signal?: AbortSignal;
  /** Most pages one list may have (a loop of `next` links ends here). */
  maxPages?: number;
};

/** A 404 "code 802" (ALLRIS, "no objects found") and an empty page mean the same: nothing changed. */
const EMPTY = Symbol("empty");

const idOf = z.object({ id: z.string().min(1) });
const listPageSchema = z.object({
  data: z.array(z.unknown()),
  links: z
    .object({ next: z.string().optional().catch(undefined) })
    .optional()
    .catch(undefined),
});
const referenceOrList = z
  .union([z.string(), z.array(z.unknown())])
  .optional()
  .catch(undefined);
const bodyListSchema = z.object({ data: z.array(z.unknown()) });

/** Control characters other than tab and line breaks are not allowed in JSON text (RFC 8259 § 7). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function parseLenientJson(url: string, text: string): unknown {
  const cleaned = text.replace(/^\uFEFF/, "").replace(CONTROL, " ");
  if (cleaned.trim() === "") throw new OparlError("empty body", url);
  try {
    return JSON.parse(cleaned);
  } catch {
    // Line breaks inside strings (also invalid) are the other control characters seen in the wild.
    try {
      return JSON.parse(cleaned.replace(/[\r\n\t]/g, " "));
    } catch (error) {
      throw new OparlError("not json", url, { cause: error });
    }
  }
}

export function createOparlClient(options: OparlClientOptions = {}) {
  const doFetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_OPARL_TIMEOUT_MS;
  const attempts = options.attempts ?? 3;
  const retryDelayMs = options.retryDelayMs ?? 1_000;
  const maxPages = options.maxPages ?? 10_000;

  async function fetchOnce(url: string): Promise<unknown> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
    let response: Response;
    let text: string;
    try {
      response = await doFetch(url, { headers: { accept: "application/json" }, signal });
      text = await response.text();
    } catch (error) {
      const reason = options.signal?.aborted ? "aborted" : timeout.aborted ? "timeout" : "network";
      throw new OparlError(reason, url, { cause: error });
    }
    if (response.status === 404 && isNoObjectsAnswer(text)) return EMPTY;
    if (!response.ok) throw new OparlError(`http ${response.status}`, url);
    return parseLenientJson(url, text);
  }

  /** GET with retries on what may pass (5xx, timeouts, dropped connections), backing off. */
  async function get(url: string): Promise<unknown> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fetchOnce(url);
      } catch (error) {
        const retriable =
          error instanceof OparlError &&
          (error.reason === "timeout" || error.reason === "network" || /^http 5\d\d$/.test(error.reason));
        if (!retriable || attempt >= attempts) throw error;
        await sleep(retryDelayMs * 2 ** (attempt - 1), options.signal);
      }
    }
  }

  async function getObject(url: string): Promise<Record<string, unknown>> {
    const value = await get(url);
    if (value === EMPTY || !isRecord(value)) throw new OparlError("invalid shape", url);
    return value;
  }

  /**
   * Every item of a list, following `links.next`. Undefined when the list is not there (404, or an
   * answer that is no list, such as the Body itself): the caller reads it as "nothing changed".
   */
  async function readList(listUrl: string, modifiedSince?: string): Promise<unknown[] | undefined> {
    const items: unknown[] = [];
    const seen = new Set<string>();
    let url: string | undefined = modifiedSince
      ? withParam(listUrl, "modified_since", modifiedSince)
      : listUrl;
    for (let page = 0; url; page++) {
      if (page >= maxPages || seen.has(url)) throw new OparlError("too many pages", listUrl);
      seen.add(url);
      let value: unknown;
      try {
        value = await get(url);
      } catch (error) {
        // A list the Body names but the server does not have: an HTML 404 on its first page.
        if (page === 0 && error instanceof OparlError && error.reason === "http 404") return undefined;
        throw error;
      }
      if (value === EMPTY) break;
      // A bare array (some servers' empty `modified_since` answer, or an unpaged list).
      if (Array.isArray(value)) {
        items.push(...value);
        break;
      }
      const pageData = listPageSchema.safeParse(value);
      if (!pageData.success) {
        if (page === 0) return undefined;
        throw new OparlError("invalid shape", url, { cause: pageData.error });
      }
      items.push(...pageData.data.data);
      const next = pageData.data.links?.next;
      url = next ? new URL(next, url).toString() : undefined;
    }
    return items;
  }

  return {
    /**
     * Everything (without `since`) or what changed since an instant, of the first Body of the System.
     * Throws on any broken answer, so nothing of a half-read run is applied.
     */
    async readChanges(systemUrl: string, since?: string): Promise<OparlChanges> {
      const system = await getObject(systemUrl);
      const body = await firstBody(system, systemUrl);
      const bodyId = idOf.safeParse(body).data?.id ?? systemUrl;
      const changes = {
        bodyId,
        bodyName: typeof body.name === "string" ? body.name.trim() || undefined : undefined,
        unavailable: [] as OparlListName[],
      } as OparlChanges;
      for (const name of Object.keys(OPARL_LISTS) as OparlListName[]) {
        const reference = referenceOrList.parse(body[OPARL_LISTS[name]]);
        const items =
          typeof reference === "string"
            ? await readList(new URL(reference, systemUrl).toString(), since)
            : (reference ?? []);
        if (items === undefined) changes.unavailable.push(name);
        const normalize: (raw: Record<string, unknown>) => unknown = normalizers[name];
        Object.assign(changes, { [name]: sortOut(items ?? [], normalize) });
      }
      changes.legislativeTerms = await readTerms(body, systemUrl);
      return changes;
    },
  };

  /** Embedded terms and the term list's (never with modified_since: the whole list replaces the stored). */
  async function readTerms(body: Record<string, unknown>, systemUrl: string) {
    const embedded = Array.isArray(body.legislativeTerm) ? body.legislativeTerm : [];
    const listUrl = typeof body.legislativeTermList === "string" ? body.legislativeTermList.trim() : "";
    const listed = listUrl ? await readList(new URL(listUrl, systemUrl).toString()) : [];
    if (listed === undefined) return undefined;
    const terms = new Map<string, OparlLegislativeTerm>();
    for (const item of [...embedded, ...listed]) {
      const id = isRecord(item) ? idOf.safeParse(item).data?.id.trim() : undefined;
      if (!id || !isRecord(item)) continue;
      const term = normalizeLegislativeTerm(item);
      // A term the list reports deleted goes, even when the Body still embeds it.
      if (term) terms.set(term.id, term);
      else terms.delete(id);
    }
    return [...terms.values()].sort((a, b) => (a.startDate ?? "").localeCompare(b.startDate ?? ""));
  }

  async function firstBody(system: Record<string, unknown>, systemUrl: string) {
    const bodies = referenceOrList.parse(system.body);
    let first: unknown;
    if (typeof bodies === "string") {
      const list = await get(new URL(bodies, systemUrl).toString());
      first = Array.isArray(list) ? list[0] : bodyListSchema.safeParse(list).data?.data[0];
    } else first = bodies?.[0];
    if (typeof first === "string") return getObject(new URL(first, systemUrl).toString());
    if (isRecord(first)) return first;
    throw new OparlError("invalid shape", systemUrl);
  }
}

export type OparlClient = ReturnType<typeof createOparlClient>;

/** Objects of one list as the import reads them (the seed's sample content takes this path too). */
export function normalizeList<K extends OparlListName>(
  name: K,
  items: unknown[],
): ListChanges<Normalized[K]> {
  const normalize: (raw: Record<string, unknown>) => Normalized[K] | undefined = normalizers[name];
  return sortOut(items, normalize);
}

/** Splits a list's items into objects to store and deleted ids; items without an id are skipped. */
function sortOut<T>(
  items: unknown[],
  normalize: (raw: Record<string, unknown>) => T | undefined,
): ListChanges<T> {
  const changes: ListChanges<T> = { upserts: [], deletions: [], skipped: 0 };
  for (const item of items) {
    const id = isRecord(item) ? idOf.safeParse(item).data?.id.trim() : undefined;
    if (!isRecord(item) || !id) {
      changes.skipped++;
      continue;
    }
    // Deleted objects may come without `type` or anything else but their id (OParl 1.1 § 2.8).
    if (item.deleted === true) {
      changes.deletions.push(id);
      continue;
    }
    const normalized = normalize(item);
    if (normalized) changes.upserts.push(normalized);
    else changes.skipped++;
  }
  return changes;
}

function isNoObjectsAnswer(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) && String(value.code ?? "") === "802";
  } catch {
    return false;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function withParam(url: string, key: string, value: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set(key, value);
  return parsed.toString();
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new OparlError("aborted", ""));
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(new OparlError("aborted", ""));
      },
      { once: true },
    );
  });
}
