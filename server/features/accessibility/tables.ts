// Feedback on barriers (Kysely types; times ISO strings).

export interface AccessibilityFeedbackTable {
  id: string;
  reference: string;
  message: string;
  page: string | null;
  name: string | null;
  email: string | null;
  account_id: string | null;
  received_at: string;
  /** The last day of the answer period, a Berlin calendar date. */
  answer_by: string;
  answered_at: string | null;
}

/** Admins' settings of the accessibility offers, by key (see migration 0015). */
export interface AccessibilitySettingTable {
  key: string;
  value: string;
  updated_at: string;
}

/** The tables above, composed into `Database` in server/db/schema.ts. */
export interface AccessibilityTables {
  accessibility_feedback: AccessibilityFeedbackTable;
  accessibility_settings: AccessibilitySettingTable;
}
