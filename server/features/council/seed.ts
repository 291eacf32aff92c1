// Sample content of the council (./seed/council.json, OParl-shaped and read by the import's own
// normaliser), loaded once on the first start so the pages live without an OParl server. The first
// real import (OPARL_SYSTEM_URL) replaces it.
import { readFile } from "node:fs/promises";
import type { Db } from "../../db/database";
import { markSeedDone, seedDone } from "../../db/seed-store";
import { normalizeList, OPARL_LISTS, type OparlListName } from "../../integrations/oparl";
import { writeCouncil } from "./service";
import type { CouncilWrite } from "./store";

const SEED_KEY = "seed:council";
const seedFile = new URL("./seed/council.json", import.meta.url);

export async function readCouncilSeed(): Promise<CouncilWrite> {
  const json: unknown = JSON.parse(await readFile(seedFile, "utf8"));
  const lists = (name: OparlListName): unknown[] => {
    const value = typeof json === "object" && json !== null ? Reflect.get(json, name) : undefined;
    return Array.isArray(value) ? value : [];
  };
  const write = {} as CouncilWrite;
  for (const name of Object.keys(OPARL_LISTS) as OparlListName[]) {
    const changes = normalizeList(name, lists(name));
    if (changes.skipped > 0) throw new Error(`council seed: ${changes.skipped} ${name} unreadable`);
    Object.assign(write, { [name]: changes });
  }
  return write;
}

export async function seedCouncilOnFirstStart(db: Db, now = new Date()): Promise<boolean> {
  if (await seedDone(db, SEED_KEY)) return false;
  const write = await readCouncilSeed();
  await db.transaction().execute(async (trx) => {
    await writeCouncil(trx, write, true);
    await markSeedDone(trx, SEED_KEY, now);
  });
  return true;
}
