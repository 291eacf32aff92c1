// The council information system as imported by OParl (Kysely types; `data` holds the normalised
// object as JSON, `sample` is 1 for the seed's rows).

interface CouncilObjectTable {
  id: string;
  data: string;
  sample: number;
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
export interface CouncilTables {
  council_organizations: CouncilObjectTable;
  council_persons: CouncilObjectTable;
  council_papers: CouncilObjectTable;
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
}
