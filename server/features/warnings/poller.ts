// Polls NINA for Delmenhorst and every district a subscriber chose (NINA has no push channel; its own
// web app polls every 30 s). Conditional dashboard requests; details only for a new id or a changed
// hash/version, once per round however many districts list it. A failure is logged and asked again on
// the next round, backed off per district only from the third in a row (backoff.ts); nothing stored is
// deleted, so the app keeps serving the last good state with its time.
import type { Logger } from "pino";
import type { Config } from "../../config";
import type { Db } from "../../db/database";
import { createNinaClient, type DashboardEntry, UpstreamError } from "../../integrations/nina";
import { entryHash, entryVersion, normalizeNinaWarning } from "./normalize";
import { retryDelayMs } from "./backoff";
import { findRegion, isDue, recordRegionFailure, recordRegionSuccess, regionsToPoll } from "./regions";
import {
  findWarnings,
  isSameState,
  listedUpstreamWarnings,
  saveWarningState,
  setWarningArea,
  setWithdrawn,
} from "./store";

export type WarningPollerOptions = {
  db: Db;
  config: Pick<Config, "ninaBaseUrl" | "ninaPollSeconds">;
  logger: Logger;
  fetch?: typeof globalThis.fetch;
  now?: () => Date;
  /** Per request; 10 s by default. */
  timeoutMs?: number;
  /** Fetch a new state's GeoJSON to confirm it has a polygon (logged, not stored). Default true. */
  checkAreas?: boolean;
};

export type PollReport = {
  /** Districts asked this round (the others wait for their back-off). */
  polled: string[];
  failed: string[];
  detailsFetched: number;
  newStates: number;
  /** Warnings no district lists any more (withdrawnAt set). */
  withdrawn: string[];
};

export type WarningPoller = {
  pollOnce(): Promise<PollReport>;
  /** Ends the loop, aborts requests in flight and waits for the running round. */
  stop(): Promise<void>;
};

type Listed = { entry: DashboardEntry; regions: Set<string> };

const reasonOf = (error: unknown) =>
  error instanceof UpstreamError ? error.reason : error instanceof Error ? error.message : String(error);

