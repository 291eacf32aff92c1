// /api/staff/appointments: the office's day view, check-in, no-show, and closures. Staff see the
// calendars of their department's offices only; admins see all. Every read and change is audited.
import { randomUUID } from "node:crypto";
import type { Context } from "hono";
import {
  checkInRequestSchema,
  closureRequestSchema,
  closureResultSchema,
  dayViewQuerySchema,
  dayViewSchema,
  staffAppointmentSchema,
} from "../../../src/lib/contract/appointments";
import type { Office } from "../../../src/lib/contract/guide";
import { z } from "../../../src/lib/contract/zod";
import type { AppointmentClosureTable } from "../../db/schema";
import type { AppEnv } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { createRouter } from "../../http/router";
import { requireStaff } from "../../http/session";
import { parseInput, readJson } from "../../http/validate";
import { recordAudit } from "../audit/store";
import { berlinDate } from "../../../src/lib/contract/berlin-time";
import { findOffice, guideOf } from "./guide-data";
import { cancelledByOfficeMail } from "./mails";
import { sendMail } from "./routes";
import * as service from "./service";
import { rangeOf } from "./slots";
import * as store from "./store";
import { mailFacts, toStaffAppointment } from "./views";

const appointmentResult = z.object({ appointment: staffAppointmentSchema });

/** The office, if the signed-in staff member runs its calendar. */
async function officeForStaff(
  c: Context<AppEnv>,
  officeId: string,
): Promise<Office & { booking: NonNullable<Office["booking"]> }> {
  const staff = requireStaff(c);
  const office = await findOffice(c.var.db, officeId);
  if (!office?.booking) throw new ProblemError(404, "not_found");
  if (staff.role !== "admin" && staff.department !== office.booking.department) {
    throw new ProblemError(403, "forbidden", "Not your department's office");
  }
  return { ...office, booking: office.booking };
}

const toClosure = (row: AppointmentClosureTable) => ({
  id: row.id,
  officeId: row.office_id,
  start: row.starts_at,
  end: row.ends_at,
  reason: row.reason,
  createdAt: row.created_at,
});

export function staffAppointmentRoutes() {
  const app = createRouter();

  app.get("/", async (c) => {
    const query = parseInput(dayViewQuerySchema, c.req.query());
    const office = await officeForStaff(c, query.office);
    const range = rangeOf(query.date, 1);
    const [rows, closures] = await Promise.all([
      store.appointmentsOfDay(c.var.db, office.id, range),
      store.loadClosures(c.var.db, office.id, range),
    ]);
    const view = {
      officeId: office.id,
      date: query.date,
      counters: office.booking.counters,
      department: office.booking.department,
      // rangeOf covers a day and a bit (25-hour days): keep the asked day only.
      appointments: rows
        .filter((r) => berlinDate(Date.parse(r.starts_at)) === query.date)
        .map(toStaffAppointment),
      closures: closures.map(toClosure),
    };
    await recordAudit(c.var.db, {
      actor: requireStaff(c),
      action: "appointments.day-read",
      details: { office: office.id, date: query.date },
    });
    return c.json(dayViewSchema.parse(view), 200);
  });

  app.post("/check-in", async (c) => {
    const { reference } = await readJson(c.req, checkInRequestSchema);
    const row = await store.findByReference(c.var.db, reference);
    if (!row) throw new ProblemError(404, "not_found");
    await officeForStaff(c, row.office_id);
    const now = Date.now();
    // Check-in on the appointment's day only: a reference from another day is a mistake at the desk.
    if (berlinDate(Date.parse(row.starts_at)) !== berlinDate(now)) {
      throw new ProblemError(409, "appointment_not_active", "not today");
    }
    const checkedIn = await store.changeStatus(c.var.db, row.id, ["confirmed", "no-show"], "checked-in", now);
    if (!checkedIn) throw new ProblemError(409, "appointment_not_active");
    await service.publish(c.var.db, checkedIn);
    await recordAudit(c.var.db, {
      actor: requireStaff(c),
      action: "appointments.checked-in",
      subjectId: row.id,
    });
    return c.json(appointmentResult.parse({ appointment: toStaffAppointment(checkedIn) }), 200);
  });

  app.post("/:id/no-show", async (c) => {
    const row = await store.findById(c.var.db, c.req.param("id"));
    if (!row) throw new ProblemError(404, "not_found");
    await officeForStaff(c, row.office_id);
    const now = Date.now();
    if (Date.parse(row.starts_at) > now)
      throw new ProblemError(409, "appointment_not_active", "not started yet");
    const marked = await store.changeStatus(c.var.db, row.id, ["confirmed"], "no-show", now);
    if (!marked) throw new ProblemError(409, "appointment_not_active");
    await service.publish(c.var.db, marked);
    await recordAudit(c.var.db, {
      actor: requireStaff(c),
      action: "appointments.no-show",
      subjectId: row.id,
    });
    return c.json(appointmentResult.parse({ appointment: toStaffAppointment(marked) }), 200);
  });

  app.post("/closures", async (c) => {
    const request = await readJson(c.req, closureRequestSchema);
    const office = await officeForStaff(c, request.officeId);
    const staff = requireStaff(c);
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
    await c.var.db.insertInto("appointment_closures").values(row).execute();
    let cancelled = 0;
    if (request.cancelAppointments) {
      const period = { start: Date.parse(row.starts_at), end: Date.parse(row.ends_at) };
      for (const appointment of await store.activeInPeriod(c.var.db, office.id, period, now)) {
        const done = await store.changeStatus(
          c.var.db,
          appointment.id,
          ["held", "confirmed"],
          "cancelled",
          now,
        );
        if (!done) continue;
        cancelled++;
        await service.publish(c.var.db, done);
        const link = `${c.var.config.appOrigin}/termine`;
        const facts = mailFacts(done, await guideOf(c.var.db, done));
        await sendMail(c, cancelledByOfficeMail(facts, request.reason, link));
      }
    }
    await recordAudit(c.var.db, {
      actor: staff,
      action: "appointments.closure-created",
      subjectId: row.id,
      reason: request.reason,
      details: { office: office.id, start: row.starts_at, end: row.ends_at, cancelled },
    });
    return c.json(closureResultSchema.parse({ closure: toClosure(row), cancelled }), 201);
  });

  app.delete("/closures/:id", async (c) => {
    const row = await c.var.db
      .selectFrom("appointment_closures")
      .selectAll()
      .where("id", "=", c.req.param("id"))
      .executeTakeFirst();
    if (!row) throw new ProblemError(404, "not_found");
    await officeForStaff(c, row.office_id);
    await c.var.db.deleteFrom("appointment_closures").where("id", "=", row.id).execute();
    await recordAudit(c.var.db, {
      actor: requireStaff(c),
      action: "appointments.closure-removed",
      subjectId: row.id,
    });
    return c.body(null, 204);
  });

  return app;
}
