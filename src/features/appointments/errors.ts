// One place that turns a failure into the text the user reads (a translation key).
import { ApiError, NetworkError } from "../../lib/http";

export function errorKey(error: unknown): string {
  if (error instanceof ApiError) return `errors.${error.code}`;
  if (error instanceof NetworkError) return "appointments.common.offline";
  // A bug or an answer we could not read: the user gets the honest "went wrong", we get the trace.
  console.error(error);
  return "errors.internal_error";
}

export const isApiError = (error: unknown, ...codes: string[]): error is ApiError =>
  error instanceof ApiError && codes.includes(error.code);
