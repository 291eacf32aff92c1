// Online applications, their timeline and resumable uploads (Kysely types; times ISO strings).

export interface ApplicationTable {
  id: string;
  reference: string;
  account_id: string | null;
  applicant_name: string;
  type: string;
  definition_version: number;
  department: string;
  title: string;
  /** JSON of the submitted answers (visible fields only). */
  answers: string;
  status: "received" | "in_progress" | "question" | "decided";
  claimed_by: string | null;
  submitted_at: string;
  updated_at: string;
}

export interface ApplicationEventTable {
  id: string;
  application_id: string;
  kind: "received" | "in_progress" | "question" | "answer" | "decided";
  actor_id: string | null;
  text: string | null;
  outcome: "approved" | "partly" | "rejected" | null;
  message_id: string | null;
  created_at: string;
}

/** A part of a resumable upload; the parts of one upload are contiguous from offset 0. */
export interface UploadChunkTable {
  upload_id: string;
  offset: number;
  account_id: string;
  /** The whole file's size, as announced with the first part. */
  total: number;
  name: string;
  size: number;
  content: Uint8Array;
  created_at: string;
}

/** The tables above, composed into `Database` in server/db/schema.ts. */
export interface ApplicationTables {
  applications: ApplicationTable;
  application_events: ApplicationEventTable;
  upload_chunks: UploadChunkTable;
}
