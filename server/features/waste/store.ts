// SQL of the waste calendar: districts (source, mapping, last good dates, last failure) and the
// reminders by Web Push. JSON columns are parsed on the way out, so a damaged row fails loudly.
import type { Selectable } from "kysely";
import {
  binMappingSchema,
  binTypeSchema,
  type BinMapping,
  type BinType,
  type CollectionDay,
  collectionDaySchema,
} from "../../../src/lib/contract/waste";
import { UI_LANGUAGES, type UiLanguage } from "../../../src/lib/contract/languages";
import { z } from "../../../src/lib/contract/zod";
import type { Db } from "../../db/database";
import type { WasteDistrictTable } from "../../db/schema";

export type StoredDistrict = {
  id: string;
  name: string;
  sourceUrl: string | null;
  mapping: BinMapping | null;
  sample: boolean;
  days: CollectionDay[];
  unmapped: string[];
  lastImportAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  updatedAt: string;
};

const daysSchema = z.array(collectionDaySchema);
const stringsSchema = z.array(z.string());

function districtOf(row: Selectable<WasteDistrictTable>): StoredDistrict {
  return {
    id: row.id,
    name: row.name,
    sourceUrl: row.source_url,
    mapping: row.mapping === null ? null : binMappingSchema.parse(JSON.parse(row.mapping)),
    sample: row.sample === 1,
    days: daysSchema.parse(JSON.parse(row.days)),
    unmapped: stringsSchema.parse(JSON.parse(row.unmapped)),
    lastImportAt: row.last_import_at,
    lastError: row.last_error,
    lastErrorAt: row.last_error_at,
    updatedAt: row.updated_at,
  };
}

export async function listDistricts(db: Db): Promise<StoredDistrict[]> {
  const rows = await db.selectFrom("waste_districts").selectAll().orderBy("name").orderBy("id").execute();
  return rows.map(districtOf);
}

export async function findDistrict(db: Db, id: string): Promise<StoredDistrict | undefined> {
  const row = await db.selectFrom("waste_districts").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? districtOf(row) : undefined;
}

/** Creates the district or changes its name, source and mapping; its dates stay. */
export async function saveDistrictSettings(
  db: Db,
  district: {
    id: string;
    name: string;
    sourceUrl: string | null;
    mapping: BinMapping | null;
    sample?: boolean;
  },
  now: Date,
): Promise<boolean> {
  const settings = {
    name: district.name,
    source_url: district.sourceUrl,
    mapping: district.mapping === null ? null : JSON.stringify(district.mapping),
    updated_at: now.toISOString(),
  };
  // Insert first: two requests creating the same district at once must not both try (a unique
  // violation would be a 500); the one that finds it there changes it instead.
  const inserted = await db
    .insertInto("waste_districts")
    .values({ id: district.id, ...settings, sample: district.sample ? 1 : 0, days: "[]", unmapped: "[]" })
    .onConflict((oc) => oc.column("id").doNothing())
    .returning("id")
    .executeTakeFirst();
  if (inserted) return true;
  await db.updateTable("waste_districts").set(settings).where("id", "=", district.id).execute();
  return false;
}

/** A good import: its dates replace the old ones, the failure is forgotten; only the seed's are samples. */
export async function storeImport(
  db: Db,
  id: string,
  result: { days: CollectionDay[]; unmapped: string[]; sample?: boolean },
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  await db
    .updateTable("waste_districts")
    .set({
      days: JSON.stringify(result.days),
      unmapped: JSON.stringify(result.unmapped),
      sample: result.sample ? 1 : 0,
      last_import_at: at,
      last_error: null,
      last_error_at: null,
      updated_at: at,
    })
    .where("id", "=", id)
    .execute();
}

/** A failed import: only the failure is recorded, the last good dates stay. */
export async function storeImportFailure(db: Db, id: string, reason: string, now: Date): Promise<void> {
  await db
    .updateTable("waste_districts")
    .set({ last_error: reason.slice(0, 500), last_error_at: now.toISOString() })
    .where("id", "=", id)
    .execute();
}

export async function deleteDistrict(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom("waste_districts").where("id", "=", id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

// ---- Reminders ----

export type StoredReminder = {
  subscriptionId: string;
  districtId: string;
  bins: BinType[];
  time: string;
  language: UiLanguage;
};

const binsSchema = z.array(binTypeSchema);
const languageSchema = z.enum(UI_LANGUAGES);

export async function saveReminder(db: Db, reminder: StoredReminder, now: Date): Promise<void> {
  const row = {
    district_id: reminder.districtId,
    bins: JSON.stringify(reminder.bins),
    time: reminder.time,
    language: reminder.language,
    updated_at: now.toISOString(),
  };
  await db
    .insertInto("waste_reminders")
    .values({ subscription_id: reminder.subscriptionId, ...row })
    .onConflict((oc) => oc.column("subscription_id").doUpdateSet(row))
    .execute();
}

export async function findReminder(db: Db, subscriptionId: string): Promise<StoredReminder | undefined> {
  const row = await db
    .selectFrom("waste_reminders")
    .selectAll()
    .where("subscription_id", "=", subscriptionId)
    .executeTakeFirst();
  return row
    ? {
        subscriptionId: row.subscription_id,
        districtId: row.district_id,
        bins: binsSchema.parse(JSON.parse(row.bins)),
        time: row.time,
        language: languageSchema.parse(row.language),
      }
    : undefined;
}

export async function deleteReminder(db: Db, subscriptionId: string): Promise<void> {
  await db.deleteFrom("waste_reminders").where("subscription_id", "=", subscriptionId).execute();
}

/** Every reminder with its district's dates, for the evening job. */
export async function listRemindersWithDays(db: Db): Promise<(StoredReminder & { days: CollectionDay[] })[]> {
  const rows = await db
    .selectFrom("waste_reminders")
    .innerJoin("waste_districts", "waste_districts.id", "waste_reminders.district_id")
    .select([
      "waste_reminders.subscription_id",
      "waste_reminders.district_id",
      "waste_reminders.bins",
      "waste_reminders.time",
      "waste_reminders.language",
      "waste_districts.days",
    ])
    .execute();
  return rows.map((row) => ({
    subscriptionId: row.subscription_id,
    districtId: row.district_id,
    bins: binsSchema.parse(JSON.parse(row.bins)),
    time: row.time,
    language: languageSchema.parse(row.language),
    days: daysSchema.parse(JSON.parse(row.days)),
  }));
}
