// The signed-in account's own data: contact, language, documents, postbox, export and deletion. Ids of other
// accounts' records answer 404 like missing ones, so they cannot be probed.
import { createRoute, z } from "@hono/zod-openapi";
import {
  ATTACHMENT_MEDIA_TYPES,
  contactUpdateSchema,
  DOCUMENT_MEDIA_TYPES,
  languageUpdateSchema,
  wasteAddressUpdateSchema,
  documentSchema,
  passwordConfirmSchema,
  postboxMessageSchema,
  profileSchema,
} from "../../../src/lib/contract/account";
import { idempotent } from "../../http/idempotency";
import { jsonRequired, signedIn } from "../../http/route-guards";
import { fileAnswer, idempotencyHeader, multipartBody } from "../../http/openapi";
import { ProblemError } from "../../http/problem";
import { idParam, jsonAnswer, jsonBody, plainAnswer, problems } from "../../http/openapi";
import { rateLimit } from "../../http/rate-limit";
import { createRouter } from "../../http/router";
import { endSession, requireAccount } from "../../http/session";
import { fileResponse } from "../../http/file-response";
import { fileField, readForm } from "../../http/uploads";
import {
  deleteOwnAccount,
  findOwnAttachment,
  openMessage,
  updateContact,
  updateLanguage,
  updateWasteAddress,
} from "./service";
import { addDocument, findOwnDocument, removeDocument } from "./documents";
import { buildExport, EXPORT_FILE_NAME } from "./export";

const IDEMPOTENCY_PROBLEMS = {
  400: ["idempotency_key_missing"],
  409: ["request_in_progress"],
  422: ["idempotency_key_reused"],
} as const;

// Sent from the offline outbox: c.var.db is the idempotency transaction.
const contactRoute = () =>
  createRoute({
    method: "patch",
    path: "/contact",
    summary: "Changes the phone number; send with an Idempotency-Key header.",
    middleware: [idempotent(), signedIn(), jsonRequired()] as const,
    request: { headers: idempotencyHeader, body: jsonBody(contactUpdateSchema) },
    responses: {
      200: jsonAnswer(profileSchema, "The profile as it is now"),
      ...problems({ ...IDEMPOTENCY_PROBLEMS, 401: ["unauthenticated"] }),
    },
  });

// Sent from the offline outbox like the contact change.
const languageRoute = () =>
  createRoute({
    method: "patch",
    path: "/language",
    summary:
      "Sets the language of the app's mails, pushes and postbox texts; send with an Idempotency-Key header.",
    middleware: [idempotent(), signedIn(), jsonRequired()] as const,
    request: { headers: idempotencyHeader, body: jsonBody(languageUpdateSchema) },
    responses: {
      200: jsonAnswer(profileSchema, "The profile as it is now"),
      ...problems({ ...IDEMPOTENCY_PROBLEMS, 401: ["unauthenticated"] }),
    },
  });

// Sent from the offline outbox like the language, whenever the waste calendar's address changes here.
const wasteAddressRoute = () =>
  createRoute({
    method: "patch",
    path: "/waste-address",
    summary:
      "Keeps the waste calendar's address on the account for the resident's other devices (null forgets it); send with an Idempotency-Key header.",
    middleware: [idempotent(), signedIn(), jsonRequired()] as const,
    request: { headers: idempotencyHeader, body: jsonBody(wasteAddressUpdateSchema) },
    responses: {
      200: jsonAnswer(profileSchema, "The profile as it is now"),
      ...problems({ ...IDEMPOTENCY_PROBLEMS, 401: ["unauthenticated"] }),
    },
  });

const documentContentRoute = createRoute({
  method: "get",
  path: "/documents/{id}/content",
  summary: "Downloads one of the account's documents.",
  middleware: [signedIn()] as const,
  request: { params: z.object({ id: idParam }) },
  responses: {
    200: fileAnswer("The file (attachment, never cached)", DOCUMENT_MEDIA_TYPES),
    ...problems({ 401: ["unauthenticated"], 404: ["not_found"] }),
  },
});

// Online only: a 10 MB file does not belong in the outbox.
const addDocumentRoute = createRoute({
  method: "post",
  path: "/documents",
  summary: "Uploads a document (PDF, JPEG or PNG, read from the content) as the form part `file`.",
  middleware: [signedIn()] as const,
  request: { body: multipartBody({ file: { type: "string", format: "binary" } }, ["file"]) },
  responses: {
    201: jsonAnswer(documentSchema, "Stored"),
    ...problems({
      401: ["unauthenticated"],
      409: ["conflict"],
      413: ["file_too_large"],
      415: ["unsupported_media_type", "unsupported_file_type"],
    }),
  },
});

const removeDocumentRoute = () =>
  createRoute({
    method: "delete",
    path: "/documents/{id}",
    summary: "Removes one of the account's documents; send with an Idempotency-Key header.",
    middleware: [idempotent(), signedIn()] as const,
    request: { headers: idempotencyHeader, params: z.object({ id: idParam }) },
    responses: {
      204: plainAnswer("Removed"),
      ...problems({ ...IDEMPOTENCY_PROBLEMS, 401: ["unauthenticated"], 404: ["not_found"] }),
    },
  });

