// Test data of the calendar: a small office of its own, and appointments written straight into the
// calendar for tests of what happens to booked ones (reminders, the staff's day).
import { randomUUID } from "node:crypto";
import type { Db } from "../../db/database";
import type { AppointmentTable } from "../../db/schema";
import type { Office, Service } from "../../../src/lib/contract/guide";
import { hashToken, newToken } from "../../http/session";
import { upsertEntries } from "../../platform/sync/store";
import { newAppointmentReference } from "./service";
import { unitsOf } from "./slots";
import { claimUnits } from "./store";

const DURATION_MINUTES = 20;

/** A confirmed 20-minute appointment of a person of its own, booked three days before. */
export function appointmentRow(start: number, overrides: Partial<AppointmentTable> = {}): AppointmentTable {
  const created = new Date(Math.min(Date.now(), start) - 3 * 24 * 3600_000).toISOString();
  return {
    id: randomUUID(),
    reference: newAppointmentReference(),
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
}

export async function insertAppointment(
  db: Db,
  start: number,
  overrides: Partial<AppointmentTable> = {},
): Promise<AppointmentTable> {
  const row = appointmentRow(start, overrides);
  const now = Math.min(Date.now(), start) - 3 * 24 * 3600_000;
  const claimed = await claimUnits(db, row, unitsOf(start, DURATION_MINUTES), now, { allowOverlap: true });
  if (claimed !== "claimed") throw new Error(`counter ${row.counter} is taken at ${row.starts_at}`);
  return row;
}

const TEXT = {
  title: "Testdienst",
  summary: "Ein Dienst zum Testen.",
  description: "Ein Dienst zum Testen.",
  documents: ["Ausweis"],
  fees: [],
  processingTime: "sofort",
  keywords: [],
};

/** "testamt" with one 30-minute service "testdienst", 30-minute slots, no lead time. */
export async function seedTestOffice(db: Db, options: { counters: number; openingHours: string }) {
  const { counters, openingHours } = options;
  const office: Office = {
    id: "testamt",
    address: { street: "Teststraße 1", postalCode: "27749", city: "Delmenhorst" },
    geo: { lat: 53.05, lon: 8.63 },
    openingHours,
    phone: "+49 4221 0",
    email: "testamt@example.org",
    accessibility: { wheelchair: "yes", accessibleToilet: true, hearingLoop: false, disabledParking: false },
    booking: { counters, slotMinutes: 30, horizonDays: 30, leadMinutes: 0, department: "buergerbuero" },
    reviewedAt: "2026-11-01",
    sample: true,
    text: {
      de: { name: "Testamt", description: "Ein Amt zum Testen." },
      en: { name: "Test office", description: "An office for tests." },
    },
  };
  const service: Service = {
    id: "testdienst",
    category: "identity",
    officeIds: ["testamt"],
    online: "no",
    appointment: "required",
    durationMinutes: 30,
    fees: [],
    legalBasis: [],
    reviewedAt: "2026-11-01",
    sample: true,
    text: { de: TEXT, en: TEXT },
  };
  await upsertEntries(db, "offices", [{ id: office.id, data: office }]);
  await upsertEntries(db, "services", [{ id: service.id, data: service }]);
}
