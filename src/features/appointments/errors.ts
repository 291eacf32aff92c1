// The appointments' failures in words: the shared errorKey with this area's text for "no connection".
import { errorKey as explain } from "../../lib/error-key";

export { isApiError } from "../../lib/error-key";

export const errorKey = (error: unknown): string =>
  explain(error, { offline: "appointments.common.offline" });
