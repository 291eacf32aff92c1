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
}
