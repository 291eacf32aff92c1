// Sample features of every map layer (./seed/<layer>.geojson, marked `sample`), loaded once on the
// first start. They come in like an import: the city's first real import of a layer replaces them.
import { readFile } from "node:fs/promises";
import { MAP_LAYERS } from "../../../src/lib/contract/map";
import type { Db } from "../../db/database";
import { featuresFromGeoJson, replaceImported } from "./service";

const SEED_KEY = "seed:map";
const seedDir = new URL("./seed/", import.meta.url);

export async function seedMapOnFirstStart(db: Db, now = new Date()): Promise<boolean> {
  const done = await db.selectFrom("meta").select("value").where("key", "=", SEED_KEY).executeTakeFirst();
  if (done) return false;
  const layers = await Promise.all(
    MAP_LAYERS.map(async (layer) => {
      const geojson: unknown = JSON.parse(await readFile(new URL(`${layer}.geojson`, seedDir), "utf8"));
      return { layer, features: featuresFromGeoJson(layer, geojson, now) };
    }),
  );
  await db.transaction().execute(async (trx) => {
    for (const { layer, features } of layers) await replaceImported(trx, layer, features);
    await trx.insertInto("meta").values({ key: SEED_KEY, value: now.toISOString() }).execute();
  });
  return true;
}
