// The signed-in account's own data: contact, documents, postbox, export and deletion. Ids of other
// accounts' records answer 404 like missing ones, so they cannot be probed.
import {
  contactUpdateSchema,
  DOCUMENT_MEDIA_TYPES,
  passwordConfirmSchema,
} from "../../../src/lib/contract/account";
import { idempotent } from "../../http/idempotency";
import { ProblemError } from "../../http/problem";
import { rateLimit } from "../../http/rate-limit";
import { createRouter } from "../../http/router";
import { endSession, requireAccount } from "../../http/session";
import { readJson } from "../../http/validate";
import { verifyPassword } from "../auth/passwords";
import { fileResponse, readUpload } from "../files/store";
import { assertNotLastAdmin, deleteAccount } from "./deletion";
import { addDocument, findOwnDocument, removeDocument } from "./documents";
import { buildExport, EXPORT_FILE_NAME } from "./export";
import { findOwnMessage, markOpened } from "./postbox";
import { findAccount, publishProfile, updateAccount } from "./store";

export function accountRoutes() {
  const app = createRouter();

  // Sent from the offline outbox: c.var.db is the idempotency transaction.
  app.patch("/contact", idempotent(), async (c) => {
    const account = requireAccount(c);
    const { phone } = await readJson(c.req, contactUpdateSchema);
    await updateAccount(c.var.db, account.id, { phone });
    // updateAccount publishes citizens' profiles only; staff devices show their profile too.
    return c.json(await publishProfile(c.var.db, account.id), 200);
  });

  app.get("/documents/:id/content", async (c) => {
    const account = requireAccount(c);
    const file = await findOwnDocument(c.var.db, account.id, c.req.param("id"));
    if (!file) throw new ProblemError(404, "not_found");
    return fileResponse(c, file);
  });

  // Online only: a 10 MB file does not belong in the outbox.
  app.post("/documents", async (c) => {
    const account = requireAccount(c);
    const upload = await readUpload(c, "file", DOCUMENT_MEDIA_TYPES);
    return c.json(await addDocument(c.var.db, account.id, upload), 201);
  });

  app.delete("/documents/:id", idempotent(), async (c) => {
    const account = requireAccount(c);
    await removeDocument(c.var.db, account.id, c.req.param("id"));
    return c.body(null, 204);
  });

  app.post("/postbox/:id/opened", idempotent(), async (c) => {
    const account = requireAccount(c);
    const message = await findOwnMessage(c.var.db, account.id, c.req.param("id"));
    if (!message) throw new ProblemError(404, "not_found");
    return c.json(await markOpened(c.var.db, message.id), 200);
  });

  app.get("/postbox/:messageId/attachments/:fileId", async (c) => {
    const account = requireAccount(c);
    const message = await findOwnMessage(c.var.db, account.id, c.req.param("messageId"));
    if (!message) throw new ProblemError(404, "not_found");
    const file = await c.var.db
      .selectFrom("files")
      .selectAll()
      .where("id", "=", c.req.param("fileId"))
      .where("message_id", "=", message.id)
      .where("kind", "=", "attachment")
      .executeTakeFirst();
    if (!file) throw new ProblemError(404, "not_found");
    // No side effect: another site's link sends the cookie with a GET too. The delivery proof is
    // the app's POST .../opened when the message is shown (MessagePage; CSRF-checked).
    return fileResponse(c, file);
  });

  app.get("/export", async (c) => {
    const account = requireAccount(c);
    const zip = await buildExport(c.var.db, account.id);
    return c.body(zip, 200, {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${EXPORT_FILE_NAME}"`,
      "Cache-Control": "private, no-store",
    });
  });

  // Counted per account: a stolen session must not become a way to guess the password.
  const deletionLimit = rateLimit({
    name: "account-deletion",
    windowMs: 15 * 60_000,
    max: 10,
    key: (c) => c.var.accountId ?? c.var.clientIp,
  });
  app.post("/deletion", deletionLimit, async (c) => {
    const account = requireAccount(c);
    const { password } = await readJson(c.req, passwordConfirmSchema);
    const row = await findAccount(c.var.db, account.id);
    if (!row || !(await verifyPassword(row.password_hash, password))) {
      throw new ProblemError(403, "invalid_credentials");
    }
    await assertNotLastAdmin(c.var.db, account.id);
    await endSession(c);
    await deleteAccount(c.var.db, account.id);
    return c.body(null, 204);
  });

  return app;
}
