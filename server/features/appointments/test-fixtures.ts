// Appointments written straight into the calendar, for tests of what happens to booked ones
// (reminders, the staff's day): a confirmed 20-minute identity-card visit at the Bürgerbüro.
import { randomUUID } from "node:crypto";
import type { Db } from "../../db/database";
import type { AppointmentTable } from "../../db/schema";
import { hashToken, newToken } from "../../http/session";
import { newReference } from "./service";
import { unitsOf } from "./slots";
import { claimUnits } from "./store";

const DURATION_MINUTES = 20;

export async function insertAppointment(
  db: Db,
  start: number,
  overrides: Partial<AppointmentTable> = {},
): Promise<AppointmentTable> {
  const created = new Date(Math.min(Date.now(), start) - 3 * 24 * 3600_000).toISOString();
  const row: AppointmentTable = {
    id: randomUUID(),
    reference: newReference(),
    office_id: "buergerbuero",
    counter: 1,
    starts_at: new Date(start).toISOString(),
    ends_at: new Date(start + DURATION_MINUTES * 60_000).toISOString(),
    services: JSON.stringify([{ serviceId: "personalausweis", persons: 1 }]),
    visit_type: "on-site",
    status: "confirmed",
    account_id: null,
    name: "Erika Mustermann",
    email: `erika-${randomUUID().slice(0, 6)}@example.org`,
    phone: null,
    language: "de",
    token_hash: hashToken(newToken()),
    hold_expires_at: null,
    reminder_sent_at: null,
    checked_in_at: null,
    cancelled_at: null,
    sequence: 0,
    created_at: created,
    updated_at: created,
    ...overrides,
  };
  const claimed = await claimUnits(db, row, unitsOf(start, DURATION_MINUTES), Date.parse(created));
  if (!claimed) throw new Error(`counter ${row.counter} is taken at ${row.starts_at}`);
  return row;
}
