// A stand-in for a council information system's OParl API in tests: a real HTTP server on 127.0.0.1
// serving the recorded objects of tests/fixtures/oparl in pages (`links.next`), answering
// `modified_since`, reporting deletions, and, per path, a script of faulty answers seen in the wild.
import { readFileSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

export const OPARL_FIXTURES_DIR = join(import.meta.dirname, "../../tests/fixtures/oparl");

export function readOparlFixture(name: string): Record<string, unknown> {
  const value: unknown = JSON.parse(readFileSync(join(OPARL_FIXTURES_DIR, name), "utf8"));
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new Error(`${name}: no object`);
  return value as Record<string, unknown>;
}

export const STAND_IN_LISTS = [
  "organizations",
  "persons",
  "meetings",
  "papers",
  "memberships",
  "locations",
] as const;
export type StandInList = (typeof STAND_IN_LISTS)[number];

const BODY_KEYS: Record<StandInList, string> = {
  organizations: "organization",
  persons: "person",
  meetings: "meeting",
  papers: "paper",
  memberships: "membership",
  locations: "locationList",
};

export type StandInFault = {
  status?: number;
  /** An HTML page instead of JSON (with `status`, default 404). */
  html?: string;
  /** This text as the body, as is (control characters, broken JSON). */
  text?: string;
  /** This value as JSON. */
  body?: unknown;
  /** Waits this long before answering. */
  delayMs?: number;
};

/** What an empty `modified_since` answer looks like: a page, a bare `[]`, or ALLRIS's 404 "code 802". */
export type EmptyAnswer = "page" | "bare-array" | "code-802";

export type OparlStandIn = {
  systemUrl: string;
  baseUrl: string;
  /** Adds or changes an object; it becomes "modified" now. */
  put(list: StandInList, object: Record<string, unknown>): void;
  /** Marks an object deleted (OParl 1.1 § 2.8); `bare`: only id and `deleted`, no type. */
  remove(list: StandInList, id: string, options?: { bare?: boolean }): void;
  /** Answers for the next requests to a path (pathname, e.g. "/oparl/papers"), before the normal ones. */
  script(path: string, answers: StandInFault[]): void;
  /** Replaces a key of the Body (a list URL), e.g. to point to a missing list. */
  setBodyKey(key: string, value: unknown): void;
  emptyAnswer: EmptyAnswer;
  pageSize: number;
  /** The legislative terms served, paged, at `${baseUrl}/oparl/legislative-terms` (OParl 1.1's
   * `legislativeTermList`; the Body names it only after `setBodyKey`). */
  termList: Record<string, unknown>[];
  /** Every request's path and query, in order. */
  requests: string[];
  close(): Promise<void>;
};

type Stored = { object: Record<string, unknown>; modified: string };

/** The standard content: the OParl spec's examples and the quirks file, each list a few pages long. */
export function standardContent(): Partial<Record<StandInList, Record<string, unknown>[]>> {
  const quirks = readOparlFixture("quirks-delmenhorst.json");
  const pick = (key: string) => quirks[key] as Record<string, unknown>;
  return {
    organizations: [readOparlFixture("spec-Organization-01.json"), pick("organization")],
    persons: [readOparlFixture("spec-Person-01.json"), pick("person")],
    meetings: [readOparlFixture("spec-Meeting-01.json"), pick("meeting")],
    papers: [readOparlFixture("spec-Paper-01.json"), pick("paper")],
    memberships: [],
    locations: [readOparlFixture("spec-Location-01.json")],
  };
}

export async function startOparlStandIn(
  content: Partial<Record<StandInList, Record<string, unknown>[]>> = standardContent(),
): Promise<OparlStandIn> {
  const lists = new Map<StandInList, Map<string, Stored>>();
  for (const list of STAND_IN_LISTS) {
    const stored = new Map<string, Stored>();
    for (const object of content[list] ?? []) {
      const modified = typeof object.modified === "string" ? object.modified : "2012-01-01T00:00:00+01:00";
      stored.set(String(object.id), { object, modified });
    }
    lists.set(list, stored);
  }
  const scripts = new Map<string, StandInFault[]>();
  const requests: string[] = [];
  const bodyKeys = new Map<string, unknown>();
  let base = "";

  const system = readOparlFixture("leipzig-allris-oparl1.0-system.json");
  const body = readOparlFixture("leipzig-allris-oparl1.0-body.json");

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", base);
    requests.push(url.pathname + url.search);
    const fault = scripts.get(url.pathname)?.shift();
    const broken =
      fault && (fault.status ?? fault.html ?? fault.text ?? fault.body) !== undefined ? fault : undefined;
    const answer = () => (broken ? sendFault(response, broken) : route(url, response));
    if (fault?.delayMs) setTimeout(answer, fault.delayMs);
    else answer();
  });

  function route(url: URL, response: ServerResponse) {
    if (url.pathname === "/oparl/system") {
      return sendJson(response, 200, { ...system, id: `${base}/oparl/system`, body: `${base}/oparl/bodies` });
    }
    if (url.pathname === "/oparl/bodies") {
      return sendJson(response, 200, { data: [makeBody()], links: {} });
    }
    if (url.pathname === "/oparl/body") return sendJson(response, 200, makeBody());
    if (url.pathname === "/oparl/legislative-terms") return sendPage(url, response, standIn.termList);
    const list = STAND_IN_LISTS.find((name) => url.pathname === `/oparl/${name}`);
    if (!list)
      return sendHtml(
        response,
        404,
        "<!DOCTYPE html><html><body><h1>Seite nicht gefunden</h1></body></html>",
      );
    const since = url.searchParams.get("modified_since");
    const all = [...lists.get(list)!.values()]
      .filter((s) => !since || Date.parse(s.modified) >= Date.parse(since))
      .map((s) => s.object);
    if (since && all.length === 0 && standIn.emptyAnswer !== "page") {
      if (standIn.emptyAnswer === "bare-array") return sendJson(response, 200, []);
      return sendJson(response, 404, { error: "Keine Objekte gefunden", code: 802 });
    }
    sendPage(url, response, all);
  }

  function sendPage(url: URL, response: ServerResponse, all: unknown[]) {
    const page = Number(url.searchParams.get("page") ?? "1");
    const data = all.slice((page - 1) * standIn.pageSize, page * standIn.pageSize);
    const next = new URL(url);
    next.searchParams.set("page", String(page + 1));
    const links = page * standIn.pageSize < all.length ? { next: next.toString() } : {};
    sendJson(response, 200, { data, pagination: { currentPage: page }, links });
  }

  function makeBody() {
    const listUrls = Object.fromEntries(STAND_IN_LISTS.map((l) => [BODY_KEYS[l], `${base}/oparl/${l}`]));
    return {
      ...body,
      id: `${base}/oparl/body`,
      system: `${base}/oparl/system`,
      ...listUrls,
      ...Object.fromEntries(bodyKeys),
    };
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address: AddressInfo | string | null = server.address();
  if (!address || typeof address === "string") throw new Error("stand-in has no TCP address");
  base = `http://127.0.0.1:${address.port}`;

  const standIn: OparlStandIn = {
    systemUrl: `${base}/oparl/system`,
    baseUrl: base,
    put(list, object) {
      const modified = new Date().toISOString();
      lists.get(list)!.set(String(object.id), { object: { ...object, modified }, modified });
    },
    remove(list, id, options) {
      const modified = new Date().toISOString();
      const object = options?.bare
        ? { id, deleted: true }
        : { id, type: "https://schema.oparl.org/1.1/Object", deleted: true, modified };
      lists.get(list)!.set(id, { object, modified });
    },
    script: (path, answers) => scripts.set(path, [...(scripts.get(path) ?? []), ...answers]),
    setBodyKey: (key, value) => bodyKeys.set(key, value),
    emptyAnswer: "page",
    pageSize: 1,
    termList: [],
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
  return standIn;
}

function sendFault(response: ServerResponse, fault: StandInFault) {
  const status = fault.status ?? (fault.html !== undefined ? 404 : 200);
  if (fault.html !== undefined) return sendHtml(response, status, fault.html);
  if (fault.text !== undefined) {
    return response.writeHead(status, { "content-type": "application/json" }).end(fault.text);
  }
  sendJson(response, status, fault.body ?? { error: "Internal Server Error" });
}

function sendJson(response: ServerResponse, status: number, value: unknown) {
  response
    .writeHead(status, { "content-type": "application/json; charset=utf-8" })
    .end(JSON.stringify(value));
}

function sendHtml(response: ServerResponse, status: number, html: string) {
  response.writeHead(status, { "content-type": "text/html; charset=utf-8" }).end(html);
}
