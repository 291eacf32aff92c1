// Loads the sample content of the services guide into the sync feed on first start.
// The content is data (./seed/*.json), validated with the same schemas the client uses.
import { access, readFile } from "node:fs/promises";
import { isDeepStrictEqual } from "node:util";
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
  LANGUAGES,
  type Language,
} from "../../../src/lib/contract/guide";
import { type Db, inTransaction } from "../../db/database";
import { liveEntryRows, upsertEntries } from "../../platform/sync/store";
import { markSeedDone, seedDone } from "../../db/seed-store";

const SEED_KEY = "seed:guide";
const BOOKING_SEED_KEY = "seed:guide-booking";
const EASY_SEED_KEY = "seed:guide-easy-summaries";
/** One key per language: a language whose file lands later is still added once to older guides. */
const languageSeedKey = (language: Language) => `seed:guide-text:${language}`;
const seedDir = new URL("./seed/", import.meta.url);

const textsSchema = z.strictObject({
  services: z.record(z.string(), serviceTextSchema),
  offices: z.record(z.string(), officeTextSchema),
  lifeSituations: z.record(z.string(), lifeSituationTextSchema),
});
type Texts = z.infer<typeof textsSchema>;

export type GuideContent = { services: Service[]; offices: Office[]; lifeSituations: LifeSituation[] };

async function readJson(dir: URL, name: string): Promise<unknown> {
  const path = new URL(name, dir);
  try {
    return JSON.parse(await readFile(path, "utf8")) as unknown;
  } catch (error) {
    throw new Error(`Guide seed ${name} cannot be read: ${String(error)}`, { cause: error });
  }
}

const exists = (path: URL) =>
  access(path).then(
    () => true,
    () => false,
  );

const isMissingFile = (error: unknown) =>
  error instanceof Error && "code" in error && (error as { code?: unknown }).code === "ENOENT";

/**
 * The texts of every content language that has a file `text.<language>.json` in `dir`. German is
 * required; another language without a file is skipped; a file that is no valid JSON, does not fit
 * the schema or names an entry the structure does not have fails the load (and the server's start).
 */
async function readTexts(dir: URL): Promise<Map<Language, Texts>> {
  const texts = new Map<Language, Texts>();
  for (const language of LANGUAGES) {
    const name = `text.${language}.json`;
    let raw: string;
    try {
      raw = await readFile(new URL(name, dir), "utf8");
    } catch (error) {
      if (language !== "de" && isMissingFile(error)) continue;
      throw new Error(`Guide seed ${name} cannot be read: ${String(error)}`, { cause: error });
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      throw new Error(`Guide seed ${name} is no valid JSON: ${String(error)}`, { cause: error });
    }
    const parsed = textsSchema.safeParse(json);
    if (!parsed.success) throw new Error(`Guide seed ${name} is invalid: ${z.prettifyError(parsed.error)}`);
    texts.set(language, parsed.data);
  }
  return texts;
}

