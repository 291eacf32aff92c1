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
  server_busy: "The server is busy; try again in a moment",
  unauthenticated: "Sign in first",
  forbidden: "You may not do this",
  csrf_failed: "The request did not come from this app (Origin or CSRF token missing or wrong)",
  invalid_credentials: "Email or password is wrong",
  email_taken: "An account with this email exists already",
  email_not_verified: "Confirm your email address first",
  account_disabled: "This account is disabled",
  link_invalid: "This link is not valid",
  link_expired: "This link has expired",
  link_used: "This link has been used already",
  passkey_failed: "The passkey could not be checked",
  challenge_expired: "The passkey request has expired; start again",
  unsupported_file_type: "This type of file is not accepted here",
  file_too_large: "The file is too large",
  trust_level_too_low: "This needs a verified identity",
  conflict: "This conflicts with the current state",
  not_bookable: "This office or service takes no online bookings",
  slot_unavailable: "No appointment can start at this time",
  slot_taken: "This time has just been booked by someone else",
  persons_limit: "Too many persons for this service in one appointment",
  visit_type_unavailable: "This kind of visit is not offered for these services",
  too_many_bookings: "There are active bookings for this service already",
  already_booked: "This person has an appointment at this time already",
  proof_of_work_failed: "The proof of work is missing, wrong or used",
  hold_expired: "The booking was not confirmed in time",
  appointment_not_active: "The appointment is cancelled or over",
  mail_unavailable: "The confirmation mail could not be sent; nothing was booked",
  internal_error: "Something went wrong on our side",
  storage_full: "The server has no room to store this",
  storage_unavailable: "The server cannot store anything at the moment",
  geojson_invalid: "The GeoJSON does not fit the layer",
  layer_source_failed: "The layer's source could not be read; the old data is kept",
  ics_invalid: "The iCalendar file could not be read; the last good dates are kept",
  csv_invalid: "The street table could not be read; nothing was changed",
  layer_source_timeout: "The layer's source did not answer in time; the old data is kept",
  tile_not_available: "This map tile is not served",
  upstream_failed: "The map service answered with an error",
  upstream_timeout: "The map service did not answer in time",
  image_unreadable: "The image could not be read",
  image_too_small: "The image is too small",
  push_service_not_allowed: "Push messages cannot be delivered to this push service",
  push_subscription_exists: "This push subscription exists already; changing it needs its token",
  chat_closed: "The chat is outside its hours; leave a message instead",
  chat_unstaffed: "No agent is on duty; leave a message instead",
  conversation_ended: "This conversation has ended",
  capacity_reached: "You have as many chats as your capacity allows",
  already_taken: "Another agent has taken this chat",
  attachment_limit: "No more files can be added to this conversation",
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
