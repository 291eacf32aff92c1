// Runs the council import every OPARL_POLL_SECONDS while OPARL_SYSTEM_URL is set. A failed run keeps
// the last good state (nothing of it is stored) and is tried again sooner, backing off from one
// minute up to the poll interval. After a good run it fetches and reads a few papers' PDFs never read
// (PREFETCH_FILES, one at a time), so the full-text search knows them before anyone opens them.
import type { Logger } from "pino";
import type { Config } from "../../config";
import type { Db } from "../../db/database";
import { createOparlClient, OparlError } from "../../integrations/oparl";
import { prefetchPaperFiles } from "./files";
import { runCouncilImport } from "./service";

/** Files fetched and read after each good run: bounded, so a first import does not flood the upstream. */
const PREFETCH_FILES = 20;

export type CouncilPollerOptions = {
  db: Db;
  config: Pick<Config, "oparlSystemUrl" | "oparlPollSeconds">;
  logger: Logger;
  fetch?: typeof globalThis.fetch;
};

/** Wait before the next run after `failures` failed runs in a row (0: the regular interval). */
export function nextRunDelayMs(failures: number, pollSeconds: number): number {
  if (failures === 0) return pollSeconds * 1000;
  return Math.min(pollSeconds * 1000, 60_000 * 2 ** (failures - 1));
}

export function startCouncilPoller(options: CouncilPollerOptions) {
  const { db, config } = options;
  const systemUrl = config.oparlSystemUrl;
  const log = options.logger.child({ module: "oparl" });
  const shutdown = new AbortController();
  if (!systemUrl) return { stop: async () => {} };
  const client = createOparlClient({
    signal: shutdown.signal,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const run = async () => {
    try {
      const outcome = await runCouncilImport(db, client, systemUrl, new Date());
      failures = 0;
      log.info(outcome, "council import done");
      const prefetched = await prefetchPaperFiles(db, {
        limit: PREFETCH_FILES,
        signal: shutdown.signal,
        ...(options.fetch ? { fetch: options.fetch } : {}),
      }).catch((error: unknown) => {
        log.warn({ err: error }, "council files not read for the search");
        return { indexed: 0, failed: 0 };
      });
      if (prefetched.indexed + prefetched.failed > 0)
        log.info(prefetched, "council files read for the search");
    } catch (error) {
      if (shutdown.signal.aborted) return;
      failures++;
      const reason = error instanceof OparlError ? `${error.reason} ${error.url}` : String(error);
      log.warn({ reason, failures }, "council import failed; keeping the last good state");
    }
    if (!shutdown.signal.aborted) timer = setTimeout(tick, nextRunDelayMs(failures, config.oparlPollSeconds));
  };
  const tick = () => {
    running = run();
  };
  tick();
  return {
    stop: async () => {
      shutdown.abort();
      clearTimeout(timer);
      await running;
    },
  };
}
