// /api/applications: the citizen's side. Uploads first (one request per file, repeatable), then the
// submission through the outbox (Idempotency-Key), answers to the office's questions, and downloads
// of the application's own files. Other accounts' applications answer 404 like missing ones.
import { createRoute } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { fileRefSchema } from "../../../src/lib/contract/account";
import {
  answerQuestionSchema,
  applicationSchema,
  submitApplicationSchema,
  uploadStateSchema,
} from "../../../src/lib/contract/applications";
import { z } from "../../../src/lib/contract/zod";
import type { AppEnv } from "../../http/env";
import { fileResponse } from "../../http/file-response";
import { idempotent } from "../../http/idempotency";
import { idParam, jsonAnswer, jsonBody, plainAnswer, problems } from "../../http/openapi";
import { ProblemError } from "../../http/problem";
import { rateLimit } from "../../http/rate-limit";
import { guardedId, jsonRequired, signedIn } from "../../http/route-guards";
import { createRouter } from "../../http/router";
import { requireAccount } from "../../http/session";
import { fileField, readForm } from "../../http/uploads";
import { parseInput } from "../../http/validate";
import { appendPartOrDiscard, uploadState } from "./resumable";
import { answerQuestion, ownFile, storeUploadOnce, submitApplication } from "./service";

const uuid = z.uuid();

const PART_TYPE = "application/offset+octet-stream";
const partHeadersSchema = z.object({
  offset: z.coerce.number().int().min(0),
  length: z.coerce.number().int().min(1),
  /** encodeURIComponent of the file's name: headers are Latin-1. */
  name: z
    .string()
    .max(1000)
    .transform((value, ctx) => {
      try {
        return decodeURIComponent(value);
      } catch {
        ctx.addIssue({ code: "custom", message: "not URI-encoded" });
        return z.NEVER;
      }
    }),
});

/**
 * Path ids that cannot exist are "not found", not a validation error: nothing to probe. A middleware,
 * so that it answers before the body is judged, as the handlers did. Only an id longer than any id
 * is refused as invalid (400), like on every route (guardedId).
 */
export function uuidsOr404(...names: string[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const ids = names.map((name) => guardedId(c, name));
    if (!ids.every((id) => uuid.safeParse(id).success)) throw new ProblemError(404, "not_found");
    await next();
  };
}

const uploadParams = z.object({ id: idParam.openapi({ description: "A UUID made on the device" }) });
const fileParams = z.object({ id: idParam, fileId: idParam });
const idParams = z.object({ id: idParam });
const idempotencyHeaders = z.object({ "idempotency-key": z.string() });

/** Documented only: the handler reads them itself, after the content type (as before). */
const partHeaders = z.object({
  "upload-offset": z.string().optional().openapi({ description: "Where this part starts (bytes)" }),
  "upload-length": z.string().optional().openapi({ description: "The whole file's length (bytes)" }),
  "upload-name": z.string().optional().openapi({ description: "encodeURIComponent of the file name" }),
});

/** Not zod: the form and the parts are read by the handlers (http/uploads.ts, resumable.ts). */
const multipartFile = {
  required: true,
  content: {
    "multipart/form-data": {
      schema: {
        type: "object" as const,
        properties: { file: { type: "string" as const, format: "binary" } },
        required: ["file"],
      },
    },
  },
};
const uploadPart = {
  required: true,
  content: { [PART_TYPE]: { schema: { type: "string" as const, format: "binary" } } },
};

const fileAnswer = plainAnswer("The file, in its own media type (attachment)", "application/octet-stream");

