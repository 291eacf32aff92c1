// RFC 9457 problem details. `code` is stable; the client translates it (errors.<code>).
import { z } from "zod";

export const PROBLEM_CODES = [
  "validation_failed",
  "malformed_json",
  "unsupported_media_type",
  "payload_too_large",
  "not_found",
  "unknown_collection",
  "cursor_expired",
  "method_not_allowed",
  "idempotency_key_missing",
  "idempotency_key_reused",
  "request_in_progress",
  "rate_limited",
  "internal_error",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  code: z.enum(PROBLEM_CODES),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problemSchema>;
