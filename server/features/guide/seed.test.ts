// The sample content of the services guide: complete, in both languages, and loaded exactly once.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import OpeningHours from "opening_hours";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { LANGUAGES } from "../../../src/lib/contract/guide";
import { type Change, syncPageSchema } from "../../../src/lib/contract/sync";
import { createTestApp, databaseKind, type TestApp } from "../../testing/test-app";
import { currentVersion } from "../../platform/sync/store";
import { listEntries, upsertEntries } from "../../platform/sync/store";
import {
  type GuideContent,
  loadGuideSeed,
  seedBookingRulesOnce,
  seedEasySummariesOnce,
  seedGuideLanguagesOnce,
  seedGuideOnFirstStart,
  seedLanguages,
} from "./seed";

const DELMENHORST = { lat: 53.05, lon: 8.63, address: { country_code: "de", state: "Niedersachsen" } };

let content: GuideContent;

beforeAll(async () => {
  content = await loadGuideSeed();
});

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

describe("loadGuideSeed", () => {
  it("has at least 40 services, and offices and life situations", () => {
    expect(content.services.length).toBeGreaterThanOrEqual(40);
    expect(content.offices.length).toBeGreaterThan(0);
    expect(content.lifeSituations.length).toBeGreaterThan(0);
  });

  it("uses every id once per collection", () => {
    expect(duplicates(content.services.map((s) => s.id))).toEqual([]);
    expect(duplicates(content.offices.map((o) => o.id))).toEqual([]);
    expect(duplicates(content.lifeSituations.map((l) => l.id))).toEqual([]);
  });

  it("has every service in German and in English", () => {
    for (const { id, text } of content.services) {
      for (const language of ["de", "en"] as const) {
        // A missing language counts as empty: English is optional in the model, not in the sample.
        expect(text[language]?.title.trim() ?? "", `${id} ${language}`).not.toBe("");
        expect(text[language]?.summary.trim() ?? "", `${id} ${language}`).not.toBe("");
        expect(text[language]?.description.trim() ?? "", `${id} ${language}`).not.toBe("");
      }
      // An English text that is the German one copied is no translation.
      expect(text.en?.summary, `${id}: English summary`).not.toBe(text.de.summary);
      expect(text.en?.description, `${id}: English description`).not.toBe(text.de.description);
    }
  });

  it("has every service's summary in Leichte Sprache, apart from the German one", () => {
    for (const { id, easySummary, text } of content.services) {
      expect(easySummary?.trim(), id).toBeTruthy();
      expect(easySummary, id).not.toBe(text.de.summary);
    }
  });

  it("has every office and life situation in German and in English", () => {
    for (const { id, text } of content.offices) {
      expect(text.de.name.trim(), id).not.toBe("");
      expect(text.en?.name.trim() ?? "", id).not.toBe("");
    }
    for (const { id, text } of content.lifeSituations) {
      expect(text.de.title.trim(), id).not.toBe("");
      expect(text.en?.title.trim() ?? "", id).not.toBe("");
    }
  });

  it("gives every office opening hours that opening_hours understands without warnings", () => {
    for (const office of content.offices) {
      let hours: OpeningHours | undefined;
      expect(() => {
        hours = new OpeningHours(office.openingHours, DELMENHORST);
      }, `${office.id}: ${office.openingHours}`).not.toThrow();
      expect(hours!.getWarnings(), office.id).toEqual([]);
    }
  });

  it("opens every office in an ordinary week and closes it on Christmas Day", () => {
    const monday = new Date(2026, 2, 2);
    const nextMonday = new Date(2026, 2, 9);
    for (const office of content.offices) {
      const hours = new OpeningHours(office.openingHours, DELMENHORST);
      const [openMs] = hours.getOpenDuration(monday, nextMonday);
      expect(openMs, `${office.id} is never open`).toBeGreaterThan(0);
      expect(hours.getState(new Date(2026, 11, 25, 10, 0)), `${office.id} on 25 Dec`).toBe(false);
    }
  });
});

