// NINA for the end-to-end run, started by Playwright before the app: the app's poller
// (NINA_BASE_URL) finds the recorded Delmenhorst alert and DWD storm warning here.
// Run: node --import tsx tests/e2e/support/nina-stand-in.ts
import { readNinaFixture, startNinaFixtureServer } from "../../../server/testing/nina-fixture-server";
import { E2E_NINA_PORT } from "./browser";

export const E2E_NINA_ALERT = {
  id: "mow.DE-NI-DEL-SE040-20240105-40-000",
  headline: "Großbrand in Delmenhorst-Deichhorst: Fenster und Türen geschlossen halten",
};
const DWD = "dwd.2.49.0.0.276.0.DWD.PVW.1704463200000.8c0f3a1e-4b7d-4c55-9a57-2d7e0b9c1f01.DEU";

async function main() {
  const nina = await startNinaFixtureServer({ port: E2E_NINA_PORT });
  const fixture = (name: string) => readNinaFixture(`delmenhorst/${name}`);
  nina.route("/dashboard/034010000000.json", { body: fixture("dashboard-1-alert.json"), etag: '"e2e"' });
  nina.route(`/warnings/${E2E_NINA_ALERT.id}.json`, { body: fixture("mow-1-alert.json") });
  nina.route(`/warnings/${E2E_NINA_ALERT.id}.geojson`, { body: fixture("mow-area.geojson") });
  nina.route(`/warnings/${DWD}.json`, { body: fixture("dwd-storm.json") });
  const stop = () => void nina.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

if (process.argv[1]?.endsWith("nina-stand-in.ts")) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
