// The staff console (HTTP; the rules are in service.ts): find citizens, confirm identities, send to
// postboxes; admins manage staff, read the audit log and edit the services guide.
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import {
  auditEntrySchema,
  citizenDetailSchema,
  citizenSearchSchema,
  citizenSummarySchema,
  identityConfirmationSchema,
  messageFormSchema,
  reasonQuerySchema,
  sentMessageSchema,
  staffAccountSchema,
  staffCreateSchema,
  staffUpdateSchema,
} from "../../../src/lib/contract/account";
import { lifeSituationSchema, officeSchema, serviceSchema } from "../../../src/lib/contract/guide";
import type { AppEnv } from "../../http/env";
import { adminOnly, jsonRequired, staffOnly } from "../../http/route-guards";
import { multipartBody } from "../../http/openapi";
import { idParam, jsonAnswer, jsonBody, problems } from "../../http/openapi";
import { ProblemError } from "../../http/problem";
import { mailDeps } from "../../http/mail-deps";
import { createRouter } from "../../http/router";
import { requireAdmin, requireStaff } from "../../http/session";
import { optionalFileField, readForm } from "../../http/uploads";
import { parseInput } from "../../http/validate";
import { listSentMessages } from "../account/postbox";
import { auditEntryOf } from "../account/export";
import { listAuditEntries } from "../../platform/audit/store";
import { findCitizen } from "./citizens";
import { type MessageInput, sendMessage } from "./messages";
import {
  confirmIdentity,
  createStaffAccount,
  readCitizen,
  searchCitizensAudited,
  updateStaffAccount,
} from "./service";
import { updateGuideLifeSituation, updateGuideOffice, updateGuideService } from "./guide";
import { listStaffAccounts, staffAccountOf } from "./staff-accounts";

