// Benchmark of the Delmenhorst App (npm run bench): start and account page weight, Lighthouse scores
// of the start, services and account pages, services search speed, the account's server timings
// (sign-in, postbox feed), and the warnings' push fan-out and latency. Prints a table and writes
// bench/results.json.
//
// Every measurement is taken on its own: when one fails its rows are recorded as null (with the
// error printed) and the others still run. The exit code is 1 when any row is null; missed targets
// show in the table but do not fail the run.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchApplications, UPLOAD_BYTES } from "./applications";
import { benchAppointments, CLIENTS as APPOINTMENT_CLIENTS, type LatencyTiming } from "./appointments";
import { POSTBOX_MESSAGES, type RequestTiming, timePostboxFeed, timeSignIns } from "./account";
import { assertChromiumExists } from "./browser";
import { AGENTS as CHAT_AGENTS, benchChat, RESIDENTS as CHAT_RESIDENTS } from "./chat";
import {
  benchCouncilServer,
  MEETING_PATH,
  meetingPageChunks,
  PAGE_SIZE as OPARL_PAGE_SIZE,
  playerChunks,
  SEARCH_QUERIES as COUNCIL_QUERIES,
} from "./council";
import { GENERATED_MEETINGS, GENERATED_PAPERS } from "./council-data";
import { type Chunk, distChunks, pageChunks, toKb } from "./bundle";
import { auditPage, type Scores } from "./lighthouse";
import { localeFiles } from "./locale-chunks";
import { benchMap, MAP_PATH } from "./map";
import { benchReports, GENERATED_REPORTS, OPEN311_RESULTS } from "./reports";
import { benchShops, GENERATED_SHOPS } from "./shops";
import { type Better, printAligned, printTable, type Row, writeResults } from "./results";
import {
  benchPushFanOut,
  benchTarpitDelay,
  benchWarningLatency,
  PUSH_SUBSCRIPTIONS,
  TARPIT_ENDPOINTS,
} from "./push";
import { benchNinaGlitch, NINA_POLL_SECONDS } from "./nina";
import { type SearchTiming, timeIndexBuild, timeSearches } from "./search";
import { generatedDocuments, QUERIES, seedDocuments } from "./search-data";
import { distDir, ensureBuilt, type RunningServer, startServer } from "./server";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const RESULTS_FILE = join(root, "bench", "results.json");
const GENERATED_SERVICES = 5_000;

function row(name: string, value: number | null, unit: string, target: number, better: Better): Row {
  return { name, value, unit, target, better };
}

/** Runs one measurement; on failure prints why and returns null, so the rest of the bench goes on. */
async function attempt<T>(label: string, run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    console.error(`\n${label} failed:`, error instanceof Error ? (error.stack ?? error.message) : error);
    return null;
  }
}

function heading(title: string): void {
  console.log(`\n== ${title} ==`);
}

// ---------------------------------------------------------------------------------------------
// Page weight

const ACCOUNT_PAGE = "/konto";

async function pageWeightRows(baseUrl: string): Promise<Row[]> {
  const start = await loadedChunks(baseUrl, "/", "the start page");
  const account = await loadedChunks(baseUrl, ACCOUNT_PAGE, `the sign-in page ${ACCOUNT_PAGE}`);
  // Informational: the lazy chunks are not in the budget but should not grow unnoticed.
  const built = await attempt("reading dist/assets", () => distChunks(distDir(root)));
  if (built) {
    heading("every JS chunk in dist/assets (gzip -9; informational)");
    const onStart = new Set(start?.map((c) => c.path));
    const onAccount = new Set(account?.map((c) => c.path));
    printChunks(built, (c) => {
      const pages = [onStart.has(c.path) && "/", onAccount.has(c.path) && ACCOUNT_PAGE].filter(Boolean);
      return pages.length > 0 ? `loaded on ${pages.join(" and ")}` : "lazy";
    });
    // Someone may rebuild dist/ while the bench runs (it is shared); then the two lists disagree.
    const builtPaths = new Set(built.map((c) => c.path));
    const loaded = [...(start ?? []), ...(account ?? [])];
    const missing = loaded.filter((c) => c.path.endsWith(".js") && !builtPaths.has(c.path));
    if (missing.length > 0) {
      const gone = [...new Set(missing.map((c) => c.path))].join(", ");
      console.warn(`warning: dist/ changed during the bench (${gone} gone)`);
    }
  }
  return pageWeightRowsOf(totalGzipKb(start), totalGzipKb(account));
}

