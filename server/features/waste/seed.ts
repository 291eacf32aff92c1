// Sample collection districts, their dates for the coming year and a few streets, loaded once on the
// first start. Marked as samples (the page says so): the city's real files replace them in the console.
import { addDays, berlinDate, weekdayOf } from "../../../src/lib/contract/berlin-time";
import {
  BIN_TYPES,
  type BinType,
  type CollectionDay,
  type WasteStreet,
} from "../../../src/lib/contract/waste";
import type { Db } from "../../db/database";
import { markSeedDone, seedDone } from "../../db/seed-store";
import { publishDistrict } from "./service";
import { saveDistrictSettings, storeImport } from "./store";
import { replaceStreets } from "./streets";

const SEED_KEY = "seed:waste";

/** Which weekday (1 = Monday) and every how many weeks each bin goes out, per sample district. */
type Rhythm = Partial<Record<BinType, { weekday: number; weeks: number; offset: number }>>;

const SAMPLE_DISTRICTS: { id: string; name: string; rhythm: Rhythm }[] = [
  {
    id: "beispiel-nord",
    name: "Beispielbezirk Nord",
    rhythm: {
      residual: { weekday: 1, weeks: 2, offset: 0 },
      bio: { weekday: 1, weeks: 2, offset: 1 },
      paper: { weekday: 4, weeks: 4, offset: 0 },
      packaging: { weekday: 3, weeks: 2, offset: 0 },
      bulky: { weekday: 5, weeks: 12, offset: 2 },
    },
  },
  {
    id: "beispiel-sued",
    name: "Beispielbezirk Süd",
    rhythm: {
      residual: { weekday: 2, weeks: 2, offset: 1 },
      bio: { weekday: 2, weeks: 2, offset: 0 },
      paper: { weekday: 5, weeks: 4, offset: 2 },
      packaging: { weekday: 4, weeks: 2, offset: 1 },
      bulky: { weekday: 5, weeks: 12, offset: 8 },
    },
  },
];

const SAMPLE_STREETS: WasteStreet[] = [
  {
    id: "am wollepark",
    name: "Am Wollepark",
    ranges: [{ from: null, to: null, parity: "all", districtId: "beispiel-sued" }],
  },
  {
    id: "bahnhofstrasse",
    name: "Bahnhofstraße",
    ranges: [{ from: null, to: null, parity: "all", districtId: "beispiel-nord" }],
  },
  {
    id: "bremer strasse",
    name: "Bremer Straße",
    ranges: [
      { from: 1, to: 99, parity: "all", districtId: "beispiel-nord" },
      { from: 100, to: null, parity: "all", districtId: "beispiel-sued" },
    ],
  },
  {
    id: "lange strasse",
    name: "Lange Straße",
    ranges: [
      { from: null, to: null, parity: "odd", districtId: "beispiel-nord" },
      { from: null, to: null, parity: "even", districtId: "beispiel-sued" },
    ],
  },
  {
    id: "oldenburger strasse",
    name: "Oldenburger Straße",
    ranges: [{ from: null, to: null, parity: "all", districtId: "beispiel-nord" }],
  },
  {
    id: "stedinger strasse",
    name: "Stedinger Straße",
    ranges: [{ from: null, to: null, parity: "all", districtId: "beispiel-sued" }],
  },
];

/** A year of days from the Monday of this week, in each bin's rhythm. */
export function sampleDays(rhythm: Rhythm, today: string): CollectionDay[] {
  const monday = addDays(today, 1 - weekdayOf(today));
  const days: CollectionDay[] = [];
  for (let week = 0; week < 53; week++) {
    for (let weekday = 1; weekday <= 7; weekday++) {
      const bins = BIN_TYPES.filter((bin) => {
        const r = rhythm[bin];
        return r !== undefined && r.weekday === weekday && week % r.weeks === r.offset;
      });
      if (bins.length > 0) days.push({ date: addDays(monday, week * 7 + weekday - 1), bins });
    }
  }
  return days;
}

export async function seedWasteOnFirstStart(db: Db, now = new Date()): Promise<boolean> {
  if (await seedDone(db, SEED_KEY)) return false;
  const today = berlinDate(now);
  await db.transaction().execute(async (trx) => {
    for (const district of SAMPLE_DISTRICTS) {
      await saveDistrictSettings(
        trx,
        { id: district.id, name: district.name, sourceUrl: null, mapping: null, sample: true },
        now,
      );
      await storeImport(
        trx,
        district.id,
        { days: sampleDays(district.rhythm, today), unmapped: [], sample: true },
        now,
      );
      await publishDistrict(trx, district.id);
    }
    await replaceStreets(trx, SAMPLE_STREETS);
    await markSeedDone(trx, SEED_KEY, now);
  });
  return true;
}
