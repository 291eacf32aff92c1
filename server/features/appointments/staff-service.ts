// The rules of the office's side: staff see and change the calendars of their department's offices
// only (admins all), check-in on the day only, closures that may cancel what they cover. Audited.
import { randomUUID } from "node:crypto";
import type { Office } from "../../../src/lib/contract/guide";
import type { Db } from "../../db/database";
import type { AppointmentClosureTable } from "../../db/schema";
import type { SignedInAccount } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { recordAudit } from "../../platform/audit/store";
import { berlinDate } from "../../../src/lib/contract/berlin-time";
import { findOffice, guideOf } from "./guide-data";
import { cancelledByOfficeMail } from "./mails";
import type { MailDeps } from "../../platform/deps";
import { publish, sendMail } from "./service";
import { rangeOf } from "./slots";
import * as store from "./store";
import { mailFacts, toStaffAppointment } from "./views";

/** The staff member of the request; asked only when needed, so that a missing thing is a 404 first. */
export type StaffOf = () => SignedInAccount;

/** The office, if the signed-in staff member runs its calendar. */
async function officeForStaff(
  db: Db,
  staffOf: StaffOf,
  officeId: string,
): Promise<Office & { booking: NonNullable<Office["booking"]> }> {
  const staff = staffOf();
  const office = await findOffice(db, officeId);
  if (!office?.booking) throw new ProblemError(404, "not_found");
  if (staff.role !== "admin" && staff.department !== office.booking.department) {
    throw new ProblemError(403, "forbidden", "Not your department's office");
  }
  return { ...office, booking: office.booking };
}

export const toClosure = (row: AppointmentClosureTable) => ({
  id: row.id,
  officeId: row.office_id,
  start: row.starts_at,
  end: row.ends_at,
  reason: row.reason,
  createdAt: row.created_at,
});

export async function dayView(db: Db, staffOf: StaffOf, officeId: string, date: string) {
  const office = await officeForStaff(db, staffOf, officeId);
  const range = rangeOf(date, 1);
  const [rows, closures] = await Promise.all([
    store.appointmentsOfDay(db, office.id, range),
    store.loadClosures(db, office.id, range),
  ]);
  const view = {
    officeId: office.id,
    date,
    counters: office.booking.counters,
    department: office.booking.department,
    // rangeOf covers a day and a bit (25-hour days): keep the asked day only.
    appointments: rows.filter((r) => berlinDate(Date.parse(r.starts_at)) === date).map(toStaffAppointment),
    closures: closures.map(toClosure),
  };
  await recordAudit(db, {
    actor: staffOf(),
    action: "appointments.day-read",
    details: { office: office.id, date },
  });
  return view;
}

export async function checkIn(db: Db, staffOf: StaffOf, reference: string) {
  const row = await store.findByReference(db, reference);
  if (!row) throw new ProblemError(404, "not_found");
  await officeForStaff(db, staffOf, row.office_id);
  const now = Date.now();
  // Check-in on the appointment's day only: a reference from another day is a mistake at the desk.
  if (berlinDate(Date.parse(row.starts_at)) !== berlinDate(now)) {
    throw new ProblemError(409, "appointment_not_active", "not today");
  }
  const checkedIn = await store.changeStatus(db, row.id, ["confirmed", "no-show"], "checked-in", now);
  if (!checkedIn) throw new ProblemError(409, "appointment_not_active");
  await publish(db, checkedIn);
  await recordAudit(db, { actor: staffOf(), action: "appointments.checked-in", subjectId: row.id });
  return toStaffAppointment(checkedIn);
}

export async function markNoShow(db: Db, staffOf: StaffOf, id: string) {
  const row = await store.findById(db, id);
  if (!row) throw new ProblemError(404, "not_found");
  await officeForStaff(db, staffOf, row.office_id);
  const now = Date.now();
  if (Date.parse(row.starts_at) > now)
    throw new ProblemError(409, "appointment_not_active", "not started yet");
  const marked = await store.changeStatus(db, row.id, ["confirmed"], "no-show", now);
  if (!marked) throw new ProblemError(409, "appointment_not_active");
  await publish(db, marked);
  await recordAudit(db, { actor: staffOf(), action: "appointments.no-show", subjectId: row.id });
  return toStaffAppointment(marked);
}

export type ClosureInput = {
  officeId: string;
  start: string;
  end: string;
  reason: string;
  cancelAppointments: boolean;
};

/** A closure; with cancelAppointments, what it covers is cancelled and everyone affected told. */
export async function createClosure(deps: MailDeps, staffOf: StaffOf, request: ClosureInput) {
  const { db } = deps;
  const office = await officeForStaff(db, staffOf, request.officeId);
  const staff = staffOf();
  const now = Date.now();
  const row: AppointmentClosureTable = {
    id: randomUUID(),
    office_id: office.id,
    starts_at: new Date(request.start).toISOString(),
    ends_at: new Date(request.end).toISOString(),
    reason: request.reason,
    created_by: staff.id,
    created_at: new Date(now).toISOString(),
  };
  await store.insertClosure(db, row);
  let cancelled = 0;
  if (request.cancelAppointments) {
    const period = { start: Date.parse(row.starts_at), end: Date.parse(row.ends_at) };
    for (const appointment of await store.activeInPeriod(db, office.id, period, now)) {
      const done = await store.changeStatus(db, appointment.id, ["held", "confirmed"], "cancelled", now);
      if (!done) continue;
      cancelled++;
      await publish(db, done);
      const link = `${deps.appOrigin}/termine`;
      const facts = mailFacts(done, await guideOf(db, done));
      await sendMail(deps, cancelledByOfficeMail(facts, request.reason, link));
    }
  }
  await recordAudit(db, {
    actor: staff,
    action: "appointments.closure-created",
    subjectId: row.id,
    reason: request.reason,
    details: { office: office.id, start: row.starts_at, end: row.ends_at, cancelled },
  });
  return { closure: toClosure(row), cancelled };
}

export async function removeClosure(db: Db, staffOf: StaffOf, id: string): Promise<void> {
  const row = await store.findClosure(db, id);
  if (!row) throw new ProblemError(404, "not_found");
  await officeForStaff(db, staffOf, row.office_id);
  await store.deleteClosure(db, row.id);
  await recordAudit(db, { actor: staffOf(), action: "appointments.closure-removed", subjectId: row.id });
}
