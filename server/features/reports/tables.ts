// Defect reports (Kysely types; booleans 0/1, times ISO strings, JSON in text columns).

export interface DefectReportTable {
  id: string;
  category: string;
  /** Where it is handled now: the category's department, or where staff forwarded it. */
  department: string;
  lat: number;
  lon: number;
  address: string | null;
  description: string;
  /** 1 once staff looked at it: only then is the description public. */
  reviewed: number;
  email: string | null;
  account_id: string | null;
  /** SHA-256 of the secret the creator got back (photos, reopening without an account). */
  secret_hash: string;
  push_subscription_id: string | null;
  /** UiLanguage of the notices to the reporter. */
  language: string;
  /** "app", "open311" (no key) or "open311:<api key id>". */
  source: string;
  status: string;
  public_note: string | null;
  status_changed_at: string;
  support_count: number;
  assignee_id: string | null;
  duplicate_of: string | null;
  reopened_at: string | null;
  reopen_reason: string | null;
  sample: number;
  created_at: string;
  updated_at: string;
}

export interface DefectReportPhotoTable {
  id: string;
  report_id: string;
  published: number;
  width: number;
  height: number;
  small: Uint8Array;
  large: Uint8Array;
  created_at: string;
}

export interface DefectReportSupportTable {
  report_id: string;
  supporter: string;
  created_at: string;
}

export interface DefectReportFollowTable {
  id: string;
  subscription_id: string;
  lat: number;
  lon: number;
  radius_m: number;
  /** JSON ReportCategory[]; empty for every category. */
  categories: string;
  language: string;
  created_at: string;
}

export interface Open311ApiKeyTable {
  id: string;
  client: string;
  key_hash: string;
  created_by: string | null;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

/** The tables above, composed into `Database` in server/db/schema.ts. */
export interface ReportTables {
  defect_reports: DefectReportTable;
  defect_report_photos: DefectReportPhotoTable;
  defect_report_supports: DefectReportSupportTable;
  defect_report_follows: DefectReportFollowTable;
  open311_api_keys: Open311ApiKeyTable;
}
