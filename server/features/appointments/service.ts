// The rules of booking: which visits an office takes, which starts are free, booking, confirming,
// cancelling and moving. SQL lives in store.ts, slot arithmetic in slots.ts.
import { randomUUID } from "node:crypto";
import {
  HOLD_MINUTES,
  type ServiceLine,
  type SlotsResponse,
  type VisitType,
} from "../../../src/lib/contract/appointments";
import type { Office, Service } from "../../../src/lib/contract/guide";
import type { Db } from "../../db/database";
import type { AppointmentTable } from "../../db/schema";
import { type Mail, sendMailQuietly } from "../../mail/mailer";
import { spendSolution } from "../../http/proof-of-work";
import type { SignedInAccount } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { hashToken, newToken } from "../../http/session";
import { upsertEntries } from "../../platform/sync/store";
import { newReference } from "../../lib/reference";
import { addDays, berlinDate } from "../../../src/lib/contract/berlin-time";
import { findOffice, findServices, guideOf } from "./guide-data";
import {
  availableSlots,
  type BookingRules,
  candidateStarts,
  freeCounters,
  rangeOf,
  type SlotQuery,
  unitsOf,
} from "./slots";
import * as store from "./store";
import { bookedMail, confirmBookingMail } from "./mails";
import { mailFacts, serviceLinesOf, toAppointment } from "./views";
import type { MailDeps } from "../../platform/deps";

/** At most this many active bookings per person (email or account) and service. */
export const MAX_ACTIVE_PER_SERVICE = 2;

export type Visit = {
  office: Office;
  rules: BookingRules;
  lines: ServiceLine[];
  services: Map<string, Service>;
  durationMinutes: number;
  visitTypes: VisitType[];
};

/** Checks that the office takes online bookings for these services and persons. */
export async function resolveVisit(db: Db, officeId: string, lines: ServiceLine[]): Promise<Visit> {
  const office = await findOffice(db, officeId);
  if (!office) throw new ProblemError(404, "not_found", `office ${officeId}`);
  if (!office.booking) throw new ProblemError(422, "not_bookable", `office ${officeId}`);
  const services = await findServices(
    db,
    lines.map((l) => l.serviceId),
  );
  let durationMinutes = 0;
  let visitTypes: VisitType[] = ["on-site", "phone", "video"];
  for (const line of lines) {
    const service = services.get(line.serviceId);
    if (!service || service.appointment === "no" || !service.officeIds.includes(officeId)) {
      throw new ProblemError(422, "not_bookable", `service ${line.serviceId}`);
    }
    if (line.persons > (service.booking?.maxPersons ?? 1)) {
      throw new ProblemError(422, "persons_limit", `service ${line.serviceId}`);
    }
    durationMinutes += service.durationMinutes * line.persons;
    const allowed = service.booking?.visitTypes ?? ["on-site"];
    visitTypes = visitTypes.filter((type) => allowed.includes(type));
  }
  return { office, rules: office.booking, lines, services, durationMinutes, visitTypes };
}

async function slotQuery(
  db: Db,
  visit: Visit,
  range: { start: number; end: number },
  now: number,
): Promise<SlotQuery> {
  const closures = await store.loadClosures(db, visit.office.id, range);
  return {
    openingHours: visit.office.openingHours,
    rules: visit.rules,
    durationMinutes: visit.durationMinutes,
    now,
    closures: closures.map((c) => ({ start: Date.parse(c.starts_at), end: Date.parse(c.ends_at) })),
  };
}

export async function findSlots(
  db: Db,
  visit: Visit,
  fromDate: string | undefined,
  days: number,
  now: number,
): Promise<SlotsResponse> {
  const today = berlinDate(now);
  const from = fromDate && fromDate > today ? fromDate : today;
  const lastDay = addDays(today, visit.rules.horizonDays);
  const count = Math.max(0, Math.min(days, dayDifference(from, lastDay) + 1));
  const range = rangeOf(from, count);
  const [query, occupancy] = await Promise.all([
    slotQuery(db, visit, range, now),
    store.loadOccupancy(db, visit.office.id, range, now),
  ]);
  return {
    officeId: visit.office.id,
    durationMinutes: visit.durationMinutes,
    visitTypes: visit.visitTypes,
    days: availableSlots(query, occupancy, from, count).map((day) => ({
      date: day.date,
      slots: day.slots.map(isoOf),
    })),
  };
}

