// How long a NINA glitch holds new warnings back: the real server process polls a NINA stand-in every
// second; the stand-in answers the Delmenhorst dashboard empty, then cut off halfway (both seen in the
// wild), then right, with two warnings the server has not seen. Measured from the moment the right
// answer is there to the moment both warnings are in the public sync feed.
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { warningsStatusSchema } from "../src/lib/contract/warnings";
import { z } from "../src/lib/contract/zod";
import { readNinaFixture, startNinaFixtureServer } from "../server/testing/nina-fixture-server";
import { startServer } from "./server";

const DELMENHORST = "034010000000";
const DASHBOARD = `/dashboard/${DELMENHORST}.json`;
const MOWAS_ID = "mow.DE-NI-DEL-SE040-20240105-40-000";
const DWD_ID = "dwd.2.49.0.0.276.0.DWD.PVW.1704463200000.8c0f3a1e-4b7d-4c55-9a57-2d7e0b9c1f01.DEU";
export const NINA_POLL_SECONDS = 1;
// Longer than the 5-minute back-off cap, so that a slow recovery is measured, not cut short.
const DEADLINE_MS = 6 * 60_000;

export type NinaGlitch = {
  /** From the moment the stand-in answers right again to both warnings in the sync feed. */
  delayMs: number;
  /** From the first broken answer to both warnings in the sync feed. */
  fromFirstGlitchMs: number;
  /** Dashboard requests the server made from the first broken answer on. */
  dashboardRequests: number;
};

const feedSchema = z.object({ changes: z.array(z.object({ id: z.string() })) });

export async function benchNinaGlitch(root: string): Promise<NinaGlitch> {
  const nina = await startNinaFixtureServer();
  const fixture = (name: string) => readNinaFixture(`delmenhorst/${name}`);
  nina.route(DASHBOARD, { body: [] });
  try {
    const server = await startServer(root, {
      NINA_BASE_URL: nina.baseUrl,
      NINA_POLL_SECONDS: String(NINA_POLL_SECONDS),
    });
    try {
      await until(() => polledOnce(server.baseUrl), 60_000, "the server did not poll NINA within 60 s");
      nina.route(`/warnings/${MOWAS_ID}.json`, { body: fixture("mow-1-alert.json") });
      nina.route(`/warnings/${DWD_ID}.json`, { body: fixture("dwd-storm.json") });
      nina.route(`/warnings/${MOWAS_ID}.geojson`, { body: fixture("mow-area.geojson") });
      const dashboard = fixture("dashboard-1-alert.json");
      const glitchFrom = nina.requests.length;
      // Synchronous, so no request falls between the broken answers and the right one.
      nina.script(DASHBOARD, [{ empty: true }, { cutOff: true, body: dashboard }]);
      nina.route(DASHBOARD, { body: dashboard });

      await until(() => bothInFeed(server.baseUrl), DEADLINE_MS, "the warnings did not arrive within 6 min");
      const visibleAt = Date.now();
      const asked = nina.requests.slice(glitchFrom).filter((r) => r.path === DASHBOARD);
      const [firstBroken, secondBroken] = asked;
      if (!firstBroken || !secondBroken) throw new Error("the stand-in did not serve both broken answers");
      return {
        // The right answer is there once the second broken one has been served.
        delayMs: visibleAt - secondBroken.at,
        fromFirstGlitchMs: visibleAt - firstBroken.at,
        dashboardRequests: asked.length,
      };
    } finally {
      await server.stop();
    }
  } finally {
    await nina.close();
  }
}

async function polledOnce(baseUrl: string): Promise<boolean> {
  const response = await fetch(`${baseUrl}/api/warnings/status`);
  if (!response.ok) return false;
  return warningsStatusSchema.parse(await response.json()).regions[0]?.lastSuccessAt != null;
}

async function bothInFeed(baseUrl: string): Promise<boolean> {
  const response = await fetch(`${baseUrl}/api/sync/warnings`);
  if (!response.ok) return false;
  const ids = new Set(feedSchema.parse(await response.json()).changes.map((c) => c.id));
  return ids.has(MOWAS_ID) && ids.has(DWD_ID);
}

/** Asks every 20 ms, as a client that wants to know at once would. */
async function until(condition: () => Promise<boolean>, timeoutMs: number, message: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(message);
    await sleep(20);
  }
}

// `node --import tsx bench/nina.ts`: this part alone, without writing results.json.
if (process.argv[1]?.endsWith("bench/nina.ts")) {
  console.log(await benchNinaGlitch(join(import.meta.dirname, "..")));
}
