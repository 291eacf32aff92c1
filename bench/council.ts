// The council information system (issue 21): the OParl import against the stand-in with 5,000
// generated papers and 1,000 meetings (full, then the incremental poll after 1 % changed), the
// full-text search over those papers' documents, and what the meeting page and the stream player
// cost to download.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { inTransaction, type Db } from "../server/db/database";
import { writeFileText } from "../server/features/council/files-store";
import { councilId, runCouncilImport } from "../server/features/council/service";
import { createOparlClient } from "../server/integrations/oparl";
import { type OparlStandIn, startOparlStandIn } from "../server/testing/oparl-stand-in";
import { createTestApp } from "../server/testing/test-app";
import { type Chunk, gzipBytes, pageChunks } from "./bundle";
import {
  generateCouncil,
  GENERATED_MEETINGS,
  GENERATED_PAPERS,
  mainFileId,
  paperId,
  paperText,
} from "./council-data";
import { quantile } from "./search";

/** Objects per list page of the stand-in (`links.next` to the next). */
export const PAGE_SIZE = 100;
/** The incremental poll: 1 % of the papers and meetings changed, a few papers new, a few deleted. */
const CHANGED_PAPERS = GENERATED_PAPERS / 100;
const CHANGED_MEETINGS = GENERATED_MEETINGS / 100;
const NEW_PAPERS = 5;
const DELETED_PAPERS = 5;
const DELETED_MEETINGS = 2;
/** Words residents look for: in titles, only in the documents' text, one or two words, as typed. */
export const SEARCH_QUERIES = [
  "Turnhalle",
  "Radweg",
  "Bebauungsplan Wollepark",
  "Lärmschutz",
  "Fördermittel",
  "Regenrückhaltebecken",
  "Fernwärme",
  "Behindertenbeirat",
  "Tempo 30",
  "Stedinger Straße",
  "Querungshilfen",
  "Ladesäulen",
  "Photovoltaik Grundschule",
  "Haushaltsplan 2024",
  "Baumbestand",
  "Kita Deichhorst",
  "Brandschutz",
  "Graften",
  "Tariftreue",
  "Parkgeb",
];
const SEARCH_ROUNDS = 5;

export type CouncilServerBench = {
  fullSeconds: number;
  incrementalSeconds: number;
  requests: { full: number; incremental: number };
  stored: { papers: number; meetings: number; agendaItems: number; files: number };
  indexSeconds: number;
  indexedChars: number;
  searchMedianMs: number;
  searchP95Ms: number;
  searchQueriesWithDocumentHits: number;
};

