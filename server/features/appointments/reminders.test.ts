// Reminders 24 hours ahead, once, by push where the account's devices want it, else by mail; and
// holds whose link was never opened expire.
import { randomUUID } from "node:crypto";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pushPreferencesSchema } from "../../../src/lib/contract/warnings";
import type { AppointmentTable } from "../../db/schema";
import { hashToken, newToken } from "../../http/session";
import type { Mailer } from "../../mail/mailer";
import { createAccountWithSession } from "../../testing/accounts";
import { createTestApp, databaseKind, type TestApp } from "../../testing/test-app";
import { seedGuideOnFirstStart } from "../guide/seed";
import { upsertSubscription } from "../push/store";
import { expireHolds, sendDueReminders } from "./reminders";
import { insertAppointment } from "./test-fixtures";

let server: TestApp;
let deps: Parameters<typeof sendDueReminders>[0];
beforeEach(async () => {
  server = await createTestApp();
  await seedGuideOnFirstStart(server.db);
  const mailer: Mailer = { kind: "log", send: async (mail) => void server.mails.push(mail) };
  deps = { db: server.db, mailer, logger: pino({ level: "silent" }), appOrigin: "https://app.example" };
});
afterEach(() => server.close());

const HOUR = 3600_000;
const NOW = Date.parse("2026-12-07T07:00:00.000Z");

/** Confirmed, booked three days before, 20 hours ahead of NOW unless said otherwise. */
function appointment(overrides: Partial<AppointmentTable>): Promise<AppointmentTable> {
  const start = Date.parse(overrides.starts_at ?? new Date(NOW + 20 * HOUR).toISOString());
  const created = new Date(NOW - 3 * 24 * HOUR).toISOString();
  return insertAppointment(server.db, start, { created_at: created, updated_at: created, ...overrides });
}

describe(`appointment housekeeping (${databaseKind})`, () => {
  it("reminds by mail once, a day ahead, and not for a booking made within the last day", async () => {
    const due = await appointment({});
    await appointment({ starts_at: new Date(NOW + 30 * HOUR).toISOString(), counter: 2 }); // not yet
    await appointment({ created_at: new Date(NOW - 2 * HOUR).toISOString(), counter: 3 }); // booked today
    expect(await sendDueReminders(deps, NOW)).toBe(1);
    expect(server.mails).toHaveLength(1);
    expect(server.mails[0]).toMatchObject({ to: due.email });
    expect(server.mails[0]!.subject).toContain(due.reference);
    expect(server.mails[0]!.text).toContain("Rathausplatz 1");
    expect(await sendDueReminders(deps, NOW + 60_000)).toBe(0);
    expect(server.mails).toHaveLength(1);
  });

  it("reminds by push when a signed-in device of the account wants appointment notices", async () => {
    const { account, client } = await createAccountWithSession(server, { role: "citizen" });
    const preferences = (appointments: boolean) =>
      pushPreferencesSchema.parse({
        places: ["034010000000"],
        minSeverity: "Minor",
        sources: ["mowas"],
        language: "de",
        quietHours: null,
        topics: { appointments },
      });
    const device = {
      endpoint: `https://push.example/${randomUUID()}`,
      p256dh: `B${"A".repeat(86)}`,
      auth: "A".repeat(22),
      manageTokenHash: hashToken(newToken()),
      signedIn: { accountId: account.id, sessionHash: hashToken(client.cookies.get("dm_session")!) },
    };
    await upsertSubscription(server.db, { ...device, preferences: preferences(true) });
    const row = await appointment({ account_id: account.id, email: account.email });
    expect(await sendDueReminders(deps, NOW)).toBe(1);
    expect(server.mails).toHaveLength(0);
    const job = await server.db.selectFrom("push_jobs").selectAll().executeTakeFirstOrThrow();
    expect(job).toMatchObject({ topic: "appointments", ref: `appointments:${account.id}:${row.id}:0` });
    expect(JSON.parse(job.payload)).toMatchObject({ topic: "appointments", url: "/termine/meine" });

    // Appointment notices switched off on the device: the mail goes instead.
    await upsertSubscription(server.db, { ...device, preferences: preferences(false) });
    await appointment({ account_id: account.id, email: account.email, counter: 2 });
    expect(await sendDueReminders(deps, NOW)).toBe(1);
    expect(server.mails).toHaveLength(1);
  });

  it("lets holds expire whose link was not opened, freeing their time", async () => {
    const held = await appointment({ status: "held", hold_expires_at: new Date(NOW - 60_000).toISOString() });
    const waiting = await appointment({
      status: "held",
      hold_expires_at: new Date(NOW + 60_000).toISOString(),
      counter: 2,
    });
    expect(await expireHolds(server.db, NOW)).toBe(1);
    const rows = await server.db.selectFrom("appointments").select(["id", "status"]).execute();
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({
      [held.id]: "expired",
      [waiting.id]: "held",
    });
    const units = await server.db
      .selectFrom("appointment_units")
      .select("appointment_id")
      .distinct()
      .execute();
    expect(units.map((u) => u.appointment_id)).toEqual([waiting.id]);
  });
});