// The same few thousand slot instants are formatted for every query; formatting is its hot spot.
const isoStrings = new Map<number, string>();
function isoOf(instant: number): string {
  let text = isoStrings.get(instant);
  if (text === undefined) {
    if (isoStrings.size >= 100_000) isoStrings.clear();
    text = new Date(instant).toISOString();
    isoStrings.set(instant, text);
  }
  return text;
}

const dayDifference = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** Throws 422 slot_unavailable unless `start` is a start the office offers (ignoring bookings). */
async function checkStart(db: Db, visit: Visit, start: number, now: number): Promise<void> {
  if (!Number.isFinite(start) || start <= now) throw new ProblemError(422, "slot_unavailable", "in the past");
  const date = berlinDate(start);
  const query = await slotQuery(db, visit, rangeOf(date, 1), now);
  if (!candidateStarts(query, date).includes(start)) throw new ProblemError(422, "slot_unavailable");
}

export const newAppointmentReference = () => newReference("T");

export type BookingInput = {
  visit: Visit;
  start: string;
  visitType: VisitType;
  contact: { name: string; email: string; phone: string | null };
  accountId: string | null;
  language: string;
};

/** Books the visit; signed in it is confirmed at once, otherwise held until the mail's link. */
export async function bookVisit(
  db: Db,
  input: BookingInput,
  now: number,
): Promise<{ row: AppointmentTable; token: string }> {
  const { visit } = input;
  if (!visit.visitTypes.includes(input.visitType)) throw new ProblemError(422, "visit_type_unavailable");
  const start = Date.parse(input.start);
  await checkStart(db, visit, start, now);

  const active = await store.activeBookingsOf(
    db,
    { email: input.contact.email, accountId: input.accountId },
    now,
  );
  for (const line of visit.lines) {
    const count = active.filter((a) => serviceLinesOf(a).some((l) => l.serviceId === line.serviceId)).length;
    if (count >= MAX_ACTIVE_PER_SERVICE) throw new ProblemError(409, "too_many_bookings", line.serviceId);
  }

  const units = unitsOf(start, visit.durationMinutes);
  const end = start + visit.durationMinutes * 60_000;
  const occupancy = await store.loadOccupancy(db, visit.office.id, { start, end }, now);
  const token = newToken();
  const held = input.accountId === null;
  for (const counter of freeCounters(visit.rules.counters, occupancy, start, visit.durationMinutes)) {
    const row: AppointmentTable = {
      id: randomUUID(),
      reference: newAppointmentReference(),
      office_id: visit.office.id,
      counter,
      starts_at: new Date(start).toISOString(),
      ends_at: new Date(end).toISOString(),
      services: JSON.stringify(visit.lines),
      visit_type: input.visitType,
      status: held ? "held" : "confirmed",
      account_id: input.accountId,
      name: input.contact.name,
      email: input.contact.email,
      phone: input.contact.phone,
      language: input.language,
      token_hash: hashToken(token),
      hold_expires_at: held ? new Date(now + HOLD_MINUTES * 60_000).toISOString() : null,
      reminder_sent_at: null,
      checked_in_at: null,
      cancelled_at: null,
      sequence: 0,
      created_at: new Date(now).toISOString(),
      updated_at: new Date(now).toISOString(),
    };
    // Another request may have taken this counter since we looked: then the next one.
    const claim = await store.claimUnits(db, row, units, now);
    // The same booking sent twice, or another one the person could not attend at the same time.
    if (claim === "person-busy") throw new ProblemError(409, "already_booked");
    if (claim === "claimed") {
      await publish(db, row);
      return { row, token };
    }
  }
  throw new ProblemError(409, "slot_taken");
}

/** The mail's link: confirms a held booking, and answers with the appointment in any state. */
export async function confirmByToken(db: Db, token: string, now: number): Promise<AppointmentTable> {
  const row = await store.findByTokenHash(db, hashToken(token));
  if (!row) throw new ProblemError(404, "link_invalid");
  if (row.status === "held") {
    const expired = row.hold_expires_at !== null && Date.parse(row.hold_expires_at) <= now;
    const changed = await store.changeStatus(db, row.id, ["held"], expired ? "expired" : "confirmed", now);
    if (expired) throw new ProblemError(410, "hold_expired");
    if (changed) {
      await publish(db, changed);
      return changed;
    }
    return (await store.findById(db, row.id)) ?? row;
  }
  if (row.status === "expired") throw new ProblemError(410, "hold_expired");
  return row;
}

export async function findByToken(db: Db, token: string): Promise<AppointmentTable> {
  const row = await store.findByTokenHash(db, hashToken(token));
  if (!row) throw new ProblemError(404, "link_invalid");
  return row;
}

