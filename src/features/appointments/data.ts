// The appointments on this device: the account's (synced, see ./collections.ts) and those booked
// without an account, kept with their link's token. Older records are parsed again on reading.
import { type Appointment, appointmentSchema } from "../../lib/contract/appointments";
import { appDb } from "../../lib/db";

export type StoredAppointment = {
  appointment: Appointment;
  /** Only for appointments booked without an account: manages them (cancel, move). */
  token: string | null;
};

const valid = (value: unknown): Appointment | undefined => {
  const parsed = appointmentSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

/** Every appointment on the device, each once; the link's token is kept where there is one. */
export async function storedAppointments(): Promise<StoredAppointment[]> {
  const db = appDb();
  const [own, linked] = await Promise.all([db.appointments.toArray(), db.deviceAppointments.toArray()]);
  const byId = new Map<string, StoredAppointment>();
  for (const entry of linked) {
    const appointment = valid(entry.appointment);
    if (appointment) byId.set(appointment.id, { appointment, token: entry.token });
  }
  for (const record of own) {
    const appointment = valid(record);
    // The account's copy comes from the server's feed: newer than a copy stored with a link.
    if (appointment)
      byId.set(appointment.id, { appointment, token: byId.get(appointment.id)?.token ?? null });
  }
  return [...byId.values()];
}

export async function storedAppointment(id: string): Promise<StoredAppointment | undefined> {
  return (await storedAppointments()).find((entry) => entry.appointment.id === id);
}

/** After confirming, cancelling or moving by link: the answer replaces the stored copy. */
export async function keepWithToken(appointment: Appointment, token: string): Promise<void> {
  await appDb().deviceAppointments.put({
    id: appointment.id,
    token,
    appointment,
    storedAt: new Date().toISOString(),
  });
}

/** The server's answer for the account's own appointment, shown before the next sync brings it. */
export async function keepOwn(appointment: Appointment): Promise<void> {
  await appDb().appointments.put(appointment);
}

/** Stores an answer wherever the appointment is kept, so no stale copy wins until the next sync. */
export async function keepAnswer(appointment: Appointment, token: string | null): Promise<void> {
  const db = appDb();
  await db.transaction("rw", [db.appointments, db.deviceAppointments], async () => {
    if (token) await keepWithToken(appointment, token);
    if (!token || (await db.appointments.get(appointment.id))) await keepOwn(appointment);
  });
}

export async function removeFromDevice(id: string): Promise<void> {
  await appDb().deviceAppointments.delete(id);
}
