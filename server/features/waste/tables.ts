// The waste collection calendar (Kysely types; times ISO strings, JSON in text columns).

export interface WasteDistrictTable {
  id: string;
  name: string;
  /** An https address of the provider's ICS file, fetched daily; null when staff upload files. */
  source_url: string | null;
  /** JSON BinMapping, or null for the built-in words. */
  mapping: string | null;
  sample: number;
  /** JSON CollectionDay[] of the last good import. */
  days: string;
  /** JSON string[]: summaries of the last good import that named no bin. */
  unmapped: string;
  last_import_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  updated_at: string;
}

export interface WasteReminderTable {
  subscription_id: string;
  district_id: string;
  /** JSON BinType[]. */
  bins: string;
  /** "HH:MM" in Europe/Berlin on the evening before. */
  time: string;
  /** The app language the reminder is written in (UI_LANGUAGES). */
  language: string;
  updated_at: string;
}

/** The tables above, composed into `Database` in server/db/schema.ts. */
export interface WasteTables {
  waste_districts: WasteDistrictTable;
  waste_reminders: WasteReminderTable;
}