async function count(
  db: Db,
  table: "council_papers" | "council_meetings" | "council_agenda_items" | "council_files",
) {
  const row = await db.selectFrom(table).select(db.fn.countAll().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

function expectCount(label: string, actual: number, expected: number) {
  if (actual !== expected) throw new Error(`${label}: ${actual} stored, ${expected} expected`);
}

/**
 * The import through its real path (createOparlClient → runCouncilImport, as the poller runs it) into
 * a fresh database of createTestApp (in-memory SQLite, or PostgreSQL with TEST_DATABASE_URL); the
 * stand-in answers from the same process. Then the search through `GET /api/council/search`.
 */
export async function benchCouncilServer(): Promise<CouncilServerBench> {
  const council = generateCouncil();
  const standIn = await startOparlStandIn({
    organizations: council.organizations,
    persons: council.persons,
    memberships: council.memberships,
    locations: council.locations,
    meetings: council.meetings,
    papers: council.papers,
  });
  standIn.pageSize = PAGE_SIZE;
  // An OParl 1.1 Body: legislative terms embedded (the import does not read them yet).
  standIn.setBodyKey("type", "https://schema.oparl.org/1.1/Body");
  standIn.setBodyKey("legislativeTerm", council.legislativeTerms);
  const test = await createTestApp({ TRUST_PROXY: "1" });
  try {
    const client = createOparlClient();
    const full = await timedImport(test.db, client, standIn);
    expectCount("papers after the full import", await count(test.db, "council_papers"), GENERATED_PAPERS);
    expectCount(
      "meetings after the full import",
      await count(test.db, "council_meetings"),
      GENERATED_MEETINGS,
    );
    if (!full.outcome.full) throw new Error("the first run was not a full import");

    // The next poll: 1 % changed (renamed papers, meetings with a result), a few new, a few deleted.
    for (let n = 0; n < CHANGED_PAPERS; n++) {
      const paper = council.papers[(n * 97) % GENERATED_PAPERS]!;
      standIn.put("papers", { ...paper, name: `${String(paper.name)} (geändert)` });
    }
    for (let n = 0; n < CHANGED_MEETINGS; n++) {
      const meeting = council.meetings[(n * 89) % GENERATED_MEETINGS]!;
      standIn.put("meetings", { ...meeting, name: `${String(meeting.name)} (verlegt)` });
    }
    const added = Array.from({ length: NEW_PAPERS }, (_, n) => ({
      ...council.papers[n]!,
      id: paperId(GENERATED_PAPERS + n),
      consultation: [],
      reference: `BV 2026/${9_000 + n}`,
    }));
    for (const paper of added) standIn.put("papers", paper);
    const deletedPapers = Array.from({ length: DELETED_PAPERS }, (_, n) => paperId(1_000 + n * 501));
    deletedPapers.forEach((id, n) => standIn.remove("papers", id, { bare: n % 2 === 0 }));
    for (let n = 0; n < DELETED_MEETINGS; n++) {
      standIn.remove("meetings", String(council.meetings[500 + n * 7]!.id));
    }
    const incremental = await timedImport(test.db, client, standIn);
    if (incremental.outcome.full) throw new Error("the second run was a full import");
    expectCount(
      "papers after the incremental import",
      await count(test.db, "council_papers"),
      GENERATED_PAPERS + NEW_PAPERS - DELETED_PAPERS,
    );
    expectCount(
      "meetings after the incremental import",
      await count(test.db, "council_meetings"),
      GENERATED_MEETINGS - DELETED_MEETINGS,
    );
    const stored = {
      papers: await count(test.db, "council_papers"),
      meetings: await count(test.db, "council_meetings"),
      agendaItems: await count(test.db, "council_agenda_items"),
      files: await count(test.db, "council_files"),
    };

    // Each paper's main file as if its PDF had been read: the text goes where the extractor's goes.
    const gone = new Set(deletedPapers);
    const texts = council.papers.flatMap((paper, n) =>
      gone.has(String(paper.id))
        ? []
        : [{ key: councilId(mainFileId(n)), text: paperText(council.paperTopics[n]!, n) }],
    );
    const indexStarted = performance.now();
    for (let i = 0; i < texts.length; i += 500) {
      await inTransaction(test.db, async (trx) => {
        for (const { key, text } of texts.slice(i, i + 500)) await writeFileText(trx, key, text, new Date());
      });
    }
    const indexSeconds = (performance.now() - indexStarted) / 1000;

    const times: number[] = [];
    let withDocumentHits = 0;
    for (let round = 0; round <= SEARCH_ROUNDS; round++) {
      for (const [index, query] of SEARCH_QUERIES.entries()) {
        const started = performance.now();
        const response = await test.app.request(`/api/council/search?q=${encodeURIComponent(query)}`, {
          // Each request from an address of its own: the search is rate-limited per client.
          headers: { "X-Forwarded-For": `198.51.100.${(round * SEARCH_QUERIES.length + index) % 250}` },
        });
        const body = await response.text();
        const ms = performance.now() - started;
        if (response.status !== 200)
          throw new Error(`search "${query}" answered ${response.status}: ${body}`);
        // The first round warms the caches (SQLite's pages, the JIT) and is not counted.
        if (round === 0) {
          const { hits } = JSON.parse(body) as { hits: { match: string }[] };
          if (hits.some((hit) => hit.match === "text")) withDocumentHits++;
          continue;
        }
        times.push(ms);
      }
    }
    return {
      fullSeconds: full.seconds,
      incrementalSeconds: incremental.seconds,
      requests: { full: full.requests, incremental: incremental.requests },
      stored,
      indexSeconds,
      indexedChars: texts.reduce((sum, { text }) => sum + text.length, 0),
      searchMedianMs: quantile(times, 0.5),
      searchP95Ms: quantile(times, 0.95),
      searchQueriesWithDocumentHits: withDocumentHits,
    };
  } finally {
    await test.close();
    await standIn.close();
  }
}

async function timedImport(db: Db, client: ReturnType<typeof createOparlClient>, standIn: OparlStandIn) {
  const before = standIn.requests.length;
  const started = performance.now();
  const outcome = await runCouncilImport(db, client, standIn.systemUrl, new Date());
  const seconds = (performance.now() - started) / 1000;
  return { outcome, seconds, requests: standIn.requests.length - before };
}

// ---------------------------------------------------------------------------------------------
// Download sizes

/** The sample council meeting (server/features/council/seed/council.json), there on every fresh start. */
export const MEETING_PATH = `/rat/sitzung/${councilId("https://sample.invalid/oparl/meetings/m1")}`;

/** JS and CSS the meeting page loads beyond the start page (service worker blocked), largest first. */
export async function meetingPageChunks(baseUrl: string): Promise<{ start: Chunk[]; meeting: Chunk[] }> {
  const start = await pageChunks(baseUrl, "/");
  const onStart = new Set(start.map((c) => c.path));
  const meeting = (await pageChunks(baseUrl, MEETING_PATH)).filter((c) => !onStart.has(c.path));
  return { start, meeting };
}

export type PlayerChunks = { player: Chunk[]; hls: Chunk[]; other: Chunk[] } | { missing: string };

const assetName = (path: string) => path.replace(/^\/assets\//, "");

/**
 * The stream player's download when a resident opens a stream: the StreamPlayer chunk with the
 * chunks it imports statically, and hls.js, which it imports dynamically (Chromium needs it for lack
 * of native HLS), each without the chunks the page already loaded. Read from the built files: their
 * `import … from "./x.js"` and `import("./x.js")` are the module graph Rollup wrote. The player's
 * other lazy parts are listed in `other`, not counted.
 */
export async function playerChunks(distDir: string, loaded: Set<string>): Promise<PlayerChunks> {
  const assets = join(distDir, "assets");
  const names = await readdir(assets);
  const graph = new Map<string, { statics: string[]; dynamics: string[]; bytes: Buffer }>();
  const node = async (name: string) => {
    let known = graph.get(name);
    if (!known) {
      const bytes = await readFile(join(assets, name));
      const text = bytes.toString("utf8");
      const found = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!.slice(2));
      known = {
        statics: found(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+\.js)["']/g),
        dynamics: found(/\bimport\(\s*[`"'](\.\/[^`"']+\.js)[`"']\s*\)/g),
        bytes,
      };
      graph.set(name, known);
    }
    return known;
  };
  // The StreamPlayer chunk the page's own chunks import (an older build's may lie beside it).
  const isPlayer = (name: string) => /^StreamPlayer-[\w-]+\.js$/.test(name);
  // Files outside assets/ (scripts of public/) are no chunks of the graph.
  const onPage = [...loaded]
    .filter((path) => path.startsWith("/assets/") && path.endsWith(".js"))
    .map(assetName);
  const referenced = (await Promise.all(onPage.map(node))).flatMap((n) => n.dynamics).find(isPlayer);
  const entry = referenced ?? names.find(isPlayer);
  if (!entry) {
    return {
      missing:
        "no StreamPlayer-*.js chunk in the build (src/features/council/StreamPlayer.tsx missing or not loaded lazily)",
    };
  }
  const counted = new Set(onPage);
  /** The chunks and their static imports, leaving out what is already counted. */
  const closure = async (roots: string[]) => {
    const chunks: Chunk[] = [];
    const queue = [...roots];
    while (queue.length > 0) {
      const name = queue.shift()!;
      if (counted.has(name)) continue;
      counted.add(name);
      const { statics, bytes } = await node(name);
      chunks.push({ path: `/assets/${name}`, rawBytes: bytes.length, gzipBytes: gzipBytes(bytes) });
      queue.push(...statics);
    }
    return chunks;
  };
  const player = await closure([entry]);
  // The player's own stylesheet, if it has one (Vite names it after the chunk).
  const css = entry.replace(/\.js$/, ".css");
  if (names.includes(css) && !loaded.has(`/assets/${css}`)) {
    const bytes = await readFile(join(assets, css));
    player.push({ path: `/assets/${css}`, rawBytes: bytes.length, gzipBytes: gzipBytes(bytes) });
  }
  const lazy = (
    await Promise.all(player.filter((c) => c.path.endsWith(".js")).map((c) => node(assetName(c.path))))
  ).flatMap((n) => n.dynamics);
  const hls = await closure(lazy.filter((name) => /^hls[.-]/.test(name)));
  const other = await closure(lazy.filter((name) => !/^hls[.-]/.test(name)));
  return { player, hls, other };
}
