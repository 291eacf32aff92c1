// The basemap for the end-to-end run, started by Playwright before the app: the app's tile proxy
// (MAP_STYLE_URL) reads a style of solid-colour raster tiles from here.
// Run: node --import tsx tests/e2e/support/tile-stand-in.ts
import { startTileFixtureServer } from "../../../server/testing/tile-fixture-server";
import { E2E_TILES_PORT } from "./browser";

async function main() {
  const tiles = await startTileFixtureServer({ port: E2E_TILES_PORT });
  const stop = () => void tiles.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

if (process.argv[1]?.endsWith("tile-stand-in.ts")) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