const auditQuerySchema = z.strictObject({
  subject: z.string().min(1).max(100).optional(),
  actor: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const STAFF_PROBLEMS = { 401: ["unauthenticated"], 403: ["forbidden"] } as const;
const idParams = z.object({ id: idParam });

const searchRoute = createRoute({
  method: "get",
  path: "/citizens",
  summary: "Finds citizens by name or email (audited with the reason given).",
  middleware: [staffOnly()] as const,
  request: { query: citizenSearchSchema },
  responses: {
    200: jsonAnswer(z.array(citizenSummarySchema), "At most 20 citizens"),
    ...problems(STAFF_PROBLEMS),
  },
});

const citizenRoute = createRoute({
  method: "get",
  path: "/citizens/{id}",
  summary: "One citizen's master data (audited with the reason given).",
  middleware: [staffOnly()] as const,
  request: { params: idParams, query: reasonQuerySchema },
  responses: {
    200: jsonAnswer(citizenDetailSchema, "The citizen"),
    ...problems({ ...STAFF_PROBLEMS, 404: ["not_found"] }),
  },
});

const identityRoute = createRoute({
  method: "post",
  path: "/citizens/{id}/identity",
  summary: "Confirms a citizen's identity checked in person at the citizens' office.",
  middleware: [staffOnly(["buergerbuero"]), jsonRequired()] as const,
  request: { params: idParams, body: jsonBody(identityConfirmationSchema) },
  responses: {
    200: jsonAnswer(citizenDetailSchema, "The citizen, now verified"),
    ...problems({ ...STAFF_PROBLEMS, 404: ["not_found"], 409: ["email_not_verified"] }),
  },
});

const messageRoute = createRoute({
  method: "post",
  path: "/citizens/{id}/messages",
  summary: "Sends a message or a decision (with its PDF as the part `attachment`) to a citizen's postbox.",
  middleware: [staffOnly()] as const,
  request: {
    params: idParams,
    body: multipartBody(
      {
        reason: { type: "string" },
        kind: { type: "string" },
        subject: { type: "string" },
        body: { type: "string" },
        attachment: { type: "string", format: "binary" },
      },
      ["reason", "kind", "subject", "body"],
    ),
  },
  responses: {
    201: jsonAnswer(sentMessageSchema, "Sent"),
    ...problems({
      ...STAFF_PROBLEMS,
      404: ["not_found"],
      413: ["file_too_large"],
      415: ["unsupported_media_type", "unsupported_file_type"],
    }),
  },
});

const sentRoute = createRoute({
  method: "get",
  path: "/messages",
  summary: "Messages sent by the department (by every department, for admins).",
  middleware: [staffOnly()] as const,
  responses: {
    200: jsonAnswer(z.array(sentMessageSchema), "Newest first, at most 200"),
    ...problems(STAFF_PROBLEMS),
  },
});

const accountsRoute = createRoute({
  method: "get",
  path: "/accounts",
  summary: "Staff and admin accounts.",
  middleware: [adminOnly()] as const,
  responses: { 200: jsonAnswer(z.array(staffAccountSchema), "Accounts"), ...problems(STAFF_PROBLEMS) },
});

const createAccountRoute = createRoute({
  method: "post",
  path: "/accounts",
  summary: "Invites a staff member or admin by mail.",
  middleware: [adminOnly(), jsonRequired()] as const,
  request: { body: jsonBody(staffCreateSchema) },
  responses: {
    201: jsonAnswer(staffAccountSchema, "Invited"),
    ...problems({ ...STAFF_PROBLEMS, 409: ["email_taken"] }),
  },
});

const updateAccountRoute = createRoute({
  method: "patch",
  path: "/accounts/{id}",
  summary: "Changes a staff account's role and department, or disables it.",
  middleware: [adminOnly(), jsonRequired()] as const,
  request: { params: idParams, body: jsonBody(staffUpdateSchema) },
  responses: {
    200: jsonAnswer(staffAccountSchema, "The account as it is now"),
    ...problems({ ...STAFF_PROBLEMS, 404: ["not_found"], 409: ["conflict"] }),
  },
});

const auditRoute = createRoute({
  method: "get",
  path: "/audit",
  summary: "The audit log, newest first.",
  middleware: [adminOnly()] as const,
  request: { query: auditQuerySchema },
  responses: { 200: jsonAnswer(z.array(auditEntrySchema), "Entries"), ...problems(STAFF_PROBLEMS) },
});

const guideServiceRoute = createRoute({
  method: "put",
  path: "/guide/services/{id}",
  summary: "Replaces a service of the guide; every device gets it through the public feed.",
  middleware: [adminOnly(), jsonRequired()] as const,
  request: { params: idParams, body: jsonBody(serviceSchema) },
  responses: {
    200: jsonAnswer(serviceSchema, "The service as stored"),
    ...problems({ ...STAFF_PROBLEMS, 404: ["not_found"] }),
  },
});

const guideOfficeRoute = createRoute({
  method: "put",
  path: "/guide/offices/{id}",
  summary: "Replaces an office of the guide (its texts in any of the ten languages); synced to every device.",
  middleware: [adminOnly(), jsonRequired()] as const,
  request: { params: idParams, body: jsonBody(officeSchema) },
  responses: {
    200: jsonAnswer(officeSchema, "The office as stored"),
    ...problems({ ...STAFF_PROBLEMS, 404: ["not_found"] }),
  },
});

const guideLifeSituationRoute = createRoute({
  method: "put",
  path: "/guide/life-situations/{id}",
  summary:
    "Replaces a life situation of the guide (texts per language, its services); synced to every device.",
  middleware: [adminOnly(), jsonRequired()] as const,
  request: { params: idParams, body: jsonBody(lifeSituationSchema) },
  responses: {
    200: jsonAnswer(lifeSituationSchema, "The life situation as stored"),
    ...problems({ ...STAFF_PROBLEMS, 404: ["not_found"] }),
  },
});

/** The message form: text fields per messageFormSchema, plus the PDF in the part `attachment`. */
async function readMessageForm(c: Context<AppEnv>): Promise<MessageInput> {
  const form = await readForm(c);
  const { attachment: _, ...fields } = form;
  const message = parseInput(messageFormSchema, fields);
  return { ...message, attachment: await optionalFileField(form, "attachment") };
}

export function staffRoutes() {
  const app = createRouter();

  app.openapi(searchRoute, async (c) => {
    const { q, reason } = c.req.valid("query");
    return c.json(await searchCitizensAudited(c.var.db, requireStaff(c), q, reason), 200);
  });

  app.openapi(citizenRoute, async (c) => {
    const { reason } = c.req.valid("query");
    return c.json(await readCitizen(c.var.db, requireStaff(c), c.req.valid("param").id, reason), 200);
  });

  app.openapi(identityRoute, async (c) => {
    const staff = requireStaff(c, ["buergerbuero"]);
    return c.json(await confirmIdentity(c.var.db, staff, c.req.valid("param").id, c.req.valid("json")), 200);
  });

  app.openapi(messageRoute, async (c) => {
    const staff = requireStaff(c);
    // A message names the department that sent it; an admin without one has nobody to speak for.
    const department = staff.department;
    if (!department) throw new ProblemError(403, "forbidden", "Sending needs a department");
    const citizen = await findCitizen(c.var.db, c.req.valid("param").id);
    if (!citizen) throw new ProblemError(404, "not_found");
    const message = await readMessageForm(c);
    return c.json(await sendMessage(mailDeps(c), { ...staff, department }, citizen, message), 201);
  });

  app.openapi(sentRoute, async (c) => {
    const staff = requireStaff(c);
    const department = staff.role === "admin" ? null : staff.department;
    // Staff without a department cannot have sent anything.
    if (staff.role !== "admin" && department === null) return c.json([], 200);
    return c.json(await listSentMessages(c.var.db, department), 200);
  });

  app.openapi(accountsRoute, async (c) => {
    return c.json((await listStaffAccounts(c.var.db)).map(staffAccountOf), 200);
  });

  app.openapi(createAccountRoute, async (c) => {
    return c.json(await createStaffAccount(mailDeps(c), requireAdmin(c), c.req.valid("json")), 201);
  });

  app.openapi(updateAccountRoute, async (c) => {
    const id = c.req.valid("param").id;
    return c.json(await updateStaffAccount(c.var.db, requireAdmin(c), id, c.req.valid("json")), 200);
  });

  app.openapi(auditRoute, async (c) => {
    return c.json((await listAuditEntries(c.var.db, c.req.valid("query"))).map(auditEntryOf), 200);
  });

  app.openapi(guideServiceRoute, async (c) => {
    const service = c.req.valid("json");
    await updateGuideService(c.var.db, requireAdmin(c), c.req.valid("param").id, service);
    return c.json(service, 200);
  });

  app.openapi(guideOfficeRoute, async (c) => {
    const office = c.req.valid("json");
    await updateGuideOffice(c.var.db, requireAdmin(c), c.req.valid("param").id, office);
    return c.json(office, 200);
  });

  app.openapi(guideLifeSituationRoute, async (c) => {
    const situation = c.req.valid("json");
    await updateGuideLifeSituation(c.var.db, requireAdmin(c), c.req.valid("param").id, situation);
    return c.json(situation, 200);
  });

  return app;
}
