// Photos and PDFs in the chat, both ways: /api/chat (the resident, by session or chat cookie) and
// /api/staff/chat (agents). An upload is a message of the log with its client-made id, so a repeat
// returns the first entry; a download reaches only the conversation's participants.
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import {
  CHAT_ATTACHMENT_TYPES,
  chatEntrySchema,
  isChatImage,
  sendAttachmentFieldsSchema,
} from "../../../src/lib/contract/chat";
import { z } from "../../../src/lib/contract/zod";
import type { AppEnv } from "../../http/env";
import { fileResponse } from "../../http/file-response";
import { fileAnswer, idParam, jsonAnswer, multipartBody, problems } from "../../http/openapi";
import { ProblemError } from "../../http/problem";
import { createLimiter, rateLimit } from "../../http/rate-limit";
import { staffOnly } from "../../http/route-guards";
import { createRouter } from "../../http/router";
import { requireStaff } from "../../http/session";
import { fileField, readForm } from "../../http/uploads";
import { acceptChatFile, conversationFile } from "./attachments";
import * as conversations from "./conversations";
import { hubOf } from "./hub";
import * as messages from "./messages";
import * as queue from "./queue";
import { resident, shortenAfterEnd } from "./resident-cookie";
import { agentName, requireAgent } from "./service";
import { entryView } from "./views";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const conversationParams = z.object({ id: idParam });
const fileParams = z.object({ id: idParam, fileId: idParam });

const uploadBody = multipartBody(
  { file: { type: "string", format: "binary" }, clientId: { type: "string" } },
  ["file", "clientId"],
);
const UPLOAD_PROBLEMS = {
  404: ["not_found"],
  409: ["conversation_ended", "attachment_limit"],
  413: ["file_too_large"],
  415: ["unsupported_media_type", "unsupported_file_type"],
  422: ["image_unreadable"],
  429: ["rate_limited"],
} as const;
const uploadSummary = (who: string) =>
  `Send a photo (JPEG, PNG, WebP; metadata removed) or a PDF as ${who}: the form part \`file\` and the message's \`clientId\` (a repeat returns the first entry). The type is read from the content; at most CHAT_ATTACHMENT_MAX_BYTES (default 10 MB) and 20 files a conversation.`;
const downloadAnswer = fileAnswer(
  "The file, never cached; photos inline, PDFs as an attachment (Content-Disposition)",
  CHAT_ATTACHMENT_TYPES,
);

/** The multipart form: the client id (400 unless a UUID) and the file as it may be stored. */
async function readUpload(c: Context<AppEnv>) {
  const form = await readForm(c);
  const fields = sendAttachmentFieldsSchema.safeParse({ clientId: form.clientId });
  if (!fields.success) {
    throw new ProblemError(400, "validation_failed", "A clientId (UUID) is required", [
      { path: "clientId", message: "a UUID" },
    ]);
  }
  const maxBytes = c.var.config.chatAttachmentMaxBytes;
  const file = await acceptChatFile(await fileField(form, "file", maxBytes), maxBytes);
  return { clientId: fields.data.clientId, file };
}

const download = (c: Context<AppEnv>, file: Awaited<ReturnType<typeof conversationFile>>) =>
  fileResponse(c, file, { inline: isChatImage(file.media_type) });

// Functions, so that every app gets its own rate-limit windows.
const residentRoutes = () => ({
  upload: createRoute({
    method: "post",
    path: "/conversations/{id}/attachments",
    summary: uploadSummary("the resident"),
    middleware: [rateLimit({ name: "chat-uploads", windowMs: HOUR, max: 30 })] as const,
    request: { params: conversationParams, body: uploadBody },
    responses: {
      200: jsonAnswer(chatEntrySchema, "Sent before with this clientId"),
      201: jsonAnswer(chatEntrySchema, "Appended to the log"),
      ...problems(UPLOAD_PROBLEMS),
    },
  }),
  download: createRoute({
    method: "get",
    path: "/conversations/{id}/attachments/{fileId}",
    summary: "A photo or PDF of one's conversation.",
    middleware: [rateLimit({ name: "chat-reads", windowMs: MINUTE, max: 300 })] as const,
    request: { params: fileParams },
    responses: { 200: downloadAnswer, ...problems({ 404: ["not_found"], 429: ["rate_limited"] }) },
  }),
});

