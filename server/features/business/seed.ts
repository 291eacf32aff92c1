// The sample directory of digital service providers and the funding programmes (./seed/*.json),
// loaded into the change feed once on the first start. Staff keep them in the console afterwards;
// what they delete stays deleted.
import { readFile } from "node:fs/promises";
import {
  digitalProviderSchema,
  FUNDING_COLLECTION,
  fundingProgrammeSchema,
  PROVIDERS_COLLECTION,
} from "../../../src/lib/contract/business";
import { z } from "../../../src/lib/contract/zod";
import type { Db } from "../../db/database";
import { markSeedDone, seedDone } from "../../db/seed-store";
import { upsertEntries } from "../../platform/sync/store";

const SEED_KEY = "seed:business";
const seedDir = new URL("./seed/", import.meta.url);

async function readSeed<S extends z.ZodType>(file: string, schema: S): Promise<z.output<S>[]> {
  const json: unknown = JSON.parse(await readFile(new URL(file, seedDir), "utf8"));
  return z.array(schema).parse(json);
}

export async function seedBusinessOnFirstStart(db: Db, now = new Date()): Promise<boolean> {
  if (await seedDone(db, SEED_KEY)) return false;
  const providers = await readSeed("digital-providers.json", digitalProviderSchema);
  const programmes = await readSeed("funding-programmes.json", fundingProgrammeSchema);
  await db.transaction().execute(async (trx) => {
    await upsertEntries(
      trx,
      PROVIDERS_COLLECTION,
      providers.map((p) => ({ id: p.id, data: p })),
    );
    await upsertEntries(
      trx,
      FUNDING_COLLECTION,
      programmes.map((p) => ({ id: p.id, data: p })),
    );
    await markSeedDone(trx, SEED_KEY, now);
  });
  return true;
}
