// Sample content of the council (./seed/council.json, OParl-shaped and read by the import's own
// normaliser), loaded once on the first start so the pages live without an OParl server. The first
// real import (OPARL_SYSTEM_URL) replaces it. The sample papers' documents are PDFs rendered here
// (./seed/sample-files.ts) and kept in the file cache with their text in the search index.
import { readFile } from "node:fs/promises";
import type { Db } from "../../db/database";
import { markSeedDone, seedDone } from "../../db/seed-store";
import { normalizeList, OPARL_LISTS, type OparlListName } from "../../integrations/oparl";
import { normalizeLegislativeTerm } from "../../integrations/oparl-normalize";
import { storeSampleFile } from "./files";
import { SAMPLE_FILES, renderSamplePdf } from "./seed/sample-files";
import { councilId, writeCouncil } from "./service";
import type { CouncilWrite } from "./store";

const SEED_KEY = "seed:council";
const seedFile = new URL("./seed/council.json", import.meta.url);

export async function readCouncilSeed(): Promise<CouncilWrite> {
  const json: unknown = JSON.parse(await readFile(seedFile, "utf8"));
  const lists = (name: OparlListName | "legislativeTerms"): unknown[] => {
    const value = typeof json === "object" && json !== null ? Reflect.get(json, name) : undefined;
    return Array.isArray(value) ? value : [];
  };
  const write = {} as CouncilWrite;
  for (const name of Object.keys(OPARL_LISTS) as OparlListName[]) {
    const changes = normalizeList(name, lists(name));
    if (changes.skipped > 0) throw new Error(`council seed: ${changes.skipped} ${name} unreadable`);
    Object.assign(write, { [name]: changes });
  }
  write.legislativeTerms = lists("legislativeTerms").map((raw) => {
    const term =
      typeof raw === "object" && raw !== null
        ? normalizeLegislativeTerm(raw as Record<string, unknown>)
        : undefined;
    if (!term) throw new Error("council seed: a legislative term unreadable");
    return term;
  });
  return write;
}

export async function seedCouncilOnFirstStart(db: Db, now = new Date()): Promise<boolean> {
  if (await seedDone(db, SEED_KEY)) return false;
  const write = await readCouncilSeed();
  await db.transaction().execute(async (trx) => {
    await writeCouncil(trx, write, true);
    await markSeedDone(trx, SEED_KEY, now);
  });
  await storeSampleFiles(db, write, now);
  return true;
}

/** Renders the sample papers' documents and stores them as the cache would, with their text. */
export async function storeSampleFiles(db: Db, write: CouncilWrite, now = new Date()): Promise<number> {
  let stored = 0;
  for (const paper of write.papers.upserts) {
    for (const file of paper.files) {
      const document = SAMPLE_FILES[file.id];
      if (!document || !file.accessUrl) continue;
      await storeSampleFile(db, councilId(file.id), file.accessUrl, await renderSamplePdf(document), now);
      stored++;
    }
  }
  return stored;
}
