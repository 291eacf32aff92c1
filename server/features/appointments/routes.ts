// /api/appointments: free slots, the proof-of-work challenge, booking, and the mail link's actions
// (confirm, cancel, move). Signed-in residents also cancel and move by id; their appointments reach
// their devices through the change feed (collection "appointments").
import type { Context } from "hono";
import {
  accountMoveRequestSchema,
  bookingRequestSchema,
  bookingResultSchema,
  moveRequestSchema,
  slotQuerySchema,
  type SlotsResponse,
  tokenRequestSchema,
} from "../../../src/lib/contract/appointments";
import type { AppEnv } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { rateLimit } from "../../http/rate-limit";
import { createRouter } from "../../http/router";
import { requireAccount } from "../../http/session";
import { parseInput, readJson } from "../../http/validate";
import { bookedMail, confirmBookingMail } from "./mails";
import { newChallenge, spendSolution } from "../../http/proof-of-work";
import * as service from "./service";
import { changeStatus, findById } from "./store";
import { mailFacts } from "./views";
import type { AppointmentTable } from "../../db/schema";

const MINUTE = 60_000;

export function appointmentRoutes() {
  const app = createRouter();
  const slotLimit = rateLimit({ name: "appointment-slots", windowMs: MINUTE, max: 120 });
  const challengeLimit = rateLimit({ name: "appointment-challenge", windowMs: 10 * MINUTE, max: 60 });
  // Generous for a public terminal in the citizens' office that many residents share.
  const bookingLimit = rateLimit({ name: "appointment-booking", windowMs: 60 * MINUTE, max: 30 });
  const linkLimit = rateLimit({ name: "appointment-link", windowMs: 10 * MINUTE, max: 60 });

  app.get("/slots", slotLimit, async (c) => {
    const query = parseInput(slotQuerySchema, c.req.query());
    const visit = await service.resolveVisit(c.var.db, query.office, query.services);
    const slots = await service.findSlots(c.var.db, visit, query.from, query.days, Date.now());
    // Typed at construction; parsing a thousand instants again would cost a third of the request.
    return c.json(slots satisfies SlotsResponse, 200);
  });

  app.get("/challenge", challengeLimit, async (c) => {
    return c.json(await newChallenge(c.var.db), 200);
  });

  app.post("/", bookingLimit, async (c) => {
    const request = await readJson(c.req, bookingRequestSchema);
    const account = c.var.account;
    let contact: service.BookingInput["contact"];
    if (account) {
      const name = `${account.givenName} ${account.familyName}`;
      contact = { name, email: account.email, phone: request.contact?.phone ?? null };
    } else {
      if (!request.contact) {
        throw new ProblemError(400, "validation_failed", "contact is required without an account");
      }
      await spendSolution(c.var.db, request.altcha);
      contact = { ...request.contact, phone: request.contact.phone ?? null };
    }
    const visit = await service.resolveVisit(c.var.db, request.officeId, request.services);
    const { row, token } = await service.bookVisit(
      c.var.db,
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
    const link = `${c.var.config.appOrigin}/termine/verwalten#${token}`;
    const facts = mailFacts(row, visit);
    if (row.status === "held") {
      // Without the mail the hold can never be confirmed: give the slot back and say so now,
      // instead of letting the resident wait for a mail that does not come.
      try {
        await c.var.mailer.send(confirmBookingMail(facts, link));
      } catch (error) {
        c.var.logger.error({ err: error }, "booking mail not sent; hold released");
        await changeStatus(c.var.db, row.id, ["held"], "cancelled", Date.now());
        throw new ProblemError(503, "mail_unavailable");
      }
    } else {
      await sendMail(c, bookedMail(facts, link));
    }
    return c.json(
      bookingResultSchema.parse({ appointment: await service.appointmentView(c.var.db, row) }),
      201,
    );
  });

  app.post("/confirm", linkLimit, async (c) => {
    const { token } = await readJson(c.req, tokenRequestSchema);
    const row = await service.confirmByToken(c.var.db, token, Date.now());
    return c.json(
      bookingResultSchema.parse({ appointment: await service.appointmentView(c.var.db, row) }),
      200,
    );
  });

  app.post("/cancel", linkLimit, async (c) => {
    const { token } = await readJson(c.req, tokenRequestSchema);
    const row = await service.findByToken(c.var.db, token);
    const cancelled = await service.cancelAppointment(c.var.db, row, Date.now());
    return c.json(
      bookingResultSchema.parse({ appointment: await service.appointmentView(c.var.db, cancelled) }),
      200,
    );
  });

  app.post("/move", linkLimit, async (c) => {
    const { token, start } = await readJson(c.req, moveRequestSchema);
    const row = await service.findByToken(c.var.db, token);
    const moved = await service.moveAppointment(c.var.db, row, start, Date.now());
    return c.json(
      bookingResultSchema.parse({ appointment: await service.appointmentView(c.var.db, moved) }),
      200,
    );
  });

  app.post("/:id/cancel", async (c) => {
    const row = await ownAppointment(c);
    const cancelled = await service.cancelAppointment(c.var.db, row, Date.now());
    return c.json(
      bookingResultSchema.parse({ appointment: await service.appointmentView(c.var.db, cancelled) }),
      200,
    );
  });

  app.post("/:id/move", async (c) => {
    const row = await ownAppointment(c);
    const { start } = await readJson(c.req, accountMoveRequestSchema);
    const moved = await service.moveAppointment(c.var.db, row, start, Date.now());
    return c.json(
      bookingResultSchema.parse({ appointment: await service.appointmentView(c.var.db, moved) }),
      200,
    );
  });

  return app;
}

/** The signed-in resident's own appointment; someone else's is "not found", not "forbidden". */
async function ownAppointment(c: Context<AppEnv>): Promise<AppointmentTable> {
  const account = requireAccount(c);
  const row = await findById(c.var.db, c.req.param("id") ?? "");
  if (!row || row.account_id !== account.id) throw new ProblemError(404, "not_found");
  return row;
}

/** A mail that fails is logged: the booking stands, and the app shows everything the mail would. */
export async function sendMail(
  c: Context<AppEnv>,
  mail: Parameters<AppEnv["Variables"]["mailer"]["send"]>[0],
) {
  try {
    await c.var.mailer.send(mail);
  } catch (error) {
    c.var.logger.error({ err: error }, "appointment mail not sent");
  }
}
