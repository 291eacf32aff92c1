// SQL of the appointment calendar. A booking takes one row per five minutes of its counter in
// appointment_units; that table's primary key is what rules out double bookings on SQLite and
// PostgreSQL alike. A held booking's units may be taken over once its hold has expired.
import { PostgresAdapter, sql } from "kysely";
import type { Db } from "../../db/database";
import { isUniqueViolation } from "../../db/database";
import type { AppointmentClosureTable, AppointmentTable } from "../../db/schema";
import type { Occupancy, Period } from "./slots";

const iso = (ms: number) => new Date(ms).toISOString();

/** Units taken in a period; held units count until their hold expires. */
export async function loadOccupancy(
  db: Db,
  officeId: string,
  range: Period,
  now: number,
): Promise<Occupancy> {
  const rows = await db
    .selectFrom("appointment_units")
    .select(["counter", "unit_start"])
    .where("office_id", "=", officeId)
    .where("unit_start", ">=", iso(range.start))
    .where("unit_start", "<", iso(range.end))
    .where((eb) => eb.or([eb("hold_expires_at", "is", null), eb("hold_expires_at", ">", iso(now))]))
    .execute();
  const occupancy: Occupancy = new Map();
  for (const row of rows) {
    let units = occupancy.get(row.counter);
    if (!units) occupancy.set(row.counter, (units = new Set()));
    units.add(Date.parse(row.unit_start));
  }
  return occupancy;
}

export function loadClosures(db: Db, officeId: string, range: Period): Promise<AppointmentClosureTable[]> {
  return db
    .selectFrom("appointment_closures")
    .selectAll()
    .where("office_id", "=", officeId)
    .where("starts_at", "<", iso(range.end))
    .where("ends_at", ">", iso(range.start))
    .orderBy("starts_at")
    .execute();
}

/** Frees the given units of holds that have expired, so that a new booking can take them. */
async function releaseExpiredHolds(trx: Db, officeId: string, counter: number, units: number[], now: number) {
  await trx
    .deleteFrom("appointment_units")
    .where("office_id", "=", officeId)
    .where("counter", "=", counter)
    .where("unit_start", "in", units.map(iso))
    .where("hold_expires_at", "<=", iso(now))
    .execute();
}

function unitRows(
  row: Pick<AppointmentTable, "id" | "office_id" | "counter" | "hold_expires_at">,
  units: number[],
) {
  return units.map((unit) => ({
    office_id: row.office_id,
    counter: row.counter,
    unit_start: iso(unit),
    appointment_id: row.id,
    hold_expires_at: row.hold_expires_at,
  }));
}

export type Claim = "claimed" | "taken" | "person-busy";

/**
 * Writes the appointment with its units in one transaction: "taken" when a unit is taken,
 * "person-busy" when its person (email or account) has another active appointment at that time
 * (unless `allowOverlap`, for test data written straight into the calendar).
 */
export async function claimUnits(
  db: Db,
  row: AppointmentTable,
  units: number[],
  now: number,
  { allowOverlap = false } = {},
): Promise<Claim> {
  try {
    return await db.transaction().execute(async (trx) => {
      if (!allowOverlap) {
        await lockPerson(trx, row.email);
        if (await hasOverlap(trx, row, now)) return "person-busy";
      }
      await releaseExpiredHolds(trx, row.office_id, row.counter, units, now);
      await trx.insertInto("appointments").values(row).execute();
      await trx.insertInto("appointment_units").values(unitRows(row, units)).execute();
      return "claimed";
    });
  } catch (error) {
    if (isUniqueViolation(error)) return "taken";
    throw error;
  }
}

/**
 * Two bookings of one person at once (a request sent twice) must not both pass hasOverlap. SQLite
 * runs one write transaction at a time; PostgreSQL gets a lock on the person until commit.
 */
async function lockPerson(trx: Db, email: string) {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`select pg_advisory_xact_lock(hashtextextended(${`appointment-person:${email}`}, 0))`.execute(trx);
}

/** An active appointment of the row's person (email or account) that overlaps the row's time. */
async function hasOverlap(trx: Db, row: AppointmentTable, now: number): Promise<boolean> {
  const found = await trx
    .selectFrom("appointments")
    .select("id")
    .where((eb) =>
      eb.or([
        eb("email", "=", row.email),
        ...(row.account_id ? [eb("account_id", "=", row.account_id)] : []),
      ]),
    )
    .where("starts_at", "<", row.ends_at)
    .where("ends_at", ">", row.starts_at)
    .where((eb) =>
      eb.or([
        eb("status", "=", "confirmed"),
        eb.and([eb("status", "=", "held"), eb("hold_expires_at", ">", iso(now))]),
      ]),
    )
    .executeTakeFirst();
  return found !== undefined;
}

/** Moves an appointment to other units in one transaction: the old ones stay if the new are taken. */
export async function moveUnits(
  db: Db,
  row: AppointmentTable,
  change: { counter: number; start: number; end: number; units: number[] },
  now: number,
): Promise<AppointmentTable | undefined> {
  const moved: AppointmentTable = {
    ...row,
    counter: change.counter,
    starts_at: iso(change.start),
    ends_at: iso(change.end),
    sequence: row.sequence + 1,
    reminder_sent_at: null,
    updated_at: iso(now),
  };
  try {
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom("appointment_units").where("appointment_id", "=", row.id).execute();
      await releaseExpiredHolds(trx, row.office_id, change.counter, change.units, now);
      await trx.insertInto("appointment_units").values(unitRows(moved, change.units)).execute();
      await trx
        .updateTable("appointments")
        .set({
          counter: moved.counter,
          starts_at: moved.starts_at,
          ends_at: moved.ends_at,
          sequence: moved.sequence,
          reminder_sent_at: null,
          updated_at: moved.updated_at,
        })
        .where("id", "=", row.id)
        .execute();
    });
    return moved;
  } catch (error) {
    if (isUniqueViolation(error)) return undefined;
    throw error;
  }
}

