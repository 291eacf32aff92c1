// The overview's reads of the device's database, in one transaction-free pass: the liveQuery that
// runs it re-runs on any change of these tables (a sync, a sign-out's wipe, a page marking "seen").
import type { Appointment } from "../../lib/contract/appointments";
import type { Office } from "../../lib/contract/guide";
import { districtOf } from "../../lib/contract/waste-address";
import type { AppDatabase } from "../../lib/db";
import { seenKey, seenValues } from "../../lib/seen";
import { addressOf } from "../waste/address";
import type { OverviewInput } from "./overview";

export type OverviewData = OverviewInput & {
  /** The appointments' offices, from the services guide (their names, in every language there is). */
  offices: ReadonlyMap<string, Office>;
};

async function wasteDaysOf(db: AppDatabase): Promise<OverviewInput["wasteDays"]> {
  const address = await addressOf(db);
  if (!address) return null;
  const street = await db.wasteStreets.get(address.streetId);
  const districtId = street ? districtOf(street, address.houseNumber) : null;
  const district = districtId ? await db.wasteDistricts.get(districtId) : undefined;
  return district?.days ?? null;
}

export async function readOverview(db: AppDatabase): Promise<OverviewData> {
  const [warnings, wasteDays, own, linked, postbox, applications, reports] = await Promise.all([
    db.warnings.toArray(),
    wasteDaysOf(db),
    db.appointments.toArray(),
    db.deviceAppointments.toArray(),
    db.postbox.toArray(),
    db.applications.toArray(),
    db.myReports.toArray(),
  ]);
  // The account's copy is newer than one kept with a mail's link (as src/features/appointments/data.ts).
  const appointments = new Map<string, Appointment>();
  for (const entry of linked) appointments.set(entry.appointment.id, entry.appointment);
  for (const appointment of own) appointments.set(appointment.id, appointment);

  const seen = await seenValues(db, [
    ...applications.map((a) => seenKey("application", a.id)),
    ...reports.map((r) => seenKey("report", r.id)),
  ]);
  const officeIds = [...new Set([...appointments.values()].map((a) => a.officeId))];
  const offices = officeIds.length > 0 ? await db.offices.bulkGet(officeIds) : [];
  return {
    warnings,
    wasteDays,
    appointments: [...appointments.values()],
    postbox,
    applications,
    reports,
    seen,
    offices: new Map(offices.flatMap((office) => (office ? [[office.id, office] as const] : []))),
  };
}
