// The staff console: find citizens, confirm identities, send to postboxes; admins manage staff,
// read the audit log and edit the services guide. Every look at a citizen's data is audited.
import {
  citizenSearchSchema,
  identityConfirmationSchema,
  reasonQuerySchema,
  staffCreateSchema,
  staffUpdateSchema,
} from "../../../src/lib/contract/account";
import { serviceSchema } from "../../../src/lib/contract/guide";
import { z } from "../../../src/lib/contract/zod";
import { inTransaction, isUniqueViolation } from "../../db/database";
import { ProblemError } from "../../http/problem";
import { createRouter } from "../../http/router";
import { requireAdmin, requireStaff } from "../../http/session";
import { parseInput, readJson } from "../../http/validate";
import { staffInvitationMail } from "../../mail/templates";
import { applyIdentity } from "../account/identity";
import { listSentMessages } from "../account/postbox";
import { auditEntryOf } from "../account/export";
import { findAccount, findAccountByEmail, insertAccount, updateAccount } from "../account/store";
import { recordAudit } from "../audit/store";
import { createLinkToken, INVITATION_LIFETIME_MS } from "../auth/tokens";
import { listEntries, upsertEntries } from "../sync/store";
import { citizenDetailOf, findCitizen, searchCitizens } from "./citizens";
import { sendMessage } from "./messages";
import { assertDepartmentFits, findStaffAccount, listStaffAccounts, staffAccountOf } from "./staff-accounts";

