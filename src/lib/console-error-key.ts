// Which text explains a failed console request. The console is online-only: a request without an
// answer gets its own message instead of the citizen app's "shown from this device".
import { ApiError, NetworkError } from "./http";

/** Overrides of the shared errors.<code> texts where the console can say more. */
export type ErrorOverrides = Partial<Record<ApiError["code"], string>>;

export function errorKey(error: unknown, overrides: ErrorOverrides = {}): string {
  if (error instanceof NetworkError) return "staff.common.offline";
  if (error instanceof ApiError) return overrides[error.code] ?? `errors.${error.code}`;
  // An answer that does not fit the contract (schema parse) or a bug: nothing the user can fix.
  return "errors.internal_error";
}