export function startWarningPoller(options: WarningPollerOptions): WarningPoller {
  const { db, config, logger } = options;
  const now = options.now ?? (() => new Date());
  const log = logger.child({ module: "nina" });
  const shutdown = new AbortController();
  const client = createNinaClient({
    baseUrl: config.ninaBaseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    signal: shutdown.signal,
  });
  // Details that failed, by id and hash: retried on the next rounds, backed off like a district.
  const detailFailures = new Map<string, { failures: number; retryAt: number }>();
  let running: Promise<PollReport> | null = null;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  async function pollRegions(at: Date, report: PollReport) {
    const listed = new Map<string, Listed>();
    const succeeded: { ars: string; ids: string[]; etag: string | null; lastModified: string | null }[] = [];
    const wanted = await regionsToPoll(db);
    for (const ars of wanted) {
      if (stopped) break;
      const region = await findRegion(db, ars);
      if (!isDue(region, at)) continue;
      report.polled.push(ars);
      try {
        const validators = { etag: region?.etag ?? null, lastModified: region?.last_modified ?? null };
        const result = await client.fetchDashboard(ars, validators);
        if (result.status === "unchanged") {
          await recordRegionSuccess(db, ars, at);
          continue;
        }
        if (result.skipped > 0) log.warn({ ars, skipped: result.skipped }, "dashboard entries without id");
        for (const entry of result.entries) {
          // The same warning listed twice (seen with DWD): one record; the higher version wins.
          const seen = listed.get(entry.id);
          if (!seen) listed.set(entry.id, { entry, regions: new Set([ars]) });
          else {
            seen.regions.add(ars);
            if (entryVersion(entry) > entryVersion(seen.entry)) seen.entry = entry;
          }
        }
        const { etag, lastModified } = result;
        succeeded.push({ ars, ids: result.entries.map((e) => e.id), etag, lastModified });
      } catch (error) {
        await recordFailure(ars, at, error, report);
      }
    }
    return { listed, succeeded, wanted };
  }

  async function recordFailure(ars: string, at: Date, error: unknown, report: PollReport) {
    const reason = reasonOf(error);
    if (reason === "aborted") return;
    report.failed.push(ars);
    try {
      const { failures, nextPollAt } = await recordRegionFailure(db, ars, at, reason);
      log.warn({ ars, reason, failures, nextPollAt }, "NINA dashboard failed; keeping the last good state");
    } catch (dbError) {
      log.error({ ars, reason, err: dbError }, "NINA dashboard failed and its failure could not be recorded");
    }
  }

  /** Stores one listed warning; false when its details could not be had (retried later). */
  async function ingest(id: string, { entry, regions }: Listed, at: Date, report: PollReport) {
    const key = `${id} ${entryHash(entry)}`;
    const failed = detailFailures.get(key);
    if (failed && failed.retryAt > at.getTime()) return false;
    try {
      report.detailsFetched++;
      const detail = await client.fetchWarning(id);
      const warning = normalizeNinaWarning({
        id,
        detail,
        entry,
        regions: [...regions],
        fetchedAt: at.toISOString(),
      });
      if ((await saveWarningState(db, warning)) === "new-state") {
        report.newStates++;
        if (options.checkAreas ?? true) await confirmArea(id);
      }
      detailFailures.delete(key);
      return true;
    } catch (error) {
      const reason = reasonOf(error);
      if (reason === "aborted") return false;
      const failures = (failed?.failures ?? 0) + 1;
      if (detailFailures.size > 1000) detailFailures.clear();
      detailFailures.set(key, { failures, retryAt: at.getTime() + retryDelayMs(failures) });
      log.warn({ id, reason, failures }, "NINA warning details failed; retrying later");
      return false;
    }
  }

  /** The polygons, for the map's warning layer; a warning without them is still a warning. */
  async function confirmArea(id: string) {
    try {
      const area = await client.fetchWarningArea(id);
      if (area.coordinates)
        await setWarningArea(db, id, { type: "MultiPolygon", coordinates: area.coordinates });
      else log.info({ id }, "NINA warning without polygon");
    } catch (error) {
      log.debug({ id, reason: reasonOf(error) }, "NINA warning area not available");
    }
  }

  async function poll(): Promise<PollReport> {
    const at = now();
    const report: PollReport = { polled: [], failed: [], detailsFetched: 0, newStates: 0, withdrawn: [] };
    const { listed, succeeded, wanted } = await pollRegions(at, report);
    const stored = await findWarnings(db, [...listed.keys()]);
    const missing = new Set<string>();
    for (const [id, item] of listed) {
      if (stopped) return report;
      const known = stored.get(id);
      const listedState = { hash: entryHash(item.entry), version: entryVersion(item.entry) };
      if (known && isSameState(known, listedState)) {
        // Never refetch an unchanged warning; a district that lists it too is merged in.
        if ([...item.regions].some((ars) => !known.regions.includes(ars))) {
          await saveWarningState(db, { ...known, regions: [...item.regions] });
        }
        // Listed again after it had gone (a district's list flickered): in force again.
        if (known.withdrawnAt !== null) await setWithdrawn(db, known.id, null);
        continue;
      }
      if (!(await ingest(id, item, at, report))) missing.add(id);
    }
    for (const { ars, ids, etag, lastModified } of succeeded) {
      const complete = ids.every((id) => !missing.has(id));
      await recordRegionSuccess(db, ars, at, complete ? { etag, lastModified } : undefined);
    }
    report.withdrawn = await withdrawUnlisted(succeeded, wanted, at);
    return report;
  }

  /**
   * NINA drops a warning from the dashboard when it is over, often without an all-clear or expiry.
   * A warning counts as withdrawn only when every district of ours it concerns answered in full
   * (200, not 304 or a failure) without it; it stays stored, and comes back if listed again.
   */
  async function withdrawUnlisted(answers: { ars: string; ids: string[] }[], wanted: string[], at: Date) {
    // Most rounds are 304s: without a full answer nothing can be concluded, and nothing is read.
    if (answers.length === 0) return [];
    const answered = new Map(answers.map(({ ars, ids }) => [ars, new Set(ids)]));
    const withdrawn: string[] = [];
    for (const warning of await listedUpstreamWarnings(db)) {
      const ours = warning.regions.filter((ars) => wanted.includes(ars));
      if (ours.length === 0) continue;
      if (ours.every((ars) => answered.get(ars)?.has(warning.id) === false)) {
        await setWithdrawn(db, warning.id, at.toISOString());
        withdrawn.push(warning.id);
      }
    }
    if (withdrawn.length > 0) log.info({ withdrawn }, "NINA no longer lists these warnings");
    return withdrawn;
  }

  async function pollOnce(): Promise<PollReport> {
    if (stopped) return { polled: [], failed: [], detailsFetched: 0, newStates: 0, withdrawn: [] };
    // One round at a time: a caller during a round gets that round's report.
    running ??= poll()
      .catch((error: unknown) => {
        log.error({ err: error }, "NINA poll round failed");
        return { polled: [], failed: [], detailsFetched: 0, newStates: 0, withdrawn: [] };
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  const intervalMs = config.ninaPollSeconds * 1000;
  const schedule = (delayMs: number) => {
    timer = setTimeout(async () => {
      const report = await pollOnce();
      if (report.newStates > 0 || report.failed.length > 0) log.info(report, "NINA poll");
      if (!stopped) schedule(intervalMs);
    }, delayMs);
    // The poller alone does not keep the process alive.
    timer.unref();
  };
  if (intervalMs > 0) schedule(0);

  return {
    pollOnce,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      shutdown.abort();
      await running;
    },
  };
}
