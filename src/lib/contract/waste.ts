// The waste collection calendar (issue 22): collection districts with their dates (imported from the
// providers' iCalendar files), the street → district table, and reminders by Web Push. Shared by
// server, browser and service worker.
import { UI_LANGUAGES } from "./languages";
import { BIN_TYPES } from "./waste-address";
import { z } from "./zod";

export const WASTE_DISTRICTS_COLLECTION = "waste-districts";
export const WASTE_STREETS_COLLECTION = "waste-streets";

export { BIN_TYPES, type BinType, districtOf, houseNumberValue } from "./waste-address";
export const binTypeSchema = z.enum(BIN_TYPES);

export const wasteDistrictIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
const isoDate = z.iso.date();

/** One collection day of a district: which bins go out. */
export const collectionDaySchema = z.object({
  date: isoDate,
  bins: z.array(binTypeSchema).min(1).max(BIN_TYPES.length),
});
export type CollectionDay = z.infer<typeof collectionDaySchema>;

/** What residents sync: a district's name and its collection days in date order. */
export const wasteDistrictSchema = z.object({
  id: wasteDistrictIdSchema,
  name: z.string(),
  /** Sample data of the first start, not the city's real dates. */
  sample: z.boolean(),
  days: z.array(collectionDaySchema),
  updatedAt: z.string(),
});
export type WasteDistrict = z.infer<typeof wasteDistrictSchema>;

/** Which house numbers of a street a range covers; null ends are open. */
export const PARITIES = ["all", "odd", "even"] as const;
export const streetRangeSchema = z.object({
  from: z.number().int().min(1).max(9999).nullable(),
  to: z.number().int().min(1).max(9999).nullable(),
  parity: z.enum(PARITIES),
  districtId: wasteDistrictIdSchema,
});
export type StreetRange = z.infer<typeof streetRangeSchema>;

/** One street of the street → district table; a street split by house numbers has several ranges. */
export const wasteStreetSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string(),
  ranges: z.array(streetRangeSchema).min(1),
});
export type WasteStreet = z.infer<typeof wasteStreetSchema>;

/** The id of a street name: lower case, "Straße"/"Str." alike, spaces and dashes folded. */
export function streetKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/str\.?$/u, "strasse")
    .replace(/[\s-]+/g, " ");
}

// ---- Console ----

/** Summary words (lower case, found anywhere in a SUMMARY) mapped to bin types; replaces the built-in rules. */
export const binMappingSchema = z
  .record(z.string().trim().toLowerCase().min(2).max(60), binTypeSchema)
  .refine((m) => Object.keys(m).length <= 50, "at most 50 words");
export type BinMapping = z.infer<typeof binMappingSchema>;

export const districtWriteSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  /** An https address of the provider's ICS file, fetched daily; null when staff upload files. */
  sourceUrl: z
    .url({ protocol: /^https$/ })
    .max(1000)
    .nullable(),
  mapping: binMappingSchema.nullable(),
});
export type DistrictWrite = z.infer<typeof districtWriteSchema>;

export const importStatusSchema = z.object({
  lastImportAt: z.string().nullable(),
  lastErrorAt: z.string().nullable(),
  /** Why the last try failed (parse error, HTTP status); the dates of the last good import stay. */
  lastError: z.string().nullable(),
  /** Summaries of the last good import no rule mapped to a bin (skipped). */
  unmapped: z.array(z.string()),
});

export const staffDistrictSchema = z.object({
  id: wasteDistrictIdSchema,
  name: z.string(),
  sourceUrl: z.string().nullable(),
  mapping: binMappingSchema.nullable(),
  sample: z.boolean(),
  days: z.number().int(),
  nextDay: collectionDaySchema.nullable(),
  status: importStatusSchema,
});
export type StaffDistrict = z.infer<typeof staffDistrictSchema>;

export const icsImportSchema = z.strictObject({ ics: z.string().min(1).max(2_000_000) });

export const importResultSchema = z.object({
  days: z.number().int(),
  unmapped: z.array(z.string()),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const streetsImportSchema = z.strictObject({ csv: z.string().min(1).max(2_000_000) });
export const streetsImportResultSchema = z.object({ streets: z.number().int(), ranges: z.number().int() });

// ---- Reminders by Web Push ----

/** The evening before a collection day, when nothing else was chosen. */
export const DEFAULT_REMINDER_TIME = "18:00";
/** "HH:MM" in Europe/Berlin on the day before: from noon to 23:59 (it is a reminder the evening before). */
export const REMINDER_TIME_PATTERN = /^(1[2-9]|2[0-3]):[0-5]\d$/;

/** This device's reminder: which bins of which district, at what time, in which language. */
export const wasteReminderSchema = z.strictObject({
  districtId: wasteDistrictIdSchema,
  bins: z
    .array(binTypeSchema)
    .min(1)
    .max(BIN_TYPES.length)
    .refine((bins) => new Set(bins).size === bins.length, "each bin once"),
  time: z.string().regex(REMINDER_TIME_PATTERN, "HH:MM between 12:00 and 23:59"),
  language: z.enum(UI_LANGUAGES),
});
export type WasteReminder = z.infer<typeof wasteReminderSchema>;

/** GET answer: null when this device has no reminder. */
export const wasteReminderStateSchema = z.object({ reminder: wasteReminderSchema.nullable() });
export type WasteReminderState = z.infer<typeof wasteReminderStateSchema>;
