// Errors as RFC 9457 problem details. Handlers throw; app.onError answers (server/app.ts).
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";
import type { Problem, ProblemCode } from "../../src/lib/contract/problem";

const TITLES: Record<ProblemCode, string> = {
  validation_failed: "The request is not valid",
  malformed_json: "The request body is not valid JSON",
  unsupported_media_type: "The request body must be application/json",
  payload_too_large: "The request body is too large",
  not_found: "Not found",
  unknown_collection: "There is no such collection",
  cursor_expired: "The cursor belongs to an older state of the server; sync again from the start",
  method_not_allowed: "Method not allowed",
  idempotency_key_missing: "An Idempotency-Key header is required",
  idempotency_key_reused: "This Idempotency-Key was used for a different request",
  request_in_progress: "A request with this Idempotency-Key is still being processed",
  rate_limited: "Too many requests",
  internal_error: "Something went wrong on our side",
};

export class ProblemError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ProblemCode,
    readonly detail?: string,
    readonly errors?: Problem["errors"],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? TITLES[code]);
  }

  toJSON(): Problem {
    return {
      type: `/api/problems/${this.code}`,
      title: TITLES[this.code],
      status: this.status,
      code: this.code,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

export function validationProblem(error: z.ZodError): ProblemError {
  const errors = error.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || "(root)",
    message: issue.message,
  }));
  return new ProblemError(400, "validation_failed", undefined, errors);
}

export function problemResponse(c: Context, problem: ProblemError): Response {
  const headers = { "Content-Type": "application/problem+json", ...problem.headers };
  return c.body(JSON.stringify(problem.toJSON()), problem.status, headers);
}