async function loadedChunks(baseUrl: string, path: string, label: string): Promise<Chunk[] | null> {
  heading(`JS and CSS loaded by ${label} (gzip -9, service worker blocked)`);
  const chunks = await attempt(`measuring ${label}`, () => pageChunks(baseUrl, path));
  if (chunks) printChunks(chunks);
  return chunks;
}

function totalGzipKb(chunks: Chunk[] | null): number | null {
  return chunks ? toKb(chunks.reduce((sum, c) => sum + c.gzipBytes, 0)) : null;
}

function pageWeightRowsOf(startKb: number | null, accountKb: number | null): Row[] {
  return [
    row("start_page_js_css_gzip_kb", startKb, "KB", 60, "lower"),
    row("account_page_js_css_gzip_kb", accountKb, "KB", 80, "lower"),
  ];
}

function printChunks(chunks: Chunk[], note?: (chunk: Chunk) => string): void {
  const lines = chunks.map((c) => [c.path, toKb(c.rawBytes).toFixed(2), toKb(c.gzipBytes).toFixed(2)]);
  const sum = (pick: (c: Chunk) => number) => toKb(chunks.reduce((s, c) => s + pick(c), 0)).toFixed(2);
  lines.push([`total (${chunks.length} files)`, sum((c) => c.rawBytes), sum((c) => c.gzipBytes)]);
  if (note) chunks.forEach((c, i) => lines[i]?.push(note(c)));
  const header = ["file", "raw KB", "gzip KB", ...(note ? [""] : [])];
  printAligned([header, ...lines], [false, true, true, false]);
}

// ---------------------------------------------------------------------------------------------
// Language files (issue 20: each language loads on demand)

/** A language's part of a page arrives within about a second on a slow 3G line (~100 kbit/s). */
const LOCALE_FILE_BUDGET_KB = 12;

