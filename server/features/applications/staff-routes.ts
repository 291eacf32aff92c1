// /api/staff/applications: the department's inbox, reading (with files), claiming, questions,
// decisions and the JSON export. Every access is in the audit log.
import { mailDeps } from "../../http/mail-deps";
import { createRoute } from "@hono/zod-openapi";
import {
  askQuestionSchema,
  decideSchema,
  INBOX_VIEWS,
  staffApplicationSchema,
  staffApplicationSummarySchema,
} from "../../../src/lib/contract/applications";
import { z } from "../../../src/lib/contract/zod";
import { inTransaction } from "../../db/database";
import { fileResponse } from "../../http/file-response";
import { jsonAnswer, jsonBody, plainAnswer, problems } from "../../http/openapi";
import { jsonRequired, staffOnly } from "../../http/route-guards";
import { createRouter } from "../../http/router";
import { requireStaff } from "../../http/session";
import { notifyNewMessage } from "../staff/messages";
import { notifyStatusChange } from "./notify";
import { uuidsOr404 } from "./routes";
import * as staff from "./staff";
import { findAccount } from "./store";

const inboxQuerySchema = z.strictObject({ view: z.enum(INBOX_VIEWS).default("open") });
const idParams = z.object({ id: z.string() });
const fileParams = z.object({ id: z.string(), fileId: z.string() });
const refusals = { 401: ["unauthenticated"], 403: ["forbidden"] } as const;
/** Staff first, then ids that cannot exist are "not found", then the body (as the handlers did). */
const guards = (...ids: string[]) => [staffOnly(), uuidsOr404(...ids)];

const inboxRoute = createRoute({
  method: "get",
  path: "/",
  summary: "The department's inbox.",
  middleware: [staffOnly()] as const,
  request: { query: inboxQuerySchema },
  responses: {
    200: jsonAnswer(z.array(staffApplicationSummarySchema), "The applications of this view"),
    ...problems(refusals),
  },
});

const readRoute = createRoute({
  method: "get",
  path: "/{id}",
  summary: "One application with its applicant, files and timeline (audited).",
  middleware: guards("id"),
  request: { params: idParams },
  responses: {
    200: jsonAnswer(staffApplicationSchema, "The application"),
    ...problems({ ...refusals, 404: ["not_found"] }),
  },
});

const claimRoute = createRoute({
  method: "post",
  path: "/{id}/claim",
  summary: "Take the application over.",
  middleware: guards("id"),
  request: { params: idParams },
  responses: {
    200: jsonAnswer(staffApplicationSchema, "Claimed"),
    ...problems({ ...refusals, 404: ["not_found"], 409: ["conflict"] }),
  },
});

const questionRoute = createRoute({
  method: "post",
  path: "/{id}/questions",
  summary: "Ask the applicant a question (they get a mail and a push).",
  middleware: [...guards("id"), jsonRequired()] as const,
  request: { params: idParams, body: jsonBody(askQuestionSchema) },
  responses: {
    200: jsonAnswer(staffApplicationSchema, "Asked"),
    ...problems({ ...refusals, 404: ["not_found"], 409: ["conflict"] }),
  },
});

const decisionRoute = createRoute({
  method: "post",
  path: "/{id}/decision",
  summary: "Decide: the Bescheid goes to the applicant's postbox.",
  middleware: [...guards("id"), jsonRequired()] as const,
  request: { params: idParams, body: jsonBody(decideSchema) },
  responses: {
    200: jsonAnswer(staffApplicationSchema, "Decided"),
    ...problems({ ...refusals, 404: ["not_found"], 409: ["conflict"] }),
  },
});

const fileRoute = createRoute({
  method: "get",
  path: "/{id}/files/{fileId}",
  summary: "A file of the application (audited).",
  middleware: guards("id", "fileId"),
  request: { params: fileParams },
  responses: {
    200: plainAnswer("The file, in its own media type (attachment)", "application/octet-stream"),
    ...problems({ ...refusals, 404: ["not_found"] }),
  },
});

const exportRoute = createRoute({
  method: "get",
  path: "/{id}/export",
  summary: "The application as data for a specialist procedure (a JSON attachment; audited).",
  middleware: guards("id"),
  request: { params: idParams },
  responses: {
    200: plainAnswer("delmenhorst-application/1 as a JSON download (attachment)", "application/json"),
    ...problems({ ...refusals, 404: ["not_found"] }),
  },
});

export function staffApplicationRoutes() {
  const app = createRouter();

  app.openapi(inboxRoute, async (c) => {
    const account = requireStaff(c);
    return c.json(await staff.inbox(c.var.db, account, c.req.valid("query").view), 200);
  });

  app.openapi(readRoute, async (c) => {
    const account = requireStaff(c);
    const { id } = c.req.valid("param");
    return c.json(await inTransaction(c.var.db, (trx) => staff.readApplication(trx, account, id)), 200);
  });

  app.openapi(claimRoute, async (c) => {
    const account = requireStaff(c);
    const { id } = c.req.valid("param");
    const change = await inTransaction(c.var.db, (trx) => staff.claim(trx, account, id));
    if (change.eventId) {
      await notifyStatusChange(mailDeps(c), {
        accountId: change.row.account_id,
        applicationId: id,
        eventId: change.eventId,
        question: false,
      });
    }
    return c.json(change.view, 200);
  });

  app.openapi(questionRoute, async (c) => {
    const account = requireStaff(c);
    const { id } = c.req.valid("param");
    const { text } = c.req.valid("json");
    const change = await inTransaction(c.var.db, (trx) => staff.askQuestion(trx, account, id, text));
    await notifyStatusChange(mailDeps(c), {
      accountId: change.row.account_id,
      applicationId: id,
      eventId: change.eventId!,
      question: true,
    });
    return c.json(change.view, 200);
  });

  app.openapi(decisionRoute, async (c) => {
    const account = requireStaff(c);
    const { id } = c.req.valid("param");
    const decision = c.req.valid("json");
    const change = await inTransaction(c.var.db, (trx) => staff.decide(trx, account, id, decision));
    // The Bescheid is a postbox message: the postbox's mail and push say that it arrived.
    const citizen = change.row.account_id ? await findAccount(c.var.db, change.row.account_id) : undefined;
    if (citizen) await notifyNewMessage(mailDeps(c), citizen);
    return c.json(change.view, 200);
  });

  app.openapi(fileRoute, async (c) => {
    const account = requireStaff(c);
    const { id, fileId } = c.req.valid("param");
    return fileResponse(c, await inTransaction(c.var.db, (trx) => staff.staffFile(trx, account, id, fileId)));
  });

  app.openapi(exportRoute, async (c) => {
    const account = requireStaff(c);
    const { id } = c.req.valid("param");
    const data = await inTransaction(c.var.db, (trx) => staff.exportApplication(trx, account, id));
    return c.body(JSON.stringify(data, null, 2), 200, {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="antrag-${data.reference}.json"`,
      "Cache-Control": "private, no-store",
    });
  });

  return app;
}
