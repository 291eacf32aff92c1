// The one place that turns a failed request into the text the user reads (a translation key). Each
// area says what "no connection" means for it: the citizen app shows what the device has, the console
// and the merchant's pages cannot work without the server.
import { ApiError, NetworkError } from "./http";

export type ErrorKeyOptions = {
  /** The area's text for a request that got no answer. */
  offline: string;
  /** Texts that say more than the shared errors.<code> for a page's own problem codes. */
  overrides?: Partial<Record<string, string>>;
};

export function errorKey(error: unknown, options: ErrorKeyOptions): string {
  if (error instanceof NetworkError) return options.offline;
  if (error instanceof ApiError) return options.overrides?.[error.code] ?? `errors.${error.code}`;
  // A bug or an answer that does not fit the contract: the user gets the honest "went wrong", we get the trace.
  console.error(error);
  return "errors.internal_error";
}

/** The server refused with one of these problem codes. */
export const isApiError = (error: unknown, ...codes: string[]): error is ApiError =>
  error instanceof ApiError && codes.includes(error.code);
