// Checks in the browser before anything is sent, so mistakes show next to the field at once.
// The server checks the same again (src/lib/contract/account.ts); values are translation keys.
import {
  DOCUMENT_MEDIA_TYPES,
  FILE_MAX_BYTES,
  PASSWORD_MAX,
  PASSWORD_MIN,
  PHONE_PATTERN,
} from "../../lib/contract/account";
import { berlinDate } from "../../lib/contract/berlin-time";
import { type FieldErrors } from "../../lib/field-errors";

export { type FieldErrors, hasErrors } from "../../lib/field-errors";

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkEmail(value: string): string | undefined {
  const email = value.trim();
  if (!email) return "account.validation.emailMissing";
  if (!EMAIL_PATTERN.test(email) || email.length > 254) return "account.validation.emailInvalid";
  return undefined;
}

/** For a password being chosen; signing in only needs a non-empty one. */
export function checkNewPassword(value: string): string | undefined {
  if (!value) return "account.validation.passwordMissing";
  if (value.length < PASSWORD_MIN) return "account.validation.passwordTooShort";
  if (value.length > PASSWORD_MAX) return "account.validation.passwordTooLong";
  return undefined;
}

export type SignUpFields = {
  givenName: string;
  familyName: string;
  birthDate: string;
  street: string;
  postalCode: string;
  city: string;
  email: string;
  password: string;
};

/** `today` as YYYY-MM-DD in Berlin, passed in so the check stays pure. */
export function checkSignUp(fields: SignUpFields, today: string): FieldErrors<keyof SignUpFields> {
  const errors: FieldErrors<keyof SignUpFields> = {};
  if (!fields.givenName.trim()) errors.givenName = "account.validation.givenNameMissing";
  else if (fields.givenName.trim().length > 100) errors.givenName = "account.validation.nameTooLong";
  if (!fields.familyName.trim()) errors.familyName = "account.validation.familyNameMissing";
  else if (fields.familyName.trim().length > 100) errors.familyName = "account.validation.nameTooLong";
  errors.birthDate = checkBirthDate(fields.birthDate, today);
  if (fields.street.trim().length < 3) errors.street = "account.validation.streetMissing";
  if (!/^\d{5}$/.test(fields.postalCode.trim())) errors.postalCode = "account.validation.postalCodeInvalid";
  if (fields.city.trim().length < 2) errors.city = "account.validation.cityMissing";
  errors.email = checkEmail(fields.email);
  errors.password = checkNewPassword(fields.password);
  return withoutEmpty(errors);
}

function checkBirthDate(value: string, today: string): string | undefined {
  if (!value) return "account.validation.birthDateMissing";
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
  if (!valid || value < "1900-01-01" || value > today) return "account.validation.birthDateInvalid";
  return undefined;
}

/** An empty field removes the number. */
export function checkPhone(value: string): string | undefined {
  const phone = value.trim();
  if (phone && !PHONE_PATTERN.test(phone)) return "account.validation.phoneInvalid";
  return undefined;
}

/** Type and size as the browser reports them; the server reads the real type from the content. */
export function checkUpload(
  file: { name: string; size: number; type: string } | undefined,
): string | undefined {
  if (!file) return "account.validation.fileMissing";
  if (file.size === 0) return "account.validation.fileEmpty";
  if (file.size > FILE_MAX_BYTES) return "account.validation.fileTooLarge";
  const known = (DOCUMENT_MEDIA_TYPES as readonly string[]).includes(file.type);
  if (!known && !/\.(pdf|jpe?g|png)$/i.test(file.name)) return "account.validation.fileType";
  return undefined;
}

function withoutEmpty<K extends string>(errors: FieldErrors<K>): FieldErrors<K> {
  const result: FieldErrors<K> = {};
  for (const key of Object.keys(errors) as K[]) if (errors[key]) result[key] = errors[key];
  return result;
}

/** Today's date as YYYY-MM-DD in the city's time zone (en-CA formats dates that way). */
export function todayInBerlin(now = new Date()): string {
  return berlinDate(now);
}