async function localeRows(): Promise<Row[]> {
  heading("the largest language files (gzip -9 of the minified JSON; staff console texts left out)");
  const files = await attempt("reading src/locales", () => localeFiles(root));
  if (files)
    printAligned(
      [["file", "gzip KB"], ...files.slice(0, 8).map((f) => [f.source, f.gzipKb.toFixed(2)])],
      [false, true],
    );
  return [row("locale_chunk_gzip_kb_max", files?.[0]?.gzipKb ?? null, "KB", LOCALE_FILE_BUDGET_KB, "lower")];
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

const NO_SCORES: Scores = { performance: null, accessibility: null, "best-practices": null };

async function lighthouseScores(url: string, storage?: Record<string, string>): Promise<Scores> {
  const how = storage ? ` with ${JSON.stringify(storage)} stored first` : "";
  heading(`Lighthouse (mobile, simulated throttling): ${url}${how}`);
  return (await attempt(`Lighthouse on ${url}`, () => auditWithRetry(url, storage))) ?? NO_SCORES;
}

/** NO_NAVSTART is a hiccup of Lighthouse's trace recording on a busy machine; it asks to run again. */
async function auditWithRetry(url: string, storage?: Record<string, string>, attempts = 3): Promise<Scores> {
  for (let i = 1; ; i++) {
    try {
      return await auditPage(url, storage ? { localStorage: storage } : {});
    } catch (error) {
      if (i >= attempts || !(error instanceof Error) || !error.message.startsWith("NO_NAVSTART")) throw error;
      console.warn(`  ${error.message.split(":")[0]}: running Lighthouse again (${i + 1}/${attempts})`);
    }
  }
}

async function lighthouseRows(baseUrl: string): Promise<Row[]> {
  const start = await lighthouseScores(`${baseUrl}/`);
  const services = await lighthouseScores(`${baseUrl}/dienstleistungen`);
  const account = await lighthouseScores(`${baseUrl}${ACCOUNT_PAGE}`);
  // The start page in Arabic (right to left), the language chosen on the device before (issue 20).
  const startArabic = await lighthouseScores(`${baseUrl}/`, { "delmenhorst.language": "ar" });
  return lighthouseRowsOf(start, services, account, startArabic);
}

function lighthouseRowsOf(start: Scores, services: Scores, account: Scores, startArabic: Scores): Row[] {
  return [
    row("lighthouse_accessibility_start_ar", startArabic.accessibility, "score", 100, "higher"),
    row("lighthouse_performance_start", start.performance, "score", 95, "higher"),
    row("lighthouse_accessibility_start", start.accessibility, "score", 100, "higher"),
    row("lighthouse_best_practices_start", start["best-practices"], "score", 100, "higher"),
    row("lighthouse_performance_services", services.performance, "score", 95, "higher"),
    row("lighthouse_best_practices_services", services["best-practices"], "score", 100, "higher"),
    row("lighthouse_performance_account", account.performance, "score", 95, "higher"),
    row("lighthouse_accessibility_account", account.accessibility, "score", 100, "higher"),
  ];
}

// ---------------------------------------------------------------------------------------------
// Everything that needs the running server

async function pageRows(): Promise<Row[]> {
  heading("server");
  const server = await attempt("starting the server", async () => {
    assertChromiumExists();
    await ensureBuilt(root);
    return startServer(root);
  });
  if (!server) {
    return [
      ...pageWeightRowsOf(null, null),
      ...lighthouseRowsOf(NO_SCORES, NO_SCORES, NO_SCORES, NO_SCORES),
      ...(await localeRows()),
    ];
  }
  console.log(`production server ready at ${server.baseUrl}`);
  const removeSignalHandlers = stopServerOnSignal(server);
  try {
    return [
      ...(await pageWeightRows(server.baseUrl)),
      ...(await localeRows()),
      ...(await lighthouseRows(server.baseUrl)),
    ];
  } finally {
    await server.stop();
    removeSignalHandlers();
  }
}

/** Ctrl-C during the bench must not leave the server running on its port. */
function stopServerOnSignal(server: RunningServer): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping the server`);
    void server.stop().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  return () => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };
}

// ---------------------------------------------------------------------------------------------
// Search

async function searchRows(): Promise<Row[]> {
  heading(`services search (${QUERIES.length} queries, median per query)`);
  const seed = await attempt("search over the seed services", async () => {
    const documents = await seedDocuments();
    const timing = timeSearches(documents, QUERIES);
    printTiming(`${documents.length} seed services`, timing);
    return timing.medianMs;
  });
  const generated = await attempt("search over the generated services", async () => {
    const documents = generatedDocuments(GENERATED_SERVICES);
    console.log(`index build for ${documents.length} services: ${timeIndexBuild(documents).toFixed(1)} ms`);
    const timing = timeSearches(documents, QUERIES);
    printTiming(`${documents.length} generated services`, timing);
    return timing.medianMs;
  });
  return [
    row("search_median_ms_40", roundMs(seed), "ms", 1, "lower"),
    row("search_median_ms_5000", roundMs(generated), "ms", 10, "lower"),
  ];
}

function printTiming(label: string, t: SearchTiming): void {
  console.log(
    `${label}: median ${t.medianMs.toFixed(3)} ms, p95 ${t.p95Ms.toFixed(3)} ms, ` +
      `${t.queriesWithHits}/${t.queries} queries found something`,
  );
}

function roundMs(ms: number | null, decimals = 3): number | null {
  const factor = 10 ** decimals;
  return ms === null ? null : Math.round(ms * factor) / factor;
}

// ---------------------------------------------------------------------------------------------
// Citizen account on the server

async function accountRows(): Promise<Row[]> {
  heading("citizen account on the server (createTestApp: in-memory SQLite, no browser, no socket)");
  const signIn = await attempt("timing password sign-ins", async () => {
    const timing = await timeSignIns();
    printRequestTiming("POST /api/auth/sign-in", timing);
    return timing.medianMs;
  });
  const feed = await attempt("timing the postbox feed", async () => {
    const timing = await timePostboxFeed();
    printRequestTiming(`GET /api/sync/postbox (${POSTBOX_MESSAGES} messages, no cursor)`, timing);
    return timing.medianMs;
  });
  return [
    row("sign_in_median_ms", roundMs(signIn, 1), "ms", 250, "lower"),
    row("postbox_feed_median_ms", roundMs(feed, 2), "ms", 50, "lower"),
  ];
}

function printRequestTiming(label: string, t: RequestTiming): void {
  console.log(
    `${label}: median ${t.medianMs.toFixed(2)} ms, p95 ${t.p95Ms.toFixed(2)} ms over ${t.requests} requests`,
  );
}

// ---------------------------------------------------------------------------------------------
// Online applications on the server

async function applicationRows(): Promise<Row[]> {
  heading("online applications on the server (createTestApp: in-memory SQLite, no browser, no socket)");
  const result = await attempt("timing applications", async () => {
    const timing = await benchApplications();
    printRequestTiming(
      `PUT /api/applications/uploads/:id (${UPLOAD_BYTES / 1024 / 1024} MB PDF)`,
      timing.upload,
    );
    printRequestTiming("POST /api/applications (Bauantrag, 3 files, receipt PDF)", timing.submit);
    printRequestTiming("POST /api/staff/applications/:id/decision (Bescheid PDF)", timing.decide);
    return timing;
  });
  // No budget in the issue. Ours: a person tapping "Absenden" or "Bescheid senden" waits no longer
  // than a tap feels instant (100 ms) on the server's side; a 2 MB upload is stored in 50 ms.
  return [
    row("application_upload_2mb_median_ms", roundMs(result?.upload.medianMs ?? null, 1), "ms", 50, "lower"),
    row("application_submit_median_ms", roundMs(result?.submit.medianMs ?? null, 1), "ms", 100, "lower"),
    row("application_decision_median_ms", roundMs(result?.decide.medianMs ?? null, 1), "ms", 100, "lower"),
  ];
}

// ---------------------------------------------------------------------------------------------
// Appointments under load

async function appointmentRows(): Promise<Row[]> {
  heading(
    `appointments: ${APPOINTMENT_CLIENTS} concurrent clients over loopback (production server, SQLite)`,
  );
  const result = await attempt("appointment load", async () => {
    await ensureBuilt(root);
    const timing = await benchAppointments(root);
    printLatency("GET /api/appointments/slots (31 days)", timing.slots);
    printLatency("POST /api/appointments (without account)", timing.booking);
    return timing;
  });
  const ms = (value: number | undefined) => (value === undefined ? null : roundMs(value, 1));
  // The issue sets no budget. Ours: under a burst of 100 residents at once, half the answers within a
  // quarter (slots) or half (bookings) of a second, and every answer within the 1 s a person waits for
  // without losing the thread. With clients that never pause, latency is the queue: clients ÷ throughput.
  return [
    row("slots_p50_ms", ms(result?.slots.p50Ms), "ms", 250, "lower"),
    row("slots_p99_ms", ms(result?.slots.p99Ms), "ms", 1000, "lower"),
    row("booking_p50_ms", ms(result?.booking.p50Ms), "ms", 500, "lower"),
    row("booking_p99_ms", ms(result?.booking.p99Ms), "ms", 1000, "lower"),
  ];
}

function printLatency(label: string, t: LatencyTiming): void {
  const statuses = Object.entries(t.statuses)
    .map(([status, count]) => `${count}× ${status}`)
    .join(", ");
  console.log(
    `${label}: p50 ${t.p50Ms.toFixed(1)} ms, p99 ${t.p99Ms.toFixed(1)} ms over ${t.requests} requests ` +
      `(${statuses}), ${Math.round(t.perSecond)} per second`,
  );
}

// ---------------------------------------------------------------------------------------------
// Warnings: push fan-out and the way from NINA to the first push

async function pushRows(): Promise<Row[]> {
  heading(
    `push fan-out of one warning to ${PUSH_SUBSCRIPTIONS} subscriptions (push service in its own process)`,
  );
  const fanOut = await attempt("push fan-out", async () => {
    const result = await benchPushFanOut(root);
    console.log(
      `web-push, 50 in flight: ${Math.round(result.naivePerSecond)}/s; engine: ` +
        `${Math.round(result.enginePerSecond)}/s; P-256 computeSecret on all cores: ` +
        `${Math.round(result.ecdhBoundPerSecond)}/s`,
    );
    return result;
  });
  heading("from a change at NINA to the first push (server process, NINA polled every second)");
  const latency = await attempt("warning latency", async () => {
    const result = await benchWarningLatency(root);
    console.log(
      `first push ${result.fromChangeMs} ms after the change, ${result.fromFetchMs} ms after NINA ` +
        `answered; all ${PUSH_SUBSCRIPTIONS} sent after ${result.allSentMs} ms`,
    );
    return result;
  });
  heading(`a Severe warning to a real subscriber while ${TARPIT_ENDPOINTS} endpoints hang`);
  const tarpitMs = await attempt("tarpit", async () => {
    const ms = await benchTarpitDelay(root);
    console.log(`the real subscriber's push service had the message ${ms} ms after the job was written`);
    return ms;
  });
  const rate = (value: number | undefined) => (value === undefined ? null : Math.round(value));
  const ratio = fanOut ? Math.round((fanOut.enginePerSecond / fanOut.naivePerSecond) * 100) / 100 : null;
  return [
    // The baseline and the bound carry no target of their own.
    row("push_naive_msgs_per_s", rate(fanOut?.naivePerSecond), "msg/s", 0, "higher"),
    row("push_engine_msgs_per_s", rate(fanOut?.enginePerSecond), "msg/s", 10_000, "higher"),
    row("push_engine_vs_naive", ratio, "x", 6, "higher"),
    row("push_ecdh_bound_per_s", rate(fanOut?.ecdhBoundPerSecond), "op/s", 0, "higher"),
    row("warning_to_first_push_ms", latency?.fromChangeMs ?? null, "ms", 2000, "lower"),
    row("warning_fetch_to_first_push_ms", latency?.fromFetchMs ?? null, "ms", 500, "lower"),
    // The test asks for 2 s; ours is what an unhindered warning takes (first_push above).
    row("push_delay_with_tarpits_ms", tarpitMs, "ms", 500, "lower"),
  ];
}

