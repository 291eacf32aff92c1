// The booking API as residents use it: free slots, a booking without an account through the
// proof of work and the mail's link, with an account, and every kind of bad input.
import { createHash } from "node:crypto";
import ICAL from "ical.js";
import { solveChallenge } from "altcha-lib/v1";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  altchaChallengeSchema,
  bookingResultSchema,
  slotsResponseSchema,
} from "../../../src/lib/contract/appointments";
import { createAccountWithSession } from "../../testing/accounts";
import { createTestApp, databaseKind, type TestApp } from "../../testing/test-app";
import { TestClient } from "../../testing/test-client";
import { seedGuideOnFirstStart } from "../guide/seed";
import { seedTestOffice } from "./test-fixtures";

let server: TestApp;
let client: TestClient;
beforeEach(async () => {
  server = await createTestApp();
  await seedGuideOnFirstStart(server.db);
  client = new TestClient(server);
});
afterEach(() => server.close());

const VISIT = "personalausweis:2,meldebescheinigung:1";
const SERVICES = [
  { serviceId: "personalausweis", persons: 2 },
  { serviceId: "meldebescheinigung", persons: 1 },
];

async function firstSlots() {
  const response = await client.json("GET", `/api/appointments/slots?office=buergerbuero&services=${VISIT}`);
  expect(response.status).toBe(200);
  const slots = slotsResponseSchema.parse(response.body);
  expect(slots.durationMinutes).toBe(45);
  return slots;
}

async function solvedProofOfWork(c: TestClient = client): Promise<string> {
  const challenge = altchaChallengeSchema.parse((await c.json("GET", "/api/appointments/challenge")).body);
  const solution = await solveChallenge(
    challenge.challenge,
    challenge.salt,
    challenge.algorithm,
    challenge.maxnumber,
  ).promise;
  if (!solution) throw new Error("challenge not solved");
  const payload = { ...challenge, number: solution.number };
  return Buffer.from(JSON.stringify(payload)).toString("base64");
}

const contact = (email = "erika@example.org") => ({ name: "Erika Mustermann", email });

function booking(start: string, extra: Record<string, unknown> = {}) {
  return {
    officeId: "buergerbuero",
    services: SERVICES,
    start,
    visitType: "on-site",
    language: "de",
    ...extra,
  };
}