// Functions, so that every app gets its own rate-limit windows.
const routes = () => ({
  // A minute's worth per address covers a Bauantrag's files, also at the office's shared terminals;
  // the disk is guarded by the quota of waiting uploads per account (service.ts).
  upload: createRoute({
    method: "put",
    path: "/uploads/{id}",
    summary: "Upload a file for a later submission (repeatable with the same id).",
    middleware: [rateLimit({ name: "application-uploads", windowMs: 60_000, max: 60 }), signedIn()] as const,
    request: { params: uploadParams, body: multipartFile },
    responses: {
      200: jsonAnswer(fileRefSchema, "Uploaded before"),
      201: jsonAnswer(fileRefSchema, "Uploaded"),
      ...problems({
        401: ["unauthenticated"],
        409: ["conflict"],
        413: ["file_too_large"],
        415: ["unsupported_file_type", "unsupported_media_type"],
        429: ["rate_limited"],
      }),
    },
  }),
  // Resumable: how far an upload got, and the next part (resumable.ts).
  uploadState: createRoute({
    method: "get",
    path: "/uploads/{id}",
    summary: "How far a resumable upload got.",
    middleware: [signedIn()] as const,
    request: { params: uploadParams },
    responses: {
      200: jsonAnswer(uploadStateSchema, "The next offset, or the finished file"),
      ...problems({ 401: ["unauthenticated"], 409: ["conflict"] }),
    },
  }),
  uploadPart: createRoute({
    method: "patch",
    path: "/uploads/{id}",
    summary: "The next part of a resumable upload, at the offset the server has.",
    middleware: [
      rateLimit({ name: "application-upload-parts", windowMs: 60_000, max: 600 }),
      signedIn(),
    ] as const,
    request: { params: uploadParams, headers: partHeaders, body: uploadPart },
    responses: {
      200: jsonAnswer(uploadStateSchema, "The last part: the file is complete (uploaded before)"),
      201: jsonAnswer(uploadStateSchema, "The last part: the file is complete"),
      202: jsonAnswer(uploadStateSchema, "Stored; more parts to come"),
      ...problems({
        401: ["unauthenticated"],
        409: ["conflict"],
        413: ["file_too_large"],
        415: ["unsupported_file_type", "unsupported_media_type"],
        429: ["rate_limited"],
      }),
    },
  }),
  // Sent from the outbox: c.var.db is the idempotency transaction.
  submit: createRoute({
    method: "post",
    path: "/",
    summary: "Submit an application (send with an Idempotency-Key header).",
    middleware: [
      rateLimit({ name: "applications", windowMs: 60 * 60_000, max: 30 }),
      idempotent(),
      signedIn(),
      jsonRequired(),
    ] as const,
    request: { headers: idempotencyHeaders, body: jsonBody(submitApplicationSchema) },
    responses: {
      200: jsonAnswer(applicationSchema, "Submitted before"),
      201: jsonAnswer(applicationSchema, "Submitted"),
      ...problems({
        400: ["idempotency_key_missing"],
        401: ["unauthenticated"],
        403: ["trust_level_too_low"],
        404: ["not_found"],
        409: ["conflict", "request_in_progress"],
        422: ["idempotency_key_reused"],
        429: ["rate_limited"],
      }),
    },
  }),
});

const answerRoute = createRoute({
  method: "post",
  path: "/{id}/answers",
  summary: "Answer the office's question (send with an Idempotency-Key header).",
  middleware: [idempotent(), signedIn(), jsonRequired()] as const,
  request: { params: idParams, headers: idempotencyHeaders, body: jsonBody(answerQuestionSchema) },
  responses: {
    200: jsonAnswer(applicationSchema, "Answered"),
    ...problems({
      400: ["idempotency_key_missing"],
      401: ["unauthenticated"],
      404: ["not_found"],
      409: ["conflict", "request_in_progress"],
      422: ["idempotency_key_reused"],
    }),
  },
});

const fileRoute = createRoute({
  method: "get",
  path: "/{id}/files/{fileId}",
  summary: "A file of one's own application.",
  middleware: [signedIn(), uuidsOr404("id", "fileId")] as const,
  request: { params: fileParams },
  responses: { 200: fileAnswer, ...problems({ 401: ["unauthenticated"], 404: ["not_found"] }) },
});

export function applicationRoutes() {
  const app = createRouter();
  const route = routes();

  app.openapi(route.upload, async (c) => {
    const account = requireAccount(c);
    const id = parseUploadId(c.req.valid("param").id);
    const received = await fileField(await readForm(c), "file");
    const { file, created } = await storeUploadOnce(c.var.db, account.id, id, received);
    return c.json(file, created ? 201 : 200);
  });

  app.openapi(route.uploadState, async (c) => {
    const account = requireAccount(c);
    return c.json(await uploadState(c.var.db, account.id, parseUploadId(c.req.valid("param").id)), 200);
  });

  app.openapi(route.uploadPart, async (c) => {
    const account = requireAccount(c);
    const id = parseUploadId(c.req.valid("param").id);
    if (c.req.header("content-type") !== PART_TYPE) {
      throw new ProblemError(415, "unsupported_media_type", `Send ${PART_TYPE}`);
    }
    const headers = parseInput(partHeadersSchema, {
      offset: c.req.header("upload-offset"),
      length: c.req.header("upload-length"),
      name: c.req.header("upload-name"),
    });
    const part = { ...headers, bytes: new Uint8Array(await c.req.arrayBuffer()) };
    const { state, created } = await appendPartOrDiscard(c.var.db, account.id, id, part);
    return c.json(state, created ? 201 : state.file ? 200 : 202);
  });

  app.openapi(route.submit, async (c) => {
    const account = requireAccount(c);
    const { application, created } = await submitApplication(c.var.db, account, c.req.valid("json"));
    return c.json(application, created ? 201 : 200);
  });

  app.openapi(answerRoute, async (c) => {
    const account = requireAccount(c);
    const input = c.req.valid("json");
    const id = c.req.valid("param").id;
    if (!uuid.safeParse(id).success) throw new ProblemError(404, "not_found");
    return c.json(await answerQuestion(c.var.db, account, id, input), 200);
  });

  app.openapi(fileRoute, async (c) => {
    const account = requireAccount(c);
    const { id, fileId } = c.req.valid("param");
    return fileResponse(c, await ownFile(c.var.db, account.id, id, fileId));
  });

  return app;
}

function parseUploadId(value: string): string {
  if (!uuid.safeParse(value).success) {
    throw new ProblemError(400, "validation_failed", "The upload id must be a UUID made on the device");
  }
  return value;
}
