// Loads the sample content of the services guide into the sync feed on first start.
// The content is data (./seed/*.json), validated with the same schemas the client uses.
import { readFile } from "node:fs/promises";
import { z } from "zod";
import {
  type LifeSituation,
  lifeSituationSchema,
  lifeSituationTextSchema,
  type Office,
  officeSchema,
  officeTextSchema,
  type Service,
  serviceSchema,
  serviceTextSchema,
} from "../../../src/lib/contract/guide";
import { type Db, inTransaction } from "../../db/database";
import { liveEntryRows, upsertEntries } from "../../platform/sync/store";
import { markSeedDone, seedDone } from "../../db/seed-store";

const SEED_KEY = "seed:guide";
const BOOKING_SEED_KEY = "seed:guide-booking";
const EASY_SEED_KEY = "seed:guide-easy-summaries";
const seedDir = new URL("./seed/", import.meta.url);

const textsSchema = z.strictObject({
  services: z.record(z.string(), serviceTextSchema),
  offices: z.record(z.string(), officeTextSchema),
  lifeSituations: z.record(z.string(), lifeSituationTextSchema),
});
type Texts = z.infer<typeof textsSchema>;

export type GuideContent = { services: Service[]; offices: Office[]; lifeSituations: LifeSituation[] };

async function readJson(name: string): Promise<unknown> {
  return JSON.parse(await readFile(new URL(name, seedDir), "utf8")) as unknown;
}

function withTexts<T extends z.ZodType>(
  schema: T,
  structure: unknown,
  pick: (texts: Texts) => Record<string, unknown>,
  de: Texts,
  en: Texts,
): z.infer<T>[] {
  const items = z.array(z.looseObject({ id: z.string() })).parse(structure);
  return items.map((item) => {
    const text = { de: pick(de)[item.id], en: pick(en)[item.id] };
    const parsed = schema.safeParse({ ...item, text });
    if (!parsed.success)
      throw new Error(`Seed entry "${item.id}" is invalid: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
}

/** The services' summaries in Leichte Sprache, by service id (./seed/easy-summaries.json). */
async function readEasySummaries(): Promise<Record<string, string>> {
  return z.record(z.string(), z.string()).parse(await readJson("easy-summaries.json"));
}

export async function loadGuideSeed(): Promise<GuideContent> {
  const de = textsSchema.parse(await readJson("text.de.json"));
  const en = textsSchema.parse(await readJson("text.en.json"));
  const easy = await readEasySummaries();
  const structure = z.array(z.looseObject({ id: z.string() })).parse(await readJson("services.json"));
  const withEasy = structure.map((s) => (easy[s.id] ? { ...s, easySummary: easy[s.id] } : s));
  for (const id of Object.keys(easy))
    if (!structure.some((s) => s.id === id)) throw new Error(`easy-summaries.json: unknown service ${id}`);
  const content = {
    services: withTexts(serviceSchema, withEasy, (t) => t.services, de, en),
    offices: withTexts(officeSchema, await readJson("offices.json"), (t) => t.offices, de, en),
    lifeSituations: withTexts(
      lifeSituationSchema,
      await readJson("life-situations.json"),
      (t) => t.lifeSituations,
      de,
      en,
    ),
  };
  checkReferences(content);
  return content;
}

function checkReferences({ services, offices, lifeSituations }: GuideContent) {
  const officeIds = new Set(offices.map((o) => o.id));
  const serviceIds = new Set(services.map((s) => s.id));
  for (const s of services) {
    for (const id of s.officeIds) if (!officeIds.has(id)) throw new Error(`${s.id}: unknown office ${id}`);
  }
  for (const l of lifeSituations) {
    for (const id of l.serviceIds) if (!serviceIds.has(id)) throw new Error(`${l.id}: unknown service ${id}`);
  }
}

/** Writes the seed once; later edits by the city's staff are never overwritten by a restart. */
export async function seedGuideOnFirstStart(db: Db): Promise<boolean> {
  if (await seedDone(db, SEED_KEY)) return false;
  const content = await loadGuideSeed();
  await inTransaction(db, async (trx) => {
    await upsertEntries(
      trx,
      "offices",
      content.offices.map((data) => ({ id: data.id, data })),
    );
    await upsertEntries(
      trx,
      "services",
      content.services.map((data) => ({ id: data.id, data })),
    );
    await upsertEntries(
      trx,
      "life-situations",
      content.lifeSituations.map((data) => ({ id: data.id, data })),
    );
    await markSeedDone(trx, SEED_KEY);
  });
  return true;
}

/**
 * Guides seeded before online booking existed get the sample booking rules of offices and services
 * once; an entry the city's staff gave rules of its own keeps them.
 */
export async function seedBookingRulesOnce(db: Db): Promise<number> {
  if (await seedDone(db, BOOKING_SEED_KEY)) return 0;
  const content = await loadGuideSeed();
  return inTransaction(db, async (trx) => {
    let added = 0;
    for (const [collection, items] of [
      ["offices", content.offices],
      ["services", content.services],
    ] as const) {
      const stored = await liveEntryRows(trx, collection);
      const byId = new Map(stored.map((row) => [row.id, row.data ? (JSON.parse(row.data) as object) : null]));
      const updates = items.flatMap((item) => {
        const current = byId.get(item.id);
        if (!item.booking || !current || "booking" in current) return [];
        return [{ id: item.id, data: { ...current, booking: item.booking } }];
      });
      added += await upsertEntries(trx, collection, updates);
    }
    await markSeedDone(trx, BOOKING_SEED_KEY);
    return added;
  });
}

/**
 * Guides seeded before the summaries in Leichte Sprache existed get the sample ones once; a service
 * the city's staff gave a summary of its own keeps it.
 */
export async function seedEasySummariesOnce(db: Db): Promise<number> {
  if (await seedDone(db, EASY_SEED_KEY)) return 0;
  const content = await loadGuideSeed();
  return inTransaction(db, async (trx) => {
    const stored = await liveEntryRows(trx, "services");
    const byId = new Map(stored.map((row) => [row.id, row.data ? (JSON.parse(row.data) as object) : null]));
    const updates = content.services.flatMap((service) => {
      const current = byId.get(service.id);
      if (!service.easySummary || !current || "easySummary" in current) return [];
      return [{ id: service.id, data: { ...current, easySummary: service.easySummary } }];
    });
    const added = await upsertEntries(trx, "services", updates);
    await markSeedDone(trx, EASY_SEED_KEY);
    return added;
  });
}