const tokenFromMail = (text: string) => /termine\/verwalten#([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? "";
const countAppointments = async () =>
  Number(
    (
      await server.db
        .selectFrom("appointments")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe(`/api/appointments (${databaseKind})`, () => {
  it("lists only days with free slots, each on the office's grid", async () => {
    const slots = await firstSlots();
    expect(slots.days.length).toBeGreaterThan(5);
    for (const day of slots.days) {
      expect(day.slots.length).toBeGreaterThan(0);
      // Ten-minute grid from the opening time.
      for (const slot of day.slots) expect(new Date(slot).getUTCMinutes() % 10).toBe(0);
    }
    expect(slots.visitTypes).toEqual(["on-site"]);
  });

  it("books without an account: held, confirmed by the mail's link once, cancelled by it once", async () => {
    const slots = await firstSlots();
    const start = slots.days[0]!.slots[0]!;
    const booked = await client.json(
      "POST",
      "/api/appointments",
      booking(start, { contact: contact(), altcha: await solvedProofOfWork() }),
    );
    expect(booked.status).toBe(201);
    const { appointment } = bookingResultSchema.parse(booked.body);
    expect(appointment).toMatchObject({
      status: "held",
      start: new Date(start).toISOString(),
      name: "Erika Mustermann",
    });
    expect(appointment.reference).toMatch(/^T-[2-9A-Z]{4}-[2-9A-Z]{4}$/);

    const mail = server.mails.at(-1)!;
    expect(mail).toMatchObject({ to: "erika@example.org" });
    expect(mail.text).toContain(appointment.reference);
    const token = tokenFromMail(mail.text);
    expect(token).not.toBe("");

    const confirmed = await client.json("POST", "/api/appointments/confirm", { token });
    expect(confirmed.status).toBe(200);
    const view = bookingResultSchema.parse(confirmed.body).appointment;
    expect(view.status).toBe("confirmed");
    // The calendar file parses back with a real iCalendar parser, at the booked time.
    const event = new ICAL.Component(ICAL.parse(view.calendar)).getFirstSubcomponent("vevent")!;
    const parsed = new ICAL.Event(event);
    expect(parsed.startDate.toJSDate().toISOString()).toBe(new Date(start).toISOString());
    expect(parsed.endDate.toJSDate().getTime() - parsed.startDate.toJSDate().getTime()).toBe(45 * 60_000);
    expect(parsed.location).toContain("Rathausplatz 1");
    expect(parsed.description).toContain(appointment.reference);
    expect((await client.json("POST", "/api/appointments/confirm", { token })).status).toBe(200);

    const cancelled = await client.json("POST", "/api/appointments/cancel", { token });
    expect(cancelled.status).toBe(200);
    expect(bookingResultSchema.parse(cancelled.body).appointment.status).toBe("cancelled");
    const again = await client.json("POST", "/api/appointments/cancel", { token });
    expect(again).toMatchObject({ status: 409, body: { code: "appointment_not_active" } });
    const forged = await client.json("POST", "/api/appointments/cancel", {
      token: `${token.slice(0, -2)}xx`,
    });
    expect(forged).toMatchObject({ status: 404, body: { code: "link_invalid" } });
  });

  it("writes the calendar file in the booking's language: Turkish", async () => {
    const start = (await firstSlots()).days[0]!.slots[0]!;
    const booked = await client.json(
      "POST",
      "/api/appointments",
      booking(start, { language: "tr", contact: contact(), altcha: await solvedProofOfWork() }),
    );
    expect(booked.status).toBe(201);
    const token = tokenFromMail(server.mails.at(-1)!.text);
    const view = bookingResultSchema.parse(
      (await client.json("POST", "/api/appointments/confirm", { token })).body,
    ).appointment;
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(view.calendar)).getFirstSubcomponent("vevent")!,
    );
    // The sample guide's Turkish titles, two persons counted in Turkish, the office's Turkish name.
    expect(event.summary).toBe(
      "Randevu: Kimlik kartı (Personalausweis) başvurusu (2 kişi), İkamet belgesi (Meldebescheinigung)",
    );
    expect(event.description).toContain(`İşlem numarası: ${view.reference}`);
    expect(event.description).toContain("Lütfen yanınızda getirin:\n- Mevcut kimlik kartı veya pasaport");
    expect(event.description).not.toMatch(/Vorgangsnummer|Bitte mitbringen|Reference|Please bring/);
    expect(event.location).toBe(
      "Rathaus'taki Vatandaşlık bürosu (Bürgerbüro), Rathausplatz 1, 27749 Delmenhorst",
    );
  });

  it("refuses bookings without a proof of work, or with one used before", async () => {
    const start = (await firstSlots()).days[0]!.slots[0]!;
    const missing = await client.json("POST", "/api/appointments", booking(start, { contact: contact() }));
    expect(missing).toMatchObject({ status: 400, body: { code: "proof_of_work_failed" } });
    const altcha = await solvedProofOfWork();
    expect(
      (await client.json("POST", "/api/appointments", booking(start, { contact: contact(), altcha }))).status,
    ).toBe(201);
    const reused = await client.json(
      "POST",
      "/api/appointments",
      booking(start, { contact: contact("b@example.org"), altcha }),
    );
    expect(reused).toMatchObject({ status: 400, body: { code: "proof_of_work_failed" } });
    const wrong = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(altcha, "base64").toString()), number: 1 }),
    ).toString("base64");
    const forged = await client.json(
      "POST",
      "/api/appointments",
      booking(start, { contact: contact("c@example.org"), altcha: wrong }),
    );
    expect(forged).toMatchObject({ status: 400, body: { code: "proof_of_work_failed" } });
    expect(await countAppointments()).toBe(1);
  });

  it("answers bad input with a clear 4xx and stores nothing", async () => {
    const { client: signedIn } = await createAccountWithSession(server, { role: "citizen" });
    const start = (await firstSlots()).days[0]!.slots[0]!;
    const cases: [unknown, number, string][] = [
      [booking("2020-01-07T09:00:00.000Z"), 422, "slot_unavailable"], // in the past
      [booking(new Date(Date.parse(start) + 5 * 60_000).toISOString()), 422, "slot_unavailable"], // off the grid
      [booking(nextSunday(start)), 422, "slot_unavailable"], // closed
      [booking(start, { services: [{ serviceId: "personalausweis", persons: 6 }] }), 422, "persons_limit"],
      [booking(start, { services: [{ serviceId: "abmeldung", persons: 1 }] }), 422, "not_bookable"],
      [booking(start, { officeId: "nowhere" }), 404, "not_found"],
      [booking(start, { visitType: "video" }), 422, "visit_type_unavailable"],
      [booking(start, { services: [] }), 400, "validation_failed"],
      [booking("tomorrow"), 400, "validation_failed"],
      [{ ...booking(start), admin: true }, 400, "validation_failed"],
    ];
    for (const [body, status, code] of cases) {
      const response = await signedIn.json("POST", "/api/appointments", body);
      expect(response, JSON.stringify(body)).toMatchObject({ status, body: { code } });
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
    const badQueries = [
      ["office=buergerbuero&services=personalausweis:99", 400],
      ["office=buergerbuero&services=", 400],
      ["office=buergerbuero&services=personalausweis:1&days=500", 400],
      ["office=buergerbuero&services=personalausweis:6", 422],
    ] as const;
    for (const [query, status] of badQueries) {
      expect((await client.json("GET", `/api/appointments/slots?${query}`)).status, query).toBe(status);
    }
    expect(await countAppointments()).toBe(0);
  });

  it("books with an account at once, into the account's change feed; others cannot touch it", async () => {
    const { account, client: owner } = await createAccountWithSession(server, { role: "citizen" });
    const start = (await firstSlots()).days[0]!.slots[0]!;
    const booked = await owner.json("POST", "/api/appointments", booking(start));
    expect(booked.status).toBe(201);
    const { appointment } = bookingResultSchema.parse(booked.body);
    expect(appointment).toMatchObject({ status: "confirmed", email: account.email });
    expect(server.mails.at(-1)!.subject).toContain(appointment.reference);

    const feed = (await (await owner.fetch("/api/sync/appointments")).json()) as {
      changes: { id: string }[];
    };
    expect(feed.changes.map((c) => c.id)).toEqual([appointment.id]);

    const { client: stranger } = await createAccountWithSession(server, { role: "citizen" });
    expect((await stranger.json("POST", `/api/appointments/${appointment.id}/cancel`)).status).toBe(404);
    expect((await client.json("POST", `/api/appointments/${appointment.id}/cancel`)).status).toBe(401);
    const strangerFeed = (await (await stranger.fetch("/api/sync/appointments")).json()) as {
      changes: unknown[];
    };
    expect(strangerFeed.changes).toEqual([]);

    const later = (await firstSlots()).days[1]!.slots[0]!;
    const moved = await owner.json("POST", `/api/appointments/${appointment.id}/move`, { start: later });
    expect(moved.status).toBe(200);
    expect(bookingResultSchema.parse(moved.body).appointment.start).toBe(new Date(later).toISOString());
    const cancelled = await owner.json("POST", `/api/appointments/${appointment.id}/cancel`);
    expect(bookingResultSchema.parse(cancelled.body).appointment.status).toBe("cancelled");
  });

  it("allows two active bookings per person and service, not a third", async () => {
    const { client: owner } = await createAccountWithSession(server, { role: "citizen" });
    const days = (await firstSlots()).days;
    expect((await owner.json("POST", "/api/appointments", booking(days[0]!.slots[0]!))).status).toBe(201);
    expect((await owner.json("POST", "/api/appointments", booking(days[1]!.slots[0]!))).status).toBe(201);
    const third = await owner.json("POST", "/api/appointments", booking(days[2]!.slots[0]!));
    expect(third).toMatchObject({ status: 409, body: { code: "too_many_bookings" } });
  });

  it("books the same signed-in booking sent twice only once, also when both arrive at once", async () => {
    const { client: owner } = await createAccountWithSession(server, { role: "citizen" });
    const days = (await firstSlots()).days;
    const first = await owner.json("POST", "/api/appointments", booking(days[0]!.slots[0]!));
    expect(first.status).toBe(201);
    const again = await owner.json("POST", "/api/appointments", booking(days[0]!.slots[0]!));
    expect(again).toMatchObject({ status: 409, body: { code: "already_booked" } });
    expect(again.headers.get("content-type")).toBe("application/problem+json");
    // Another service at an overlapping time is just as impossible to attend.
    const overlapping = await owner.json(
      "POST",
      "/api/appointments",
      booking(days[0]!.slots[1]!, { services: [{ serviceId: "meldebescheinigung", persons: 1 }] }),
    );
    expect(overlapping).toMatchObject({ status: 409, body: { code: "already_booked" } });
    expect(await countAppointments()).toBe(1);

    const twice = await Promise.all(
      [1, 2].map(() => owner.json("POST", "/api/appointments", booking(days[1]!.slots[0]!))),
    );
    expect(twice.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await countAppointments()).toBe(2);
  });
});