const openedRoute = () =>
  createRoute({
    method: "post",
    path: "/postbox/{id}/opened",
    summary: "Records that the citizen opened a message (the delivery proof of a decision).",
    middleware: [idempotent(), signedIn()] as const,
    request: { headers: idempotencyHeader, params: z.object({ id: idParam }) },
    responses: {
      200: jsonAnswer(postboxMessageSchema, "The message with its opening time"),
      ...problems({ ...IDEMPOTENCY_PROBLEMS, 401: ["unauthenticated"], 404: ["not_found"] }),
    },
  });

const attachmentRoute = createRoute({
  method: "get",
  path: "/postbox/{messageId}/attachments/{fileId}",
  summary: "Downloads the attachment of one of the account's messages.",
  middleware: [signedIn()] as const,
  request: { params: z.object({ messageId: idParam, fileId: idParam }) },
  responses: {
    200: fileAnswer("The PDF (attachment, never cached)", ATTACHMENT_MEDIA_TYPES),
    ...problems({ 401: ["unauthenticated"], 404: ["not_found"] }),
  },
});

const exportRoute = createRoute({
  method: "get",
  path: "/export",
  summary: "Everything the city keeps about the account, as one ZIP (GDPR Art. 15 and 20).",
  middleware: [signedIn()] as const,
  responses: {
    200: plainAnswer("konto.json, the documents and the postbox attachments", "application/zip"),
    ...problems({ 401: ["unauthenticated"] }),
  },
});

// Counted per account: a stolen session must not become a way to guess the password.
const deletionRoute = () =>
  createRoute({
    method: "post",
    path: "/deletion",
    summary: "Deletes the account after the password is confirmed (GDPR Art. 17).",
    middleware: [
      rateLimit({
        name: "account-deletion",
        windowMs: 15 * 60_000,
        max: 10,
        key: (c) => c.var.accountId ?? c.var.clientIp,
      }),
      signedIn(),
      jsonRequired(),
    ] as const,
    request: { body: jsonBody(passwordConfirmSchema) },
    responses: {
      204: plainAnswer("Deleted and signed out"),
      ...problems({
        401: ["unauthenticated"],
        403: ["invalid_credentials"],
        409: ["conflict"],
        429: ["rate_limited"],
      }),
    },
  });

export function accountRoutes() {
  const app = createRouter();

  app.openapi(contactRoute(), async (c) => {
    const account = requireAccount(c);
    return c.json(await updateContact(c.var.db, account.id, c.req.valid("json").phone), 200);
  });

  app.openapi(languageRoute(), async (c) => {
    const account = requireAccount(c);
    return c.json(await updateLanguage(c.var.db, account.id, c.req.valid("json").language), 200);
  });

  app.openapi(wasteAddressRoute(), async (c) => {
    const account = requireAccount(c);
    return c.json(await updateWasteAddress(c.var.db, account.id, c.req.valid("json").wasteAddress), 200);
  });

  app.openapi(documentContentRoute, async (c) => {
    const account = requireAccount(c);
    const file = await findOwnDocument(c.var.db, account.id, c.req.valid("param").id);
    if (!file) throw new ProblemError(404, "not_found");
    return fileResponse(c, file);
  });

  app.openapi(addDocumentRoute, async (c) => {
    const account = requireAccount(c);
    const file = await fileField(await readForm(c), "file");
    return c.json(await addDocument(c.var.db, account.id, file), 201);
  });

  app.openapi(removeDocumentRoute(), async (c) => {
    const account = requireAccount(c);
    await removeDocument(c.var.db, account.id, c.req.valid("param").id);
    return c.body(null, 204);
  });

  app.openapi(openedRoute(), async (c) => {
    const account = requireAccount(c);
    return c.json(await openMessage(c.var.db, account.id, c.req.valid("param").id), 200);
  });

  app.openapi(attachmentRoute, async (c) => {
    const account = requireAccount(c);
    const { messageId, fileId } = c.req.valid("param");
    // No side effect: another site's link sends the cookie with a GET too. The delivery proof is
    // the app's POST .../opened when the message is shown (MessagePage; CSRF-checked).
    return fileResponse(c, await findOwnAttachment(c.var.db, account.id, messageId, fileId));
  });

  app.openapi(exportRoute, async (c) => {
    const account = requireAccount(c);
    const zip = await buildExport(c.var.db, account.id);
    return c.body(zip, 200, {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${EXPORT_FILE_NAME}"`,
      "Cache-Control": "private, no-store",
    });
  });

  app.openapi(deletionRoute(), async (c) => {
    const account = requireAccount(c);
    await deleteOwnAccount(c.var.db, account.id, c.req.valid("json").password, () => endSession(c));
    return c.body(null, 204);
  });

  return app;
}