const seedDir = new URL("./seed/", import.meta.url);
type TextFile = Record<"services" | "offices" | "lifeSituations", Record<string, unknown>>;
const readTextFile = async (dir: URL, language: string) =>
  JSON.parse(await readFile(new URL(`text.${language}.json`, dir), "utf8")) as TextFile;

const tempDirs: string[] = [];
/** A copy of the seed with only the given text files (German and English by default). */
async function seedCopy(languages: readonly string[] = ["de", "en"]): Promise<URL> {
  const dir = await mkdtemp(join(tmpdir(), "guide-seed-"));
  tempDirs.push(dir);
  await cp(seedDir, dir, { recursive: true });
  for (const name of await readdir(dir)) {
    const language = /^text\.(.+)\.json$/.exec(name)?.[1];
    if (language && !languages.includes(language)) await rm(join(dir, name));
  }
  return pathToFileURL(`${dir}/`);
}
afterEach(async () => {
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("the seed's languages", () => {
  it("loads every text file present, entry by entry, and no language without a file", async () => {
    const present = new Set((await readdir(seedDir)).map((name) => /^text\.(.+)\.json$/.exec(name)?.[1]));
    expect(await seedLanguages()).toEqual(LANGUAGES.filter((l) => present.has(l)));
    for (const language of LANGUAGES) {
      if (!present.has(language)) {
        for (const entry of [...content.services, ...content.offices, ...content.lifeSituations])
          expect(entry.text[language], `${entry.id} ${language}`).toBeUndefined();
        continue;
      }
      const file = await readTextFile(seedDir, language);
      for (const [collection, entries] of [
        ["services", content.services],
        ["offices", content.offices],
        ["lifeSituations", content.lifeSituations],
      ] as const) {
        for (const entry of entries)
          expect(entry.text[language], `${language} ${entry.id}`).toEqual(file[collection][entry.id]);
      }
    }
  });

  it("has every entry in every language whose file is present, translated rather than copied", async () => {
    for (const language of await seedLanguages()) {
      for (const entry of [...content.services, ...content.offices, ...content.lifeSituations])
        expect(entry.text[language], `${entry.id} ${language}`).toBeDefined();
      if (language === "de") continue;
      for (const { id, text } of content.services)
        expect(text[language]?.summary, `${id} ${language}`).not.toBe(text.de.summary);
    }
  });

  it("takes a language whose file appears in the directory (a renamed copy of English)", async () => {
    const dir = await seedCopy();
    await cp(new URL("text.en.json", seedDir), new URL("text.tr.json", dir));
    expect(await seedLanguages(dir)).toEqual(["de", "en", "tr"]);
    const loaded = await loadGuideSeed(dir);
    for (const entry of [...loaded.services, ...loaded.offices, ...loaded.lifeSituations]) {
      expect(entry.text.tr, entry.id).toEqual(entry.text.en);
      expect(entry.text.ar, entry.id).toBeUndefined();
    }
  });

  it("skips a missing language but fails on German missing or a malformed file", async () => {
    const onlyGerman = await seedCopy(["de"]);
    const loaded = await loadGuideSeed(onlyGerman);
    expect(loaded.services.every((s) => Object.keys(s.text).join() === "de")).toBe(true);

    await expect(loadGuideSeed(await seedCopy(["en"]))).rejects.toThrow(/text\.de\.json/);

    const broken = await seedCopy();
    await writeFile(new URL("text.pl.json", broken), '{ "services": { ');
    await expect(loadGuideSeed(broken)).rejects.toThrow(/text\.pl\.json is no valid JSON/);

    const english = await readTextFile(seedDir, "en");
    const [firstId, firstText] = Object.entries(english.services)[0]!;
    const wrongFees = await seedCopy();
    const fees = {
      ...english.services,
      [firstId]: { ...(firstText as object), fees: ["a", "b", "c", "d", "e"] },
    };
    await writeFile(new URL("text.ro.json", wrongFees), JSON.stringify({ ...english, services: fees }));
    await expect(loadGuideSeed(wrongFees)).rejects.toThrow(new RegExp(firstId));

    const unknown = await seedCopy();
    const extra = { ...english.services, "no-such-service": firstText };
    await writeFile(new URL("text.uk.json", unknown), JSON.stringify({ ...english, services: extra }));
    await expect(loadGuideSeed(unknown)).rejects.toThrow(/text\.uk\.json: unknown entry no-such-service/);

    const wrongShape = await seedCopy();
    await writeFile(new URL("text.bg.json", wrongShape), JSON.stringify({ services: {} }));
    await expect(loadGuideSeed(wrongShape)).rejects.toThrow(/text\.bg\.json is invalid/);
  });
});

/** What a device gets from a collection's feed after `since`, and the cursor it keeps. */
async function feed(t: TestApp, collection: string, since?: string) {
  const res = await t.app.request(`/api/sync/${collection}?limit=500${since ? `&since=${since}` : ""}`);
  expect(res.status).toBe(200);
  const page = syncPageSchema.parse(await res.json());
  expect(page.hasMore).toBe(false);
  return { changes: page.changes, cursor: page.cursor };
}

describe(`seedGuideLanguagesOnce (${databaseKind})`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it("adds a new language once to entries as seeded, never to one the staff changed, through the feed", async () => {
    // A guide seeded when the sample had German and English only.
    const before = await seedCopy();
    const old = await loadGuideSeed(before);
    const [untouched, edited, ownTurkish] = old.services;
    const editedService = {
      ...edited!,
      reviewedAt: "2026-03-10",
      text: { ...edited!.text, de: { ...edited!.text.de, title: "Eigener Titel der Stadt" } },
    };
    // Changed through the API without a new review day: the texts still tell.
    const turkishOfTheCity = { ...ownTurkish!.text.de, title: "Şehrin kendi başlığı" };
    const ownTurkishService = { ...ownTurkish!, text: { ...ownTurkish!.text, tr: turkishOfTheCity } };
    await upsertEntries(
      t.db,
      "offices",
      old.offices.map((data) => ({ id: data.id, data })),
    );
    await upsertEntries(
      t.db,
      "life-situations",
      old.lifeSituations.map((data) => ({ id: data.id, data })),
    );
    await upsertEntries(t.db, "services", [
      { id: untouched!.id, data: untouched },
      { id: edited!.id, data: editedService },
      { id: ownTurkish!.id, data: ownTurkishService },
    ]);
    const { cursor } = await feed(t, "services");

    // Then the Turkish file lands (here a renamed copy of English) …
    const after = await seedCopy();
    await cp(new URL("text.en.json", seedDir), new URL("text.tr.json", after));
    const fresh = await loadGuideSeed(after);
    const added = await seedGuideLanguagesOnce(t.db, after);
    expect(added).toBe(1 + old.offices.length + old.lifeSituations.length);
    expect(await seedGuideLanguagesOnce(t.db, after)).toBe(0);

    const services = new Map((await listEntries(t.db, "services")).map((e) => [e.id, e.data]));
    expect(services.get(untouched!.id)).toEqual(fresh.services.find((s) => s.id === untouched!.id));
    expect(services.get(edited!.id)).toEqual(editedService);
    expect(services.get(ownTurkish!.id)).toEqual(ownTurkishService);
    const offices = new Map((await listEntries(t.db, "offices")).map((e) => [e.id, e.data]));
    for (const office of fresh.offices) expect(offices.get(office.id)).toEqual(office);

    // … and devices that synced before get the changed entries from the feed.
    const { changes } = await feed(t, "services", cursor);
    expect(changes.map((c) => c.id)).toEqual([untouched!.id]);
    const [change] = changes;
    expect(change?.op === "upsert" ? change.data : null).toMatchObject({ text: { tr: untouched!.text.en } });

    // A second language landing later is added once too, still leaving the city's entries alone.
    const later = await seedCopy();
    await cp(new URL("text.en.json", seedDir), new URL("text.tr.json", later));
    await cp(new URL("text.en.json", seedDir), new URL("text.ar.json", later));
    expect(await seedGuideLanguagesOnce(t.db, later)).toBe(
      1 + old.offices.length + old.lifeSituations.length,
    );
    const again = new Map((await listEntries(t.db, "services")).map((e) => [e.id, e.data]));
    expect(again.get(untouched!.id)).toMatchObject({ text: { ar: untouched!.text.en } });
    expect(again.get(edited!.id)).toEqual(editedService);
  });

  it("changes nothing in a guide freshly seeded with every language", async () => {
    const other = await createTestApp();
    try {
      expect(await seedGuideOnFirstStart(other.db)).toBe(true);
      const version = await currentVersion(other.db);
      expect(await seedGuideLanguagesOnce(other.db)).toBe(0);
      expect(await currentVersion(other.db)).toBe(version);
    } finally {
      await other.close();
    }
  });
});

describe(`seedGuideOnFirstStart (${databaseKind})`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  /** Everything a new client gets from the feed of a collection, following the cursor. */
  async function syncAll(collection: string): Promise<Change[]> {
    const changes: Change[] = [];
    let since: string | undefined;
    for (let pages = 0; pages < 100; pages++) {
      const query = new URLSearchParams({ limit: "10", ...(since ? { since } : {}) });
      const res = await t.app.request(`/api/sync/${collection}?${query}`);
      expect(res.status).toBe(200);
      const page = syncPageSchema.parse(await res.json());
      changes.push(...page.changes);
      if (!page.hasMore) return changes;
      since = page.cursor;
    }
    throw new Error(`the ${collection} feed never ends`);
  }

  it("loads the content on the first start only, and the feed then lists all of it", async () => {
    expect(await seedGuideOnFirstStart(t.db)).toBe(true);
    const version = await currentVersion(t.db);

    expect(await seedGuideOnFirstStart(t.db)).toBe(false);
    expect(await currentVersion(t.db)).toBe(version);

    const services = await syncAll("services");
    expect(services.map((c) => c.op)).toEqual(content.services.map(() => "upsert"));
    expect(new Set(services.map((c) => c.id))).toEqual(new Set(content.services.map((s) => s.id)));
    const served = new Map(services.map((c) => [c.id, c.op === "upsert" ? c.data : undefined]));
    for (const service of content.services) expect(served.get(service.id)).toEqual(service);

    const offices = await syncAll("offices");
    expect(new Set(offices.map((c) => c.id))).toEqual(new Set(content.offices.map((o) => o.id)));
    const lifeSituations = await syncAll("life-situations");
    expect(new Set(lifeSituations.map((c) => c.id))).toEqual(
      new Set(content.lifeSituations.map((l) => l.id)),
    );
  });

  it("gives a guide seeded before online booking the sample booking rules once, keeping the city's own", async () => {
    const withoutBooking = ({ booking: _, ...rest }: { booking?: unknown }) => rest;
    const [office, service] = [content.offices[0]!, content.services[0]!];
    await upsertEntries(t.db, "offices", [{ id: office.id, data: withoutBooking(office) }]);
    const ownRules = { ...service.booking!, maxPersons: 3 };
    await upsertEntries(t.db, "services", [{ id: service.id, data: { ...service, booking: ownRules } }]);

    expect(await seedBookingRulesOnce(t.db)).toBe(1);
    expect(await seedBookingRulesOnce(t.db)).toBe(0);
    const offices = new Map((await listEntries(t.db, "offices")).map((e) => [e.id, e.data]));
    expect(offices.get(office.id)).toEqual(office);
    const services = new Map((await listEntries(t.db, "services")).map((e) => [e.id, e.data]));
    expect(services.get(service.id)).toMatchObject({ booking: ownRules });
  });

  it("gives a guide seeded before the summaries in Leichte Sprache the sample ones once, keeping the city's own", async () => {
    const [first, second] = [content.services[1]!, content.services[2]!];
    const { easySummary: _, ...withoutEasy } = first;
    await upsertEntries(t.db, "services", [
      { id: first.id, data: withoutEasy },
      { id: second.id, data: { ...second, easySummary: "Ein eigener Text von der Stadt." } },
    ]);

    expect(await seedEasySummariesOnce(t.db)).toBe(1);
    expect(await seedEasySummariesOnce(t.db)).toBe(0);
    const services = new Map((await listEntries(t.db, "services")).map((e) => [e.id, e.data]));
    expect(services.get(first.id)).toEqual(first);
    expect(services.get(second.id)).toMatchObject({ easySummary: "Ein eigener Text von der Stadt." });
  });
});