async function ninaRows(): Promise<Row[]> {
  heading(
    `a NINA glitch: empty, then cut off, then right (server process polling every ${NINA_POLL_SECONDS} s)`,
  );
  const glitch = await attempt("NINA glitch", async () => {
    const result = await benchNinaGlitch(root);
    console.log(
      `warnings in the sync feed ${result.delayMs} ms after NINA answered right again, ` +
        `${result.fromFirstGlitchMs} ms after the first broken answer (${result.dashboardRequests} dashboard requests)`,
    );
    return result;
  });
  // Target: two poll intervals; a glitch must not hold a warning back longer than that.
  const seconds = glitch ? Math.round(glitch.delayMs / 10) / 100 : null;
  return [row("nina_glitch_delay_s", seconds, "s", 2 * NINA_POLL_SECONDS, "lower")];
}

// ---------------------------------------------------------------------------------------------
// The city map

async function mapRows(): Promise<Row[]> {
  heading(`the city map ${MAP_PATH} in Chromium (production server, tile proxy, stand-in basemap)`);
  const result = await attempt("measuring the map", async () => {
    await ensureBuilt(root);
    const bench = await benchMap(root);
    console.log("JS and CSS the map page loads beyond the start page (gzip -9):");
    printAligned(
      [["chunk", "gzip"], ...bench.chunks.map((c) => [c.path, `${toKb(c.gzipBytes)} KB`])],
      [false, true],
    );
    console.log(
      `first idle with warm caches, ms: ${bench.firstIdleRuns.join(", ")} (median ${bench.firstIdleMs})`,
    );
    console.log(
      `offline download zoom 10-16: ${bench.offlineTiles} tiles, ${(bench.offlineBytes / 1e6).toFixed(2)} MB ` +
        `in ${bench.offlineSeconds.toFixed(1)} s (stand-in tiles of ${bench.standInTileBytes} bytes each)`,
    );
    return bench;
  });
  // The issue names the rows but no budget. Ours: MapLibre itself (379 KB gzip with its worker and
  // stylesheet, not divisible) plus the page, the data layer and the opening-hours evaluator that
  // other pages share and the service worker precaches (600 KB); a warm map drawn within 1.5 s; the
  // city's offline copy within 50 MB.
  return [
    row("map_chunks_gzip_kb", result ? toKb(result.chunkGzipBytes) : null, "KB", 600, "lower"),
    row("map_first_idle_ms", result?.firstIdleMs ?? null, "ms", 1500, "lower"),
    row(
      "map_offline_download_mb",
      result ? Math.round(result.offlineBytes / 1e4) / 100 : null,
      "MB",
      50,
      "lower",
    ),
    row("map_offline_tiles", result?.offlineTiles ?? null, "tiles", 0, "higher"),
  ];
}

