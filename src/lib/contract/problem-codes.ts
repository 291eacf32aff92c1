// Stable error codes of the API (problem+json `code`); the client translates them as errors.<code>.
// Kept free of zod so the browser can read problems without loading the schemas.
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
  "unauthenticated",
  "forbidden",
  "csrf_failed",
  "invalid_credentials",
  "email_taken",
  "email_not_verified",
  "account_disabled",
  "link_invalid",
  "link_expired",
  "link_used",
  "passkey_failed",
  "challenge_expired",
  "unsupported_file_type",
  "file_too_large",
  "trust_level_too_low",
  "conflict",
  "not_bookable",
  "slot_unavailable",
  "slot_taken",
  "persons_limit",
  "visit_type_unavailable",
  "too_many_bookings",
  "proof_of_work_failed",
  "hold_expired",
  "appointment_not_active",
  "mail_unavailable",
  "internal_error",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === "string" && (PROBLEM_CODES as readonly string[]).includes(value);
}