export function chatAttachmentRoutes() {
  const app = createRouter();
  const route = residentRoutes();
  // A conversation is for questions, not for file transfer: 10 files in 10 minutes.
  const perConversation = createLimiter({
    name: "chat-conversation-uploads",
    windowMs: 10 * MINUTE,
    max: 10,
  });

  const owned = async (c: Context<AppEnv>, id: string) => {
    const row = await conversations.residentConversation(c.var.db, id, resident(c));
    shortenAfterEnd(c, row, Date.now());
    return row;
  };

  app.openapi(route.upload, async (c) => {
    const row = await owned(c, c.req.valid("param").id);
    perConversation.hit(row.id);
    const upload = await readUpload(c);
    const account = c.var.account;
    const { entry, created } = await messages.sendMessage(
      c.var.db,
      hubOf(c.var.db, c.var.logger),
      row.id,
      { kind: "resident", id: account?.id ?? null, name: account ? account.givenName : row.resident_name },
      upload,
      Date.now(),
    );
    if (!created) perConversation.record(row.id, -1);
    const view = entryView(entry, false);
    return created ? c.json(view, 201) : c.json(view, 200);
  });

  app.openapi(route.download, async (c) => {
    const { id, fileId } = c.req.valid("param");
    const row = await owned(c, id);
    return download(c, await conversationFile(c.var.db, row.id, fileId)) as never;
  });

  return app;
}

const AGENT = { 401: ["unauthenticated"], 403: ["forbidden"] } as const;

const staffRoutes = () => ({
  upload: createRoute({
    method: "post",
    path: "/conversations/{id}/attachments",
    summary: uploadSummary("the agent who has the chat"),
    middleware: [staffOnly()] as const,
    request: { params: conversationParams, body: uploadBody },
    responses: {
      200: jsonAnswer(chatEntrySchema, "Sent before with this clientId"),
      201: jsonAnswer(chatEntrySchema, "Appended to the log"),
      ...problems({ ...AGENT, ...UPLOAD_PROBLEMS }),
    },
  }),
  download: createRoute({
    method: "get",
    path: "/conversations/{id}/attachments/{fileId}",
    summary: "A photo or PDF of a chat the agent may read (reading an ended one is audited).",
    middleware: [staffOnly()] as const,
    request: { params: fileParams },
    responses: { 200: downloadAnswer, ...problems({ ...AGENT, 404: ["not_found"] }) },
  }),
});

export function staffChatAttachmentRoutes() {
  const app = createRouter();
  const route = staffRoutes();
  const perConversation = createLimiter({ name: "chat-agent-uploads", windowMs: 10 * MINUTE, max: 20 });

  app.openapi(route.upload, async (c) => {
    const agent = requireStaff(c);
    await requireAgent(c.var.db, agent);
    const { id } = c.req.valid("param");
    const row = await queue.agentConversation(c.var.db, agent, id);
    perConversation.hit(row.id);
    const upload = await readUpload(c);
    const { entry, created } = await messages.sendMessage(
      c.var.db,
      hubOf(c.var.db, c.var.logger),
      row.id,
      { kind: "agent", id: agent.id, name: agentName(agent) },
      upload,
      Date.now(),
    );
    if (!created) perConversation.record(row.id, -1);
    const view = entryView(entry, true);
    return created ? c.json(view, 201) : c.json(view, 200);
  });

  app.openapi(route.download, async (c) => {
    const agent = requireStaff(c);
    await requireAgent(c.var.db, agent);
    const { id, fileId } = c.req.valid("param");
    const row = await queue.agentConversation(c.var.db, agent, id);
    return download(c, await conversationFile(c.var.db, row.id, fileId)) as never;
  });

  return app;
}
