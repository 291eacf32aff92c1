// Which text explains a failed merchant request (a translation key). The merchant's writes are
// online only: without a connection nothing is sent, and the form keeps what was typed.
import { errorKey } from "../../../lib/error-key";
import { ApiError } from "../../../lib/http";

export const failureKey = (error: unknown, overrides: Partial<Record<string, string>> = {}): string =>
  errorKey(error, { offline: "merchant.common.offline", overrides });

const PHOTO_CODES: Partial<Record<string, string>> = {
  file_too_large: "merchant.photo.errors.tooLarge",
  payload_too_large: "merchant.photo.errors.tooLarge",
  unsupported_file_type: "merchant.photo.errors.type",
  image_unreadable: "merchant.photo.errors.unreadable",
  image_too_small: "merchant.photo.errors.tooSmall",
};
const PHOTO_STATUSES: Partial<Record<number, string>> = {
  413: "merchant.photo.errors.tooLarge",
  415: "merchant.photo.errors.type",
  422: "merchant.photo.errors.unreadable",
};

/** A refused photo (413, 415, 422) by the server's code, or by the status for a code this app version does not know. */
export function photoFailureKey(error: unknown): string {
  if (error instanceof ApiError) {
    const key = PHOTO_CODES[error.code] ?? PHOTO_STATUSES[error.status];
    if (key) return key;
  }
  return failureKey(error, { forbidden: "merchant.edit.forbidden" });
}