function withTexts<T extends z.ZodType>(
  schema: T,
  structure: unknown,
  pick: (texts: Texts) => Record<string, unknown>,
  texts: Map<Language, Texts>,
): z.infer<T>[] {
  const items = z.array(z.looseObject({ id: z.string() })).parse(structure);
  for (const [language, all] of texts) {
    for (const id of Object.keys(pick(all)))
      if (!items.some((item) => item.id === id))
        throw new Error(`Guide seed text.${language}.json: unknown entry ${id}`);
  }
  return items.map((item) => {
    const text = Object.fromEntries(
      [...texts].flatMap(([language, all]) => {
        const own = pick(all)[item.id];
        return own === undefined ? [] : [[language, own]];
      }),
    );
    const parsed = schema.safeParse({ ...item, text });
    if (!parsed.success)
      throw new Error(`Seed entry "${item.id}" is invalid: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
}

/** The services' summaries in Leichte Sprache, by service id (./seed/easy-summaries.json). */
async function readEasySummaries(dir: URL): Promise<Record<string, string>> {
  return z.record(z.string(), z.string()).parse(await readJson(dir, "easy-summaries.json"));
}

/** The content languages with a text file in the seed (German first). */
export async function seedLanguages(dir: URL = seedDir): Promise<Language[]> {
  return [...(await readTexts(dir)).keys()];
}

/** The sample guide from `dir` (./seed/ by default; tests pass a copy). */
export async function loadGuideSeed(dir: URL = seedDir): Promise<GuideContent> {
  const texts = await readTexts(dir);
  const easy = await readEasySummaries(dir);
  const structure = z.array(z.looseObject({ id: z.string() })).parse(await readJson(dir, "services.json"));
  const withEasy = structure.map((s) => (easy[s.id] ? { ...s, easySummary: easy[s.id] } : s));
  for (const id of Object.keys(easy))
    if (!structure.some((s) => s.id === id)) throw new Error(`easy-summaries.json: unknown service ${id}`);
  const content = {
    services: withTexts(serviceSchema, withEasy, (t) => t.services, texts),
    offices: withTexts(officeSchema, await readJson(dir, "offices.json"), (t) => t.offices, texts),
    lifeSituations: withTexts(
      lifeSituationSchema,
      await readJson(dir, "life-situations.json"),
      (t) => t.lifeSituations,
      texts,
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

/**
 * A stored entry's texts when it still holds the sample as seeded: the same review day and, in every
 * language it has, the sample's text; null otherwise. Saving in the console sets the review day, and
 * any other change of a text shows in the comparison: such an entry is the city's and keeps its texts.
 */
function untouchedTexts(
  seed: { reviewedAt: string; text: object },
  stored: unknown,
): Record<string, unknown> | null {
  const parsed = z
    .looseObject({ reviewedAt: z.string(), text: z.record(z.string(), z.unknown()) })
    .safeParse(stored);
  if (!parsed.success || parsed.data.reviewedAt !== seed.reviewedAt) return null;
  const seeded: Record<string, unknown> = { ...seed.text };
  const same = Object.entries(parsed.data.text).every(([language, text]) =>
    isDeepStrictEqual(text, seeded[language]),
  );
  return same ? parsed.data.text : null;
}

/**
 * Guides seeded before a language's sample texts existed get them once per language (seed key
 * `seed:guide-text:<language>`): added to every entry still as seeded, never to one the city's staff
 * changed. The writes go through the sync feed like any edit, so devices get the new languages.
 */
export async function seedGuideLanguagesOnce(db: Db, dir: URL = seedDir): Promise<number> {
  // Which keys are open and which files exist is asked first: most starts read no text file.
  const open: Language[] = [];
  for (const language of LANGUAGES)
    if (language !== "de" && !(await seedDone(db, languageSeedKey(language)))) open.push(language);
  if (open.length === 0) return 0;
  const pending: Language[] = [];
  for (const language of open)
    if (await exists(new URL(`text.${language}.json`, dir))) pending.push(language);
  if (pending.length === 0) return 0;
  const content = await loadGuideSeed(dir);
  return inTransaction(db, async (trx) => {
    let added = 0;
    for (const [collection, items] of [
      ["offices", content.offices],
      ["services", content.services],
      ["life-situations", content.lifeSituations],
    ] as const) {
      const stored = await liveEntryRows(trx, collection);
      const byId = new Map(
        stored.map((row) => [row.id, row.data ? (JSON.parse(row.data) as unknown) : null]),
      );
      const updates = items.flatMap((item) => {
        const current = byId.get(item.id);
        const currentText = untouchedTexts(item, current);
        if (!current || typeof current !== "object" || !currentText) return [];
        const seeded: Record<string, unknown> = { ...item.text };
        const missing = pending.filter((l) => seeded[l] !== undefined && currentText[l] === undefined);
        if (missing.length === 0) return [];
        const text = { ...currentText, ...Object.fromEntries(missing.map((l) => [l, seeded[l]])) };
        return [{ id: item.id, data: { ...current, text } }];
      });
      added += await upsertEntries(trx, collection, updates);
    }
    for (const language of pending) await markSeedDone(trx, languageSeedKey(language));
    return added;
  });
}