async function shopRows(): Promise<Row[]> {
  heading(`Delmenhorst Shopping: ${GENERATED_SHOPS} generated entries (sync feed and search)`);
  const result = await attempt("measuring the shop directory", async () => {
    const bench = await benchShops();
    console.log(
      `first sync: ${bench.firstSyncPages} pages, ${toKb(bench.firstSyncRawBytes)} KB JSON, ` +
        `${toKb(bench.firstSyncGzipBytes)} KB gzip; delta of ${bench.deltaChanges} changes: ` +
        `${toKb(bench.deltaGzipBytes)} KB gzip`,
    );
    console.log(
      `search: median ${bench.searchMedianMs.toFixed(2)} ms, p95 ${bench.searchP95Ms.toFixed(2)} ms; ` +
        `${bench.queriesWithHits} of ${bench.queries} queries found entries`,
    );
    return bench;
  });
  // The issue names the rows but no budget. Ours: the whole directory in less than a photo (300 KB),
  // ten changes in a few KB, and a search that keeps up with typing on a slow phone (a desktop core is
  // about five times faster: 5 ms here).
  return [
    row("shops_first_sync_kb", result ? toKb(result.firstSyncGzipBytes) : null, "KB", 300, "lower"),
    row("shops_delta_sync_kb", result ? toKb(result.deltaGzipBytes) : null, "KB", 5, "lower"),
    row(
      "shops_search_median_ms",
      result ? Math.round(result.searchMedianMs * 100) / 100 : null,
      "ms",
      5,
      "lower",
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// Defect reports

async function reportRows(): Promise<Row[]> {
  heading(
    `defect reports: ${GENERATED_REPORTS} generated reports (SQLite); the 50 m check and Open311's list of ` +
      `${OPEN311_RESULTS}`,
  );
  const result = await attempt("measuring defect reports", async () => {
    const bench = await benchReports();
    console.log(
      `50 m check: median ${bench.nearbyMedianMs.toFixed(2)} ms, p95 ${bench.nearbyP95Ms.toFixed(2)} ms over ` +
        `${bench.nearbyQueries} pins (${bench.nearbyQueriesWithHits} found open reports nearby)`,
    );
    console.log(
      `GET /open311/v2/requests.json: median ${bench.listMedianMs.toFixed(1)} ms for ${bench.listResults} ` +
        `results, ${toKb(bench.listBytes)} KB JSON`,
    );
    if (bench.listResults !== OPEN311_RESULTS) {
      throw new Error(`the list held ${bench.listResults} results, not ${OPEN311_RESULTS}`);
    }
    return bench;
  });
  // The issue names the rows but no budget. Ours: the check runs while the resident looks at the pin
  // (10 ms leaves the phone's round trip as the only wait), and a full Open311 page within 250 ms.
  return [
    row("reports_nearby_query_ms", result ? roundMs(result.nearbyMedianMs, 2) : null, "ms", 10, "lower"),
    row("open311_requests_list_ms", result ? roundMs(result.listMedianMs, 1) : null, "ms", 250, "lower"),
  ];
}

// ---------------------------------------------------------------------------------------------
// The Bürgerbüro chat

const CHAT_PATH = "/chat";
/**
 * The issue sets no page budget. Ours follows the account page's: it may add 20 KB to the start
 * page's 60 (80 in all), and so may the chat page.
 */
const CHAT_PAGE_BUDGET_KB = 20;

async function chatRows(): Promise<Row[]> {
  heading(
    `Bürgerbüro chat: ${CHAT_RESIDENTS} residents and ${CHAT_AGENTS} agents over loopback, the server ` +
      "restarted midway (production server, SQLite)",
  );
  const load = await attempt("chat load", async () => {
    await ensureBuilt(root);
    const result = await benchChat(root);
    console.log(
      `send → shown on the other side's stream: p50 ${result.p50Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms ` +
        `over ${result.timed} messages (${result.confirmed} confirmed in all; those across the restart are not timed)`,
    );
    console.log(
      `server down for ${result.restartMs} ms; ${result.lost} lost, ${result.duplicated} shown twice`,
    );
    return result;
  });
  heading(
    `JS and CSS the chat page ${CHAT_PATH} loads beyond the start page (gzip -9, service worker blocked)`,
  );
  const pageKb = await attempt("measuring the chat page", async () => {
    assertChromiumExists();
    await ensureBuilt(root);
    const server = await startServer(root);
    try {
      const start = new Set((await pageChunks(server.baseUrl, "/")).map((c) => c.path));
      const chunks = (await pageChunks(server.baseUrl, CHAT_PATH)).filter((c) => !start.has(c.path));
      printChunks(chunks);
      return totalGzipKb(chunks);
    } finally {
      await server.stop();
    }
  });
  const ms = (value: number | undefined) => (value === undefined ? null : roundMs(value, 1));
  // Targets from the issue: a message on the other screen within 50 ms (p50) and 150 ms (p99), and
  // none lost or shown twice across a restart. The page: CHAT_PAGE_BUDGET_KB below.
  return [
    row("chat_message_p50_ms", ms(load?.p50Ms), "ms", 50, "lower"),
    row("chat_message_p99_ms", ms(load?.p99Ms), "ms", 150, "lower"),
    row("chat_lost_messages", load?.lost ?? null, "messages", 0, "lower"),
    row("chat_duplicated_messages", load?.duplicated ?? null, "messages", 0, "lower"),
    row("chat_page_js_css_gzip_kb", pageKb, "KB", CHAT_PAGE_BUDGET_KB, "lower"),
  ];
}

// ---------------------------------------------------------------------------------------------
// The council information system (issue 21)

/**
 * The issue names the rows but no budget. Ours: a first import of a city's whole council system
 * within a minute; a poll well within its 15-minute interval and quick enough that a change shows
 * soon (5 s); a search answer that leaves the network as the only wait (50 ms); the meeting page as
 * the data layer every offline page needs (Dexie and the record schemas, about 59 KB) plus 20 KB of
 * its own, the chat page's budget (80 KB); the player with hls.js (178 KB of it) within 200 KB.
 */
const COUNCIL_TARGETS = { full: 60, incremental: 5, search: 50, page: 80, player: 200 };

async function councilRows(): Promise<Row[]> {
  heading(
    `council: OParl import of ${GENERATED_PAPERS} papers and ${GENERATED_MEETINGS} meetings from the stand-in ` +
      `(${OPARL_PAGE_SIZE} a page), then the full-text search (createTestApp, ${COUNCIL_QUERIES.length} queries)`,
  );
  const server = await attempt("council import and search", async () => {
    const bench = await benchCouncilServer();
    console.log(
      `full import: ${bench.fullSeconds.toFixed(2)} s (${bench.requests.full} requests); incremental: ` +
        `${bench.incrementalSeconds.toFixed(2)} s (${bench.requests.incremental} requests); stored ` +
        `${bench.stored.papers} papers, ${bench.stored.meetings} meetings, ${bench.stored.agendaItems} agenda ` +
        `items, ${bench.stored.files} files`,
    );
    console.log(
      `texts of ${bench.stored.papers} main files indexed in ${bench.indexSeconds.toFixed(1)} s ` +
        `(${(bench.indexedChars / 1e6).toFixed(1)} M characters); GET /api/council/search: median ` +
        `${bench.searchMedianMs.toFixed(2)} ms, p95 ${bench.searchP95Ms.toFixed(2)} ms; ` +
        `${bench.searchQueriesWithDocumentHits} of ${COUNCIL_QUERIES.length} queries found papers by their documents`,
    );
    return bench;
  });
  heading(`JS and CSS the meeting page ${MEETING_PATH} loads beyond the start page, and the stream player`);
  const downloads = await attempt("measuring the meeting page and the player", async () => {
    assertChromiumExists();
    await ensureBuilt(root);
    const running = await startServer(root);
    try {
      const { start, meeting } = await meetingPageChunks(running.baseUrl);
      printChunks(meeting);
      const loaded = new Set([...start, ...meeting].map((c) => c.path));
      const player = await playerChunks(distDir(root), loaded);
      if ("missing" in player) {
        console.warn(`council_player_js_gzip_kb skipped: ${player.missing}`);
        return { pageKb: totalGzipKb(meeting), playerKb: undefined };
      }
      console.log("the stream player (chunks not on the meeting page):");
      printChunks(player.player);
      console.log("loaded by the player when the browser has no native HLS (hls.js):");
      printChunks(player.hls);
      if (player.other.length > 0) {
        console.log("the player's other lazy parts (not counted):");
        printChunks(player.other);
      }
      return { pageKb: totalGzipKb(meeting), playerKb: totalGzipKb([...player.player, ...player.hls]) };
    } finally {
      await running.stop();
    }
  });
  const seconds = (value: number | undefined) => (value === undefined ? null : roundMs(value, 2));
  const rows = [
    row("oparl_full_import_s", seconds(server?.fullSeconds), "s", COUNCIL_TARGETS.full, "lower"),
    row(
      "oparl_incremental_s",
      seconds(server?.incrementalSeconds),
      "s",
      COUNCIL_TARGETS.incremental,
      "lower",
    ),
    row(
      "council_search_median_ms",
      server ? roundMs(server.searchMedianMs, 2) : null,
      "ms",
      COUNCIL_TARGETS.search,
      "lower",
    ),
    row("council_page_js_css_gzip_kb", downloads?.pageKb ?? null, "KB", COUNCIL_TARGETS.page, "lower"),
  ];
  // Without a StreamPlayer chunk in the build the row is left out (its earlier value stays).
  if (downloads?.playerKb !== undefined || downloads === null) {
    rows.push(
      row("council_player_js_gzip_kb", downloads?.playerKb ?? null, "KB", COUNCIL_TARGETS.player, "lower"),
    );
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------

const SECTIONS: Record<string, () => Promise<Row[]>> = {
  search: searchRows,
  account: accountRows,
  applications: applicationRows,
  appointments: appointmentRows,
  push: pushRows,
  pages: pageRows,
  map: mapRows,
  shops: shopRows,
  nina: ninaRows,
  chat: chatRows,
  reports: reportRows,
  council: councilRows,
};

async function main(): Promise<void> {
  // `npm run bench -- appointments` runs one section and writes only its rows to results.json.
  const only = process.argv.slice(2);
  const unknown = only.filter((name) => !(name in SECTIONS));
  if (unknown.length > 0)
    throw new Error(`unknown section(s) ${unknown.join(", ")}; known: ${Object.keys(SECTIONS).join(", ")}`);
  // Search, the account timings, appointments and the push fan-out run first, while no browser
  // competes for the CPU.
  const rows: Row[] = [];
  for (const [name, run] of Object.entries(SECTIONS)) {
    if (only.length === 0 || only.includes(name)) rows.push(...(await run()));
  }

  heading("results");
  printTable(rows);
  // A section's rows replace their earlier values; the other sections' rows stay as measured.
  await writeResults(RESULTS_FILE, rows);
  console.log(`\nwritten to ${RESULTS_FILE}`);
  if (rows.some((r) => r.value === null)) {
    console.error("some measurements failed (null above); see the errors printed before the table");
    process.exitCode = 1;
  }
}

await main();
