// Sample entries of the directory and sample market / Sunday shopping days (./seed/*.json, marked
// `sample`), loaded once on the first start. The city's first OpenStreetMap import replaces the
// sample shops no merchant keeps.
import { readFile } from "node:fs/promises";
import {
  type Shop,
  shopDetailsSchema,
  SHOPPING_DAYS_COLLECTION,
  shoppingDaySchema,
} from "../../../src/lib/contract/shops";
import { z } from "../../../src/lib/contract/zod";
import type { Db } from "../../db/database";
import { markSeedDone, seedDone } from "../../db/seed-store";
import { upsertEntries } from "../../platform/sync/store";
import { checkOpeningHours, publish } from "./service";

const SEED_KEY = "seed:shops";
const seedDir = new URL("./seed/", import.meta.url);

const shopsFile = z.object({ shops: z.array(shopDetailsSchema.extend({ id: z.string() })) });
const daysFile = z.object({ days: z.array(shoppingDaySchema.omit({ sample: true })) });

const readSeed = async (name: string): Promise<unknown> =>
  JSON.parse(await readFile(new URL(name, seedDir), "utf8"));

export async function seedShopsOnFirstStart(db: Db, now = new Date()): Promise<boolean> {
  if (await seedDone(db, SEED_KEY)) return false;
  const { shops } = shopsFile.parse(await readSeed("shops.json"));
  const { days } = daysFile.parse(await readSeed("shopping-days.json"));
  for (const shop of shops) checkOpeningHours(shop);
  for (const day of days) checkOpeningHours(day);
  await db.transaction().execute(async (trx) => {
    for (const details of shops) {
      const shop: Shop = {
        ...details,
        photo: null,
        source: "city",
        osmId: null,
        verified: false,
        sample: true,
        updatedAt: now.toISOString(),
      };
      const entry = { shop, live: true, ownerId: null, trust: "review" as const, version: 0 };
      await publish(trx, entry, shop, { by: "import", authorId: null, note: "sample-data" });
    }
    await upsertEntries(
      trx,
      SHOPPING_DAYS_COLLECTION,
      days.map((day) => ({ id: day.id, data: { ...day, sample: true } })),
    );
    await markSeedDone(trx, SEED_KEY, now);
  });
  return true;
}
