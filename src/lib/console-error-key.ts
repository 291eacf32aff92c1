// Which text explains a failed console request. The console is online-only: a request without an
// answer gets its own message instead of the citizen app's "shown from this device".
import type { ApiError } from "./http";
import { errorKey as explain } from "./error-key";

/** Overrides of the shared errors.<code> texts where the console can say more. */
export type ErrorOverrides = Partial<Record<ApiError["code"], string>>;

export const errorKey = (error: unknown, overrides: ErrorOverrides = {}): string =>
  explain(error, { offline: "staff.common.offline", overrides });