const auditQuerySchema = z.strictObject({
  subject: z.string().min(1).max(100).optional(),
  actor: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export function staffRoutes() {
  const app = createRouter();

  app.get("/citizens", async (c) => {
    const staff = requireStaff(c);
    const { q, reason } = parseInput(citizenSearchSchema, c.req.query());
    const results = await searchCitizens(c.var.db, q);
    await recordAudit(c.var.db, {
      actor: staff,
      action: "citizen.search",
      reason,
      details: { q, results: results.length },
    });
    return c.json(results, 200);
  });

  app.get("/citizens/:id", async (c) => {
    const staff = requireStaff(c);
    const { reason } = parseInput(reasonQuerySchema, c.req.query());
    const citizen = await findCitizen(c.var.db, c.req.param("id"));
    if (!citizen) throw new ProblemError(404, "not_found");
    await recordAudit(c.var.db, { actor: staff, action: "citizen.read", subjectId: citizen.id, reason });
    return c.json(citizenDetailOf(citizen), 200);
  });

  app.post("/citizens/:id/identity", async (c) => {
    const staff = requireStaff(c, ["buergerbuero"]);
    const { reason, documentType, ...identity } = await readJson(c.req, identityConfirmationSchema);
    const citizen = await findCitizen(c.var.db, c.req.param("id"));
    if (!citizen) throw new ProblemError(404, "not_found");
    // The account must reach its owner first; otherwise a verified identity could sit on a stranger's address.
    if (!citizen.email_verified_at) throw new ProblemError(409, "email_not_verified");
    const updated = await inTransaction(c.var.db, async (trx) => {
      await applyIdentity(trx, citizen.id, { provider: "in-person", verifiedBy: staff.id, ...identity });
      // The document number is never taken: the type is enough to show what was checked.
      await recordAudit(trx, {
        actor: staff,
        action: "citizen.identity-confirmed",
        subjectId: citizen.id,
        reason,
        details: { documentType },
      });
      return findCitizen(trx, citizen.id);
    });
    if (!updated) throw new ProblemError(404, "not_found");
    return c.json(citizenDetailOf(updated), 200);
  });

  app.post("/citizens/:id/messages", async (c) => {
    const staff = requireStaff(c);
    // A message names the department that sent it; an admin without one has nobody to speak for.
    const department = staff.department;
    if (!department) throw new ProblemError(403, "forbidden", "Sending needs a department");
    const citizen = await findCitizen(c.var.db, c.req.param("id"));
    if (!citizen) throw new ProblemError(404, "not_found");
    return c.json(await sendMessage(c, { ...staff, department }, citizen), 201);
  });

  app.get("/messages", async (c) => {
    const staff = requireStaff(c);
    const department = staff.role === "admin" ? null : staff.department;
    // Staff without a department cannot have sent anything.
    if (staff.role !== "admin" && department === null) return c.json([], 200);
    return c.json(await listSentMessages(c.var.db, department), 200);
  });

  app.get("/accounts", async (c) => {
    requireAdmin(c);
    return c.json((await listStaffAccounts(c.var.db)).map(staffAccountOf), 200);
  });

  app.post("/accounts", async (c) => {
    const admin = requireAdmin(c);
    const body = await readJson(c.req, staffCreateSchema);
    assertDepartmentFits(body.role, body.department);
    if (await findAccountByEmail(c.var.db, body.email)) throw new ProblemError(409, "email_taken");
    const created = await inTransaction(c.var.db, async (trx) => {
      const row = await insertAccount(trx, {
        email: body.email,
        role: body.role,
        department: body.department,
        given_name: body.givenName,
        family_name: body.familyName,
        language: "de",
        // Using the invitation link proves the address; nobody else receives it.
        email_verified_at: new Date().toISOString(),
      });
      const token = await createLinkToken(trx, "reset-password", row.id, INVITATION_LIFETIME_MS);
      await recordAudit(trx, {
        actor: admin,
        action: "staff.created",
        subjectId: row.id,
        details: { role: body.role, department: body.department },
      });
      // Inside the transaction: without the mail the account is unusable, so a failed send undoes it.
      const link = `${c.var.config.appOrigin}/konto/passwort-neu?token=${token}`;
      await c.var.mailer.send(staffInvitationMail(row.email, link));
      return row;
    }).catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new ProblemError(409, "email_taken");
      throw error;
    });
    return c.json(staffAccountOf(created), 201);
  });

  app.patch("/accounts/:id", async (c) => {
    const admin = requireAdmin(c);
    const body = await readJson(c.req, staffUpdateSchema);
    assertDepartmentFits(body.role, body.department);
    const target = await findStaffAccount(c.var.db, c.req.param("id"));
    if (!target) throw new ProblemError(404, "not_found");
    // Keeps at least this admin able to undo what was done.
    if (target.id === admin.id && (body.role !== "admin" || body.disabled)) {
      throw new ProblemError(409, "conflict", "Admins cannot demote or disable themselves");
    }
    const updated = await inTransaction(c.var.db, async (trx) => {
      const disabledAt = body.disabled ? (target.disabled_at ?? new Date().toISOString()) : null;
      await updateAccount(trx, target.id, {
        role: body.role,
        department: body.department,
        disabled_at: disabledAt,
      });
      if (body.disabled) await trx.deleteFrom("sessions").where("account_id", "=", target.id).execute();
      await recordAudit(trx, {
        actor: admin,
        action: "staff.updated",
        subjectId: target.id,
        details: { role: body.role, department: body.department, disabled: body.disabled },
      });
      return findAccount(trx, target.id);
    });
    if (!updated) throw new ProblemError(404, "not_found");
    return c.json(staffAccountOf(updated), 200);
  });

  app.get("/audit", async (c) => {
    requireAdmin(c);
    const { subject, actor, limit } = parseInput(auditQuerySchema, c.req.query());
    let query = c.var.db
      .selectFrom("audit_log")
      .selectAll()
      .orderBy("at", "desc")
      .orderBy("id", "desc")
      .limit(limit);
    if (subject) query = query.where("subject_id", "=", subject);
    if (actor) query = query.where("actor_id", "=", actor);
    return c.json((await query.execute()).map(auditEntryOf), 200);
  });

  // Edits reach every device through the public "services" feed.
  app.put("/guide/services/:id", async (c) => {
    const admin = requireAdmin(c);
    const id = c.req.param("id");
    const service = await readJson(c.req, serviceSchema);
    if (service.id !== id) {
      throw new ProblemError(400, "validation_failed", undefined, [
        { path: "id", message: "must equal the id in the path" },
      ]);
    }
    const known = await listEntries(c.var.db, "services");
    if (!known.some((entry) => entry.id === id)) throw new ProblemError(404, "not_found");
    await inTransaction(c.var.db, async (trx) => {
      await upsertEntries(trx, "services", [{ id, data: service }]);
      await recordAudit(trx, {
        actor: admin,
        action: "guide.service-updated",
        subjectId: null,
        details: { serviceId: id },
      });
    });
    return c.json(service, 200);
  });

  return app;
}