export function findByTokenHash(db: Db, tokenHash: string) {
  return db.selectFrom("appointments").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
}

export function findById(db: Db, id: string) {
  return db.selectFrom("appointments").selectAll().where("id", "=", id).executeTakeFirst();
}

export function findByReference(db: Db, reference: string) {
  return db.selectFrom("appointments").selectAll().where("reference", "=", reference).executeTakeFirst();
}

/** Changes the status if it is still one of `from`; frees the units for statuses that end a booking. */
export async function changeStatus(
  db: Db,
  id: string,
  from: readonly AppointmentTable["status"][],
  to: AppointmentTable["status"],
  now: number,
): Promise<AppointmentTable | undefined> {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("appointments")
      .set((eb) => ({
        status: to,
        updated_at: iso(now),
        ...(to === "confirmed" ? { hold_expires_at: null } : {}),
        ...(to === "checked-in" ? { checked_in_at: iso(now) } : {}),
        // A calendar that has the event learns of the cancellation by the higher SEQUENCE.
        ...(to === "cancelled" ? { cancelled_at: iso(now), sequence: eb("sequence", "+", 1) } : {}),
      }))
      .where("id", "=", id)
      .where("status", "in", from)
      .returningAll()
      .executeTakeFirst();
    if (!updated) return undefined;
    if (to === "confirmed") {
      await trx
        .updateTable("appointment_units")
        .set({ hold_expires_at: null })
        .where("appointment_id", "=", id)
        .execute();
    }
    if (to === "cancelled" || to === "expired") {
      await trx.deleteFrom("appointment_units").where("appointment_id", "=", id).execute();
    }
    return updated;
  });
}

/** Active bookings (held and not expired, or confirmed) still ahead, of one person. */
export function activeBookingsOf(db: Db, who: { email: string; accountId: string | null }, now: number) {
  return db
    .selectFrom("appointments")
    .select(["id", "services"])
    .where((eb) =>
      eb.or([eb("email", "=", who.email), ...(who.accountId ? [eb("account_id", "=", who.accountId)] : [])]),
    )
    .where("starts_at", ">", iso(now))
    .where((eb) =>
      eb.or([
        eb("status", "=", "confirmed"),
        eb.and([eb("status", "=", "held"), eb("hold_expires_at", ">", iso(now))]),
      ]),
    )
    .execute();
}

export function appointmentsOfDay(db: Db, officeId: string, range: Period) {
  return db
    .selectFrom("appointments")
    .selectAll()
    .where("office_id", "=", officeId)
    .where("starts_at", ">=", iso(range.start))
    .where("starts_at", "<", iso(range.end))
    .orderBy("starts_at")
    .orderBy("counter")
    .execute();
}

/** Appointments that still occupy their slot in a period (for cancelling them with a closure). */
export function activeInPeriod(db: Db, officeId: string, period: Period, now: number) {
  return db
    .selectFrom("appointments")
    .selectAll()
    .where("office_id", "=", officeId)
    .where("starts_at", "<", iso(period.end))
    .where("ends_at", ">", iso(period.start))
    .where((eb) =>
      eb.or([
        eb("status", "=", "confirmed"),
        eb.and([eb("status", "=", "held"), eb("hold_expires_at", ">", iso(now))]),
      ]),
    )
    .execute();
}

export async function insertClosure(db: Db, row: AppointmentClosureTable): Promise<void> {
  await db.insertInto("appointment_closures").values(row).execute();
}

export function findClosure(db: Db, id: string): Promise<AppointmentClosureTable | undefined> {
  return db.selectFrom("appointment_closures").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function deleteClosure(db: Db, id: string): Promise<void> {
  await db.deleteFrom("appointment_closures").where("id", "=", id).execute();
}

/** Held bookings whose hold ran out by `now`. */
export async function expiredHoldIds(db: Db, now: number): Promise<string[]> {
  const rows = await db
    .selectFrom("appointments")
    .select("id")
    .where("status", "=", "held")
    .where("hold_expires_at", "<=", iso(now))
    .execute();
  return rows.map((row) => row.id);
}

/** Confirmed appointments within the next `aheadMs` whose reminder has not gone yet. */
export function dueForReminder(db: Db, now: number, aheadMs: number): Promise<AppointmentTable[]> {
  return db
    .selectFrom("appointments")
    .selectAll()
    .where("status", "=", "confirmed")
    .where("reminder_sent_at", "is", null)
    .where("starts_at", ">", iso(now))
    .where("starts_at", "<=", iso(now + aheadMs))
    .execute();
}

/** Claims the reminder of one appointment; false when another process claimed it first. */
export async function claimReminder(db: Db, id: string, now: number): Promise<boolean> {
  const claimed = await db
    .updateTable("appointments")
    .set({ reminder_sent_at: iso(now) })
    .where("id", "=", id)
    .where("reminder_sent_at", "is", null)
    .returning("id")
    .executeTakeFirst();
  return claimed !== undefined;
}