function checkActive(row: AppointmentTable, now: number) {
  const active =
    row.status === "confirmed" || (row.status === "held" && Date.parse(row.hold_expires_at ?? "") > now);
  if (!active || Date.parse(row.starts_at) <= now) throw new ProblemError(409, "appointment_not_active");
}

export async function cancelAppointment(
  db: Db,
  row: AppointmentTable,
  now: number,
): Promise<AppointmentTable> {
  checkActive(row, now);
  const cancelled = await store.changeStatus(db, row.id, ["held", "confirmed"], "cancelled", now);
  if (!cancelled) throw new ProblemError(409, "appointment_not_active");
  await publish(db, cancelled);
  return cancelled;
}

export async function moveAppointment(
  db: Db,
  row: AppointmentTable,
  startText: string,
  now: number,
): Promise<AppointmentTable> {
  checkActive(row, now);
  const visit = await resolveVisit(db, row.office_id, serviceLinesOf(row));
  const start = Date.parse(startText);
  await checkStart(db, visit, start, now);
  const end = start + visit.durationMinutes * 60_000;
  const units = unitsOf(start, visit.durationMinutes);
  // Its own counter first: a small move then stays at the same desk.
  const counters = [row.counter, ...Array.from({ length: visit.rules.counters }, (_, i) => i + 1)];
  for (const counter of new Set(counters)) {
    if (counter > visit.rules.counters) continue;
    const moved = await store.moveUnits(db, row, { counter, start, end, units }, now);
    if (moved) {
      await publish(db, moved);
      return moved;
    }
  }
  throw new ProblemError(409, "slot_taken");
}

/** The citizen's view of an appointment: with the office and services it names. */
export async function appointmentView(db: Db, row: AppointmentTable) {
  const { office, services } = await guideOf(db, row);
  return toAppointment(row, office, services);
}

/** Appointments of an account travel in its personal change feed (readable offline). */
export async function publish(db: Db, row: AppointmentTable): Promise<void> {
  if (!row.account_id) return;
  await upsertEntries(db, "appointments", [
    { id: row.id, data: await appointmentView(db, row), ownerId: row.account_id },
  ]);
}

/** A mail that fails is logged: the booking stands, and the app shows everything the mail would. */
export const sendMail = (deps: Pick<MailDeps, "mailer" | "logger">, mail: Mail) =>
  sendMailQuietly(deps, mail, "appointment mail");

export type BookingRequest = {
  officeId: string;
  services: ServiceLine[];
  start: string;
  visitType: VisitType;
  language: BookingInput["language"];
  contact?: { name: string; email: string; phone?: string };
  altcha?: string;
};

/**
 * Books a visit: signed in, the contact comes from the account; without an account the contact is
 * required and a proof of work is spent. A held booking whose confirmation mail cannot go is undone.
 */
export async function book(deps: MailDeps, account: SignedInAccount | null, request: BookingRequest) {
  const { db } = deps;
  let contact: BookingInput["contact"];
  if (account) {
    const name = `${account.givenName} ${account.familyName}`;
    contact = { name, email: account.email, phone: request.contact?.phone ?? null };
  } else {
    if (!request.contact) {
      throw new ProblemError(400, "validation_failed", "contact is required without an account");
    }
    await spendSolution(db, request.altcha);
    contact = { ...request.contact, phone: request.contact.phone ?? null };
  }
  const visit = await resolveVisit(db, request.officeId, request.services);
  const { row, token } = await bookVisit(
    db,
    {
      visit,
      start: request.start,
      visitType: request.visitType,
      contact,
      accountId: account?.id ?? null,
      language: request.language,
    },
    Date.now(),
  );
  const link = `${deps.appOrigin}/termine/verwalten#${token}`;
  const facts = mailFacts(row, visit);
  if (row.status === "held") {
    // Without the mail the hold can never be confirmed: give the slot back and say so now,
    // instead of letting the resident wait for a mail that does not come.
    try {
      await deps.mailer.send(confirmBookingMail(facts, link));
    } catch (error) {
      deps.logger.error({ err: error }, "booking mail not sent; hold released");
      await store.changeStatus(db, row.id, ["held"], "cancelled", Date.now());
      throw new ProblemError(503, "mail_unavailable");
    }
  } else {
    await sendMail(deps, bookedMail(facts, link));
  }
  return row;
}

/** The signed-in resident's own appointment; someone else's is "not found", not "forbidden". */
export async function ownAppointment(db: Db, accountId: string, id: string): Promise<AppointmentTable> {
  const row = await store.findById(db, id);
  if (!row || row.account_id !== accountId) throw new ProblemError(404, "not_found");
  return row;
}
