// Official warnings, their history and the NINA regions polled (Kysely types; times ISO strings).

/** Current state of each warning; `data` is the Warning record of src/lib/contract/warnings.ts. */
export interface WarningTable {
  id: string;
  provider: string;
  version: number;
  hash: string;
  msg_type: string;
  severity: string;
  sent: string;
  expires: string | null;
  data: string;
  first_seen_at: string;
  updated_at: string;
}

export interface WarningHistoryTable {
  id: string;
  warning_id: string;
  version: number;
  hash: string;
  data: string;
  recorded_at: string;
}

export interface NinaRegionTable {
  ars: string;
  etag: string | null;
  last_modified: string | null;
  last_success_at: string | null;
  last_error_at: string | null;
  last_error: string | null;
  failures: number;
  next_poll_at: string | null;
}

/** The tables above, composed into `Database` in server/db/schema.ts. */
export interface WarningTables {
  warnings: WarningTable;
  warning_history: WarningHistoryTable;
  nina_regions: NinaRegionTable;
}
