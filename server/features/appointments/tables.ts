// Appointments, the counter units they hold and office closures (Kysely types; times ISO strings).

export interface AppointmentTable {
  id: string;
  /** What the resident reads out or shows as QR at the office, e.g. T-7K3M-9QXA. */
  reference: string;
  office_id: string;
  counter: number;
  starts_at: string;
  ends_at: string;
  /** JSON array of { serviceId, persons }. */
  services: string;
  visit_type: "on-site" | "phone" | "video";
  status: "held" | "confirmed" | "checked-in" | "no-show" | "cancelled" | "expired";
  account_id: string | null;
  name: string;
  email: string;
  phone: string | null;
  language: string;
  token_hash: string;
  hold_expires_at: string | null;
  reminder_sent_at: string | null;
  checked_in_at: string | null;
  cancelled_at: string | null;
  /** iCalendar SEQUENCE: goes up when the appointment is moved or cancelled. */
  sequence: number;
  created_at: string;
  updated_at: string;
}

export interface AppointmentUnitTable {
  office_id: string;
  counter: number;
  unit_start: string;
  appointment_id: string;
  hold_expires_at: string | null;
}

export interface AppointmentClosureTable {
  id: string;
  office_id: string;
  starts_at: string;
  ends_at: string;
  reason: string;
  created_by: string | null;
  created_at: string;
}

/** The tables above, composed into `Database` in server/db/schema.ts. */
export interface AppointmentTables {
  appointments: AppointmentTable;
  appointment_units: AppointmentUnitTable;
  appointment_closures: AppointmentClosureTable;
}
