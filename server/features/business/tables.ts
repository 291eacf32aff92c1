// Consultation requests to the economic development agency (Kysely types; times ISO strings).

export interface ConsultationTable {
  id: string;
  reference: string;
  data: string;
  state: string;
  account_id: string | null;
  created_at: string;
}

/** The tables above, composed into `Database` in server/db/schema.ts. */
export interface BusinessTables {
  consultations: ConsultationTable;
}