describe(`200 residents at once over HTTP (${databaseKind})`, () => {
  it("get exactly 20 bookings for 20 slots, and everyone else a clear 409 problem", async () => {
    const busy = await createTestApp({ TRUST_PROXY: "1" });
    try {
      // Open day and night, two counters: the first ten starts from now on make twenty slots.
      await seedTestOffice(busy.db, { counters: 2, openingHours: "Mo-Su 00:00-24:00" });
      const c = new TestClient(busy);
      const slots = slotsResponseSchema.parse(
        (await c.json("GET", "/api/appointments/slots?office=testamt&services=testdienst:1&days=2")).body,
      );
      const starts = slots.days.flatMap((d) => d.slots).slice(0, 10);
      expect(starts).toHaveLength(10);
      // Each resident from an address of their own, with a solved proof of work (hashed here fast).
      const requests = await Promise.all(
        Array.from({ length: 200 }, async (_, i) => {
          const ip = `10.0.0.${i}`;
          return {
            body: {
              officeId: "testamt",
              services: [{ serviceId: "testdienst", persons: 1 }],
              start: starts[i % 10],
              visitType: "on-site",
              language: "de",
              contact: contact(`resident${i}@example.org`),
              altcha: await quickProofOfWork(c, ip),
            },
            ip,
          };
        }),
      );
      const responses = await Promise.all(
        requests.map(({ body, ip }) => c.json("POST", "/api/appointments", body, { "x-forwarded-for": ip })),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(20);
      expect(statuses.filter((s) => s === 409)).toHaveLength(180);
      for (const refused of responses.filter((r) => r.status === 409)) {
        expect(refused.body).toMatchObject({ code: "slot_taken" });
        expect(refused.headers.get("content-type")).toBe("application/problem+json");
      }
      const rows = await busy.db.selectFrom("appointments").select(["starts_at", "counter"]).execute();
      expect(new Set(rows.map((r) => `${r.starts_at}/${r.counter}`)).size).toBe(20);
    } finally {
      await busy.close();
    }
    // 200 bookings at once: about 5 s on PostgreSQL alone, 25 s while a browser run shared the two cores.
  }, 60_000);
});

/** The same proof of work as the browser's, with node's synchronous hash (200 of them here). */
async function quickProofOfWork(c: TestClient, ip: string): Promise<string> {
  const answer = await c.json("GET", "/api/appointments/challenge", undefined, { "x-forwarded-for": ip });
  const challenge = altchaChallengeSchema.parse(answer.body);
  for (let number = 0; number <= (challenge.maxnumber ?? 1e6); number++) {
    if (createHash("sha256").update(`${challenge.salt}${number}`).digest("hex") === challenge.challenge) {
      return Buffer.from(JSON.stringify({ ...challenge, number })).toString("base64");
    }
  }
  throw new Error("challenge not solved");
}

describe(`a booking whose mail cannot be sent (${databaseKind})`, () => {
  it("is not kept: the slot is free again and the resident is told at once", async () => {
    const broken = await createTestApp({}, { failMail: true });
    try {
      await seedGuideOnFirstStart(broken.db);
      const c = new TestClient(broken);
      const slots = slotsResponseSchema.parse(
        (await c.json("GET", `/api/appointments/slots?office=buergerbuero&services=${VISIT}`)).body,
      );
      const start = slots.days[0]!.slots[0]!;
      const response = await c.json(
        "POST",
        "/api/appointments",
        booking(start, { contact: contact(), altcha: await solvedProofOfWork(c) }),
      );
      expect(response).toMatchObject({ status: 503, body: { code: "mail_unavailable" } });
      const rows = await broken.db.selectFrom("appointments").select("status").execute();
      expect(rows).toEqual([{ status: "cancelled" }]);
      expect(await broken.db.selectFrom("appointment_units").selectAll().execute()).toEqual([]);
    } finally {
      await broken.close();
    }
  });
});

/** The Sunday after a slot's day, 10:00 Berlin (the office is closed on Sundays). */
function nextSunday(start: string): string {
  const date = new Date(start);
  date.setUTCDate(date.getUTCDate() + ((7 - date.getUTCDay()) % 7 || 7));
  date.setUTCHours(9, 0, 0, 0);
  return date.toISOString();
}
