// The office's side: the day view, check-in by reference, no-show, and closing a period with the
// cancellation of everyone affected.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closureResultSchema, dayViewSchema } from "../../../src/lib/contract/appointments";
import type { AppointmentTable } from "../../db/schema";
import { createAccountWithSession } from "../../testing/accounts";
import { createTestApp, databaseKind, type TestApp } from "../../testing/test-app";
import type { TestClient } from "../../testing/test-client";
import { seedGuideOnFirstStart } from "../guide/seed";
import { berlinDate } from "../../../src/lib/contract/berlin-time";
import { insertAppointment } from "./test-fixtures";

let server: TestApp;
let clerk: TestClient;
beforeEach(async () => {
  server = await createTestApp();
  await seedGuideOnFirstStart(server.db);
  ({ client: clerk } = await createAccountWithSession(server, { role: "staff", department: "buergerbuero" }));
});
afterEach(() => server.close());

const appointmentAt = (start: number, overrides: Partial<AppointmentTable> = {}) =>
  insertAppointment(server.db, start, overrides);

describe(`/api/staff/appointments (${databaseKind})`, () => {
  it("shows the office's day, checks in by a typed or scanned reference, and marks no-shows", async () => {
    const now = Date.now();
    const present = await appointmentAt(now, { counter: 1 });
    const absent = await appointmentAt(now - 60_000, { counter: 2 });
    const day = await clerk.json(
      "GET",
      `/api/staff/appointments?office=buergerbuero&date=${berlinDate(now)}`,
    );
    expect(day.status).toBe(200);
    const view = dayViewSchema.parse(day.body);
    expect(view.counters).toBe(4);
    expect(view.appointments.map((a) => a.reference).sort()).toEqual(
      [present.reference, absent.reference].sort(),
    );

    // A hand scanner types the QR code's text; lower case from a keyboard works as well.
    const checkIn = await clerk.json("POST", "/api/staff/appointments/check-in", {
      reference: present.reference.toLowerCase(),
    });
    expect(checkIn).toMatchObject({
      status: 200,
      body: { appointment: { status: "checked-in", name: "Erika Mustermann" } },
    });
    const twice = await clerk.json("POST", "/api/staff/appointments/check-in", {
      reference: present.reference,
    });
    expect(twice).toMatchObject({ status: 409, body: { code: "appointment_not_active" } });
    const unknown = await clerk.json("POST", "/api/staff/appointments/check-in", {
      reference: "T-2222-2222",
    });
    expect(unknown.status).toBe(404);
    const garbage = await clerk.json("POST", "/api/staff/appointments/check-in", { reference: "DROP TABLE" });
    expect(garbage).toMatchObject({ status: 400, body: { code: "validation_failed" } });

    const noShow = await clerk.json("POST", `/api/staff/appointments/${absent.id}/no-show`);
    expect(noShow).toMatchObject({ status: 200, body: { appointment: { status: "no-show" } } });
    const audit = await server.db.selectFrom("audit_log").select("action").execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["appointments.day-read", "appointments.checked-in", "appointments.no-show"]),
    );
  });

  it("closes a period: new bookings cannot take it, and the booked residents are told", async () => {
    const start = Date.now() + 3 * 24 * 3600_000;
    const inside = await appointmentAt(start, { language: "en" });
    const outside = await appointmentAt(start + 5 * 3600_000);
    const closure = await clerk.json("POST", "/api/staff/appointments/closures", {
      officeId: "buergerbuero",
      start: new Date(start - 3600_000).toISOString(),
      end: new Date(start + 3600_000).toISOString(),
      reason: "Personalversammlung",
      cancelAppointments: true,
    });
    expect(closure.status).toBe(201);
    expect(closureResultSchema.parse(closure.body).cancelled).toBe(1);
    const statuses = await server.db.selectFrom("appointments").select(["id", "status"]).execute();
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({
      [inside.id]: "cancelled",
      [outside.id]: "confirmed",
    });
    const mail = server.mails.find((m) => m.to === inside.email);
    expect(mail?.subject).toContain("cancelled");
    expect(mail?.text).toContain("Personalversammlung");
    expect(server.mails.some((m) => m.to === outside.email)).toBe(false);

    // The freed time is not offered again: the closure blocks it.
    const slots = await clerk.json(
      "GET",
      `/api/appointments/slots?office=buergerbuero&services=personalausweis:1&from=${berlinDate(start)}&days=1`,
    );
    const offered = (slots.body as { days: { slots: string[] }[] }).days.flatMap((d) => d.slots);
    expect(offered).not.toContain(new Date(start).toISOString());

    const bad = await clerk.json("POST", "/api/staff/appointments/closures", {
      officeId: "buergerbuero",
      start: new Date(start).toISOString(),
      end: new Date(start - 1).toISOString(),
      reason: "Verkehrt herum",
      cancelAppointments: false,
    });
    expect(bad).toMatchObject({ status: 400, body: { code: "validation_failed" } });
  });
});
