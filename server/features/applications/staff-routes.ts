// /api/staff/applications: the department's inbox, reading (with files), claiming, questions,
// decisions and the JSON export. Every access is in the audit log.
import { askQuestionSchema, decideSchema, INBOX_VIEWS } from "../../../src/lib/contract/applications";
import { z } from "../../../src/lib/contract/zod";
import { inTransaction } from "../../db/database";
import { createRouter } from "../../http/router";
import { requireStaff } from "../../http/session";
import { parseInput, readJson } from "../../http/validate";
import { fileResponse } from "../files/store";
import { notifyNewMessage } from "../staff/messages";
import { notifyStatusChange } from "./notify";
import { idParam } from "./routes";
import * as staff from "./staff";

const inboxQuerySchema = z.strictObject({ view: z.enum(INBOX_VIEWS).default("open") });

export function staffApplicationRoutes() {
  const app = createRouter();

  app.get("/", async (c) => {
    const account = requireStaff(c);
    const { view } = parseInput(inboxQuerySchema, c.req.query());
    return c.json(await staff.inbox(c.var.db, account, view), 200);
  });

  app.get("/:id", async (c) => {
    const account = requireStaff(c);
    const id = idParam(c.req.param("id"));
    return c.json(await inTransaction(c.var.db, (trx) => staff.readApplication(trx, account, id)), 200);
  });

  app.post("/:id/claim", async (c) => {
    const account = requireStaff(c);
    const id = idParam(c.req.param("id"));
    const change = await inTransaction(c.var.db, (trx) => staff.claim(trx, account, id));
    if (change.eventId) {
      await notifyStatusChange(c, {
        accountId: change.row.account_id,
        applicationId: id,
        eventId: change.eventId,
        question: false,
      });
    }
    return c.json(change.view, 200);
  });

  app.post("/:id/questions", async (c) => {
    const account = requireStaff(c);
    const id = idParam(c.req.param("id"));
    const { text } = await readJson(c.req, askQuestionSchema);
    const change = await inTransaction(c.var.db, (trx) => staff.askQuestion(trx, account, id, text));
    await notifyStatusChange(c, {
      accountId: change.row.account_id,
      applicationId: id,
      eventId: change.eventId!,
      question: true,
    });
    return c.json(change.view, 200);
  });

  app.post("/:id/decision", async (c) => {
    const account = requireStaff(c);
    const id = idParam(c.req.param("id"));
    const decision = await readJson(c.req, decideSchema);
    const change = await inTransaction(c.var.db, (trx) => staff.decide(trx, account, id, decision));
    // The Bescheid is a postbox message: the postbox's mail and push say that it arrived.
    const citizen = change.row.account_id
      ? await c.var.db
          .selectFrom("accounts")
          .selectAll()
          .where("id", "=", change.row.account_id)
          .executeTakeFirst()
      : undefined;
    if (citizen) await notifyNewMessage(c, citizen);
    return c.json(change.view, 200);
  });

  app.get("/:id/files/:fileId", async (c) => {
    const account = requireStaff(c);
    const [id, fileId] = [idParam(c.req.param("id")), idParam(c.req.param("fileId"))];
    return fileResponse(c, await inTransaction(c.var.db, (trx) => staff.staffFile(trx, account, id, fileId)));
  });

  app.get("/:id/export", async (c) => {
    const account = requireStaff(c);
    const id = idParam(c.req.param("id"));
    const data = await inTransaction(c.var.db, (trx) => staff.exportApplication(trx, account, id));
    return c.body(JSON.stringify(data, null, 2), 200, {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="antrag-${data.reference}.json"`,
      "Cache-Control": "private, no-store",
    });
  });

  return app;
}
