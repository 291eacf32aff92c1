// Booking rules with fixed clocks: no double booking under concurrency (on SQLite and PostgreSQL),
// the 15-minute hold of an unconfirmed booking, and moving.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ProblemError } from "../../http/problem";
import { newToken } from "../../http/session";
import { createTestApp, databaseKind, type TestApp } from "../../testing/test-app";
import { berlinInstant } from "../../../src/lib/contract/berlin-time";
import { bookVisit, confirmByToken, findSlots, moveAppointment, resolveVisit } from "./service";
import { unitsOf } from "./slots";
import { claimUnits } from "./store";
import { appointmentRow, seedTestOffice } from "./test-fixtures";

let server: TestApp;
beforeEach(async () => {
  server = await createTestApp();
});
afterEach(() => server.close());

/** The test office (two counters, 30-minute slots) and its one 30-minute service, as a visit. */
async function seedOffice(counters = 2, openingHours = "Mo-Fr 08:00-13:00") {
  await seedTestOffice(server.db, { counters, openingHours });
  return resolveVisit(server.db, "testamt", [{ serviceId: "testdienst", persons: 1 }]);
}

// Monday 2026-12-07, 07:00 in Delmenhorst.
const NOW = berlinInstant({ year: 2026, month: 12, day: 7, hour: 7, minute: 0 });
const at = (hour: number, minute = 0) =>
  new Date(berlinInstant({ year: 2026, month: 12, day: 7, hour, minute })).toISOString();

const person = (i: number) => ({ name: `Person ${i}`, email: `person${i}@example.org`, phone: null });

describe(`booking (${databaseKind})`, () => {
  it("turns 200 concurrent requests for 20 slots into exactly 20 bookings and 180 clear 409s", async () => {
    const visit = await seedOffice(2);
    // Ten starts 08:00-12:30, two counters: twenty slots; twenty requests for each start.
    const starts = Array.from({ length: 10 }, (_, i) => at(8 + Math.floor(i / 2), (i % 2) * 30));
    const requests = Array.from({ length: 200 }, (_, i) =>
      bookVisit(
        server.db,
        {
          visit,
          start: starts[i % 10]!,
          visitType: "on-site",
          contact: person(i),
          accountId: null,
          language: "de",
        },
        NOW,
      ),
    );
    const results = await Promise.allSettled(requests);
    const booked = results.filter((r) => r.status === "fulfilled");
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    expect(booked).toHaveLength(20);
    expect(refused).toHaveLength(180);
    for (const error of refused) expect(error).toMatchObject({ status: 409, code: "slot_taken" });

    const rows = await server.db.selectFrom("appointments").select(["starts_at", "counter"]).execute();
    expect(rows).toHaveLength(20);
    expect(new Set(rows.map((r) => `${r.starts_at}/${r.counter}`)).size).toBe(20);
    const slots = await findSlots(server.db, visit, "2026-12-07", 1, NOW);
    expect(slots.days).toEqual([]);
  });

  it("books one person once when the same booking arrives many times at once", async () => {
    const visit = await seedOffice(10);
    const input = { visit, start: at(9), visitType: "on-site" as const, accountId: null, language: "de" };
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => bookVisit(server.db, { ...input, contact: person(1) }, NOW)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect(r.reason).toMatchObject({ status: 409, code: "already_booked" });
    }
  });

  it("lets one of two bookings of one person on different counters at once through, not both", async () => {
    await seedOffice(10);
    const start = Date.parse(at(9));
    const person = { email: "twice@example.org", office_id: "testamt" };
    // Open connections first (PostgreSQL's pool opens them lazily): then the writes truly overlap.
    await Promise.all(
      Array.from({ length: 8 }, () =>
        server.db.transaction().execute(async (trx) => {
          await trx.selectFrom("appointments").select("id").execute();
          await new Promise((resolve) => setTimeout(resolve, 20));
        }),
      ),
    );
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        claimUnits(server.db, appointmentRow(start, { ...person, counter: i + 1 }), unitsOf(start, 30), NOW),
      ),
    );
    expect(results.filter((r) => r === "claimed")).toHaveLength(1);
    expect(results.filter((r) => r === "person-busy")).toHaveLength(7);
  });

  it("keeps a booking without account 15 minutes for its link, then gives the slot to someone else", async () => {
    const visit = await seedOffice(1);
    const input = { visit, start: at(9), visitType: "on-site" as const, accountId: null, language: "de" };
    const first = await bookVisit(server.db, { ...input, contact: person(1) }, NOW);
    expect(first.row.status).toBe("held");
    // While held, the slot is taken.
    await expect(
      bookVisit(server.db, { ...input, contact: person(2) }, NOW + 10 * 60_000),
    ).rejects.toMatchObject({ code: "slot_taken" });

    // Sixteen minutes later the link comes too late, and the slot is free again.
    const late = NOW + 16 * 60_000;
    await expect(confirmByToken(server.db, first.token, late)).rejects.toMatchObject({
      status: 410,
      code: "hold_expired",
    });
    const second = await bookVisit(server.db, { ...input, contact: person(2) }, late);
    expect((await confirmByToken(server.db, second.token, late + 60_000)).status).toBe("confirmed");
    await expect(confirmByToken(server.db, newToken(), late)).rejects.toBeInstanceOf(ProblemError);
  });

  it("moves an appointment only to a free slot, keeping the old one otherwise", async () => {
    const visit = await seedOffice(1);
    const input = { visit, visitType: "on-site" as const, accountId: null, language: "de" };
    const a = await bookVisit(server.db, { ...input, start: at(9), contact: person(1) }, NOW);
    const b = await bookVisit(server.db, { ...input, start: at(10), contact: person(2) }, NOW);
    const confirmed = await confirmByToken(server.db, a.token, NOW);
    await confirmByToken(server.db, b.token, NOW);

    await expect(moveAppointment(server.db, confirmed, at(10), NOW)).rejects.toMatchObject({
      code: "slot_taken",
    });
    await expect(moveAppointment(server.db, confirmed, at(10, 15), NOW)).rejects.toMatchObject({
      code: "slot_unavailable",
    });
    const moved = await moveAppointment(server.db, confirmed, at(11), NOW);
    expect(moved).toMatchObject({ starts_at: at(11), sequence: 1 });
    // The old time is free again.
    const slots = await findSlots(server.db, visit, "2026-12-07", 1, NOW);
    expect(slots.days[0]!.slots).toContain(at(9));
    expect(slots.days[0]!.slots).not.toContain(at(11));
  });
});
