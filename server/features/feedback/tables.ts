// Page feedback (Kysely types; booleans 0/1, times ISO strings).

export interface FeedbackTable {
  id: string;
  client_id: string;
  page: string;
  helpful: number;
  comment: string | null;
  language: string;
  created_at: string;
}

/** The tables above, composed into `Database` in server/db/schema.ts. */
export interface FeedbackTables {
  feedback: FeedbackTable;
}
