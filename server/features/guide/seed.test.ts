// The sample content of the services guide: complete, in both languages, and loaded exactly once.
import OpeningHours from "opening_hours";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Change, syncPageSchema } from "../../../src/lib/contract/sync";
import { createTestApp, databaseKind, type TestApp } from "../../testing/test-app";
import { currentVersion } from "../../platform/sync/store";
import { listEntries, upsertEntries } from "../../platform/sync/store";
import {
  type GuideContent,
  loadGuideSeed,
  seedBookingRulesOnce,
  seedEasySummariesOnce,
  seedGuideOnFirstStart,
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
