// Sample features of every map layer (./seed/<layer>.geojson, marked `sample`), loaded once on the
// first start. They come in like an import: the city's first real import of a layer replaces them.
import { readFile } from "node:fs/promises";
import { MAP_LAYERS } from "../../../src/lib/contract/map";
import type { Db } from "../../db/database";
import { markSeedDone, seedDone } from "../../db/seed-store";
import { featuresFromGeoJson, replaceImported } from "./service";

const SEED_KEY = "seed:map";
const seedDir = new URL("./seed/", import.meta.url);

export async function seedMapOnFirstStart(db: Db, now = new Date()): Promise<boolean> {
  if (await seedDone(db, SEED_KEY)) return false;
  const layers = await Promise.all(
    MAP_LAYERS.map(async (layer) => {
      const geojson: unknown = JSON.parse(await readFile(new URL(`${layer}.geojson`, seedDir), "utf8"));
      return { layer, features: featuresFromGeoJson(layer, geojson, now) };
    }),
  );
  await db.transaction().execute(async (trx) => {
    for (const { layer, features } of layers) await replaceImported(trx, layer, features);
    await markSeedDone(trx, SEED_KEY, now);
  });
  return true;
}
