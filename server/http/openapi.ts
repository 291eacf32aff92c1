// The pieces every route declaration (createRoute) is built from, so that /api/openapi.json describes
// each operation the same way: JSON bodies and answers, and the problem codes it can return.
import { z } from "@hono/zod-openapi";
import type { ProblemCode } from "../../src/lib/contract/problem";
import { problemSchema } from "../../src/lib/contract/problem";

const PROBLEM_MEDIA = "application/problem+json";

/** A JSON request body. */
export function jsonBody<S extends z.ZodType>(schema: S, description?: string) {
  return {
    required: true,
    ...(description ? { description } : {}),
    content: { "application/json": { schema } },
  } as const;
}

/** A JSON answer. */
export function jsonAnswer<S extends z.ZodType>(schema: S, description: string) {
  return { description, content: { "application/json": { schema } } } as const;
}

/** An answer without a body (204) or with a body that is not JSON (file downloads, ICS, PDF ...). */
export function plainAnswer(description: string, mediaType?: string) {
  if (!mediaType) return { description } as const;
  return { description, content: { [mediaType]: { schema: { type: "string" as const, format: "binary" } } } };
}

type ProblemStatus =
  400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 423 | 428 | 429 | 502 | 503 | 504 | 507;

/**
 * The problem answers of an operation, by status, each naming the codes it can carry. 400
 * validation_failed and malformed_json are always listed; codes given for 400 are added to them.
 */
export function problems(byStatus: Partial<Record<ProblemStatus, readonly ProblemCode[]>> = {}) {
  const all: Partial<Record<ProblemStatus, readonly ProblemCode[]>> = {
    ...byStatus,
    400: ["validation_failed", "malformed_json", ...(byStatus[400] ?? [])],
  };
  const responses: Record<
    string,
    { description: string; content: Record<string, { schema: typeof problemSchema }> }
  > = {};
  for (const [status, codes] of Object.entries(all)) {
    responses[status] = {
      description: `Problem (RFC 9457): ${(codes ?? []).join(", ")}`,
      content: { [PROBLEM_MEDIA]: { schema: problemSchema } },
    };
  }
  return responses;
}

/** A path parameter that is an opaque id or slug (kept short: ids in the app are UUIDs or slugs). */
export const idParam = z.string().min(1).max(200);

/** The header idempotent() requires (it answers idempotency_key_missing itself, before this is read). */
export const idempotencyHeader = z.object({ "idempotency-key": z.string() });

/** A multipart/form-data body, described only: the route reads it itself (http/uploads.ts readForm). */
export function multipartBody(
  fields: Record<string, { type: "string"; format?: "binary" }>,
  required: string[],
) {
  return {
    required: true,
    content: {
      "multipart/form-data": { schema: { type: "object" as const, properties: fields, required } },
    },
  };
}

/** A download in one of several media types. */
export function fileAnswer(description: string, mediaTypes: readonly string[]) {
  const binary = { schema: { type: "string" as const, format: "binary" } };
  return { description, content: Object.fromEntries(mediaTypes.map((type) => [type, binary])) };
}
