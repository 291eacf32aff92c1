// The council information system as imported by OParl (Kysely types; `data` holds the normalised
// object as JSON, `sample` is 1 for the seed's rows).

interface CouncilObjectTable {
  id: string;
  data: string;
  sample: number;
}

/** `search_title`: name and reference folded for the title search (fold.ts, migration 0027). */
export interface CouncilPaperTable extends CouncilObjectTable {
  search_title: string | null;
}
export interface CouncilMeetingTable extends CouncilObjectTable {
  start: string | null;
}
export interface CouncilMembershipTable extends CouncilObjectTable {
  person_id: string | null;
  organization_id: string | null;
}
export interface CouncilAgendaItemTable extends CouncilObjectTable {
  meeting_id: string;
  position: number;
}
export interface CouncilConsultationTable extends CouncilObjectTable {
  paper_id: string;
  meeting_id: string | null;
  agenda_item_id: string | null;
}
export interface CouncilFileTable extends CouncilObjectTable {
  owner_id: string;
  position: number;
  /** Our id of the file (its OParl id hashed, migration 0023): GET /api/council/files/{file_key}. */
  file_key: string | null;
}
/** Files fetched on demand, least recently used evicted first (files.ts). */
export interface CouncilFileCacheTable {
  file_key: string;
  source: string;
  content: Uint8Array;
  media_type: string;
  size: number;
  etag: string;
  fetched_at: string;
  used_at: string;
  sample: number;
}
/** A file's text for the full-text search (PostgreSQL adds a generated `search` tsvector). */
export interface CouncilFileTextTable {
  file_key: string;
  text: string;
  extracted_at: string | null;
  failed_at: string | null;
  failure: string | null;
}
/** SQLite only: the FTS5 index of the texts, kept in step by files-store.ts. */
export interface CouncilTextIndexTable {
  file_key: string;
  text: string;
}
export interface CouncilImportTable {
  key: string;
  value: string;
}

/** The tables above, composed into `Database` in server/db/schema.ts. */
export interface CouncilTables extends CouncilAlertTables {
  council_organizations: CouncilObjectTable;
  /** Legislative terms (migration 0028), replaced whole on every import. */
  council_legislative_terms: CouncilObjectTable;
  council_persons: CouncilObjectTable;
  council_papers: CouncilPaperTable;
  council_locations: CouncilObjectTable;
  council_meetings: CouncilMeetingTable;
  council_memberships: CouncilMembershipTable;
  council_agenda_items: CouncilAgendaItemTable;
  council_consultations: CouncilConsultationTable;
  council_files: CouncilFileTable;
  council_import: CouncilImportTable;
  council_file_cache: CouncilFileCacheTable;
  council_file_texts: CouncilFileTextTable;
  council_text_index: CouncilTextIndexTable;
  council_info_events: CouncilInfoEventTable;
  council_streams: CouncilStreamTable;
  council_stream_chapters: CouncilStreamChapterTable;
  council_stream_skips: CouncilStreamSkipTable;
  council_event_questions: CouncilEventQuestionTable;
  council_stream_reminders: CouncilStreamReminderTable;
}

// ---- Streams and info events (migration 0025, streams-store.ts) ----

export interface CouncilInfoEventTable {
  id: string;
  title: string;
  starts_at: string;
  ends_at: string | null;
  place: string;
  topic: string;
  description: string;
  /** JSON [{ name, url }]. */
  documents: string;
  /** JSON [{ id, number, name }]. */
  agenda: string;
  sample: number;
  created_at: string;
  updated_at: string;
}
export interface CouncilStreamTable {
  id: string;
  meeting_id: string | null;
  event_id: string | null;
  live_url: string | null;
  recording_url: string | null;
  state: string;
  started_at: string | null;
  current_item_id: string | null;
  starts_at: string | null;
  sample: number;
  created_at: string;
  updated_at: string;
}
export interface CouncilStreamChapterTable {
  id: string;
  stream_id: string;
  agenda_item_id: string;
  seconds: number;
  at: string;
}
export interface CouncilStreamSkipTable {
  id: string;
  stream_id: string;
  from_seconds: number;
  to_seconds: number;
  note: string;
  created_at: string;
}
export interface CouncilEventQuestionTable {
  id: string;
  event_id: string;
  text: string;
  status: string;
  account_id: string | null;
  created_at: string;
  moderated_at: string | null;
}
export interface CouncilStreamReminderTable {
  stream_id: string;
  subscription_id: string;
  language: string;
  created_at: string;
}

// ---- Council alerts (migration 0026): what devices follow, what was sent to them, and the weekly
// mail's matches and weeks. ----

export interface CouncilFollowTable {
  id: string;
  subscription_id: string;
  kind: "committee" | "keyword" | "area";
  organization_id: string | null;
  keyword: string | null;
  lat: number | null;
  lon: number | null;
  radius_m: number | null;
  language: string;
  account_id: string | null;
  weekly_mail: number;
  created_at: string;
}
export interface CouncilAlertSentTable {
  subscription_id: string;
  item_key: string;
  sent_at: string;
}
export interface CouncilAlertMatchTable {
  account_id: string;
  item_key: string;
  kind: string;
  title: string;
  path: string;
  matched_at: string;
  mailed_at: string | null;
}
export interface CouncilAlertWeekTable {
  week: string;
  mailed_at: string;
}

/** Part of `CouncilTables`. */
export interface CouncilAlertTables {
  council_follows: CouncilFollowTable;
  council_alerts_sent: CouncilAlertSentTable;
  council_alert_matches: CouncilAlertMatchTable;
  council_alert_weeks: CouncilAlertWeekTable;
}
