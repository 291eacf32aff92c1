// The report form's model: what the resident filled in and its checks before anything is queued (the
// server checks the same again with the contract). The pin and its moves are the map's (../map/pin.ts).
import { insideCity } from "../../lib/contract/city-boundary";
import {
  type NewReport,
  REPORT_CATEGORIES,
  REPORT_DESCRIPTION_MAX,
  REPORT_MAX_PHOTOS,
  type ReportCategory,
} from "../../lib/contract/reports";
import { SHOP_PHOTO_MAX_BYTES } from "../../lib/contract/shops-constants";
import type { UiLanguage } from "../../lib/contract/languages";
import type { FieldErrors } from "../../lib/field-errors";
import type { Pin } from "../map/pin";

export type ReportDraft = {
  category: string;
  pin: Pin | null;
  place: string;
  description: string;
  email: string;
  photos: File[];
};

export const REPORT_FIELDS = ["category", "position", "photos", "description", "email"] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

export const isCategory = (value: string): value is ReportCategory =>
  (REPORT_CATEGORIES as readonly string[]).includes(value);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"];

/** The photo's problem as a translation key, or undefined when the server will take it. */
export function photoProblem(file: { type: string; size: number }): string | undefined {
  if (!PHOTO_TYPES.includes(file.type)) return "reports.form.errors.photoType";
  if (file.size > SHOP_PHOTO_MAX_BYTES) return "reports.form.errors.photoSize";
  return undefined;
}

export function checkReport(draft: ReportDraft): FieldErrors<ReportField> {
  const errors: FieldErrors<ReportField> = {};
  if (!isCategory(draft.category)) errors.category = "reports.form.errors.category";
  if (!draft.pin) errors.position = "reports.form.errors.position";
  else if (!insideCity(draft.pin.lon, draft.pin.lat)) errors.position = "reports.form.errors.outside";
  if (draft.photos.length > REPORT_MAX_PHOTOS) errors.photos = "reports.form.errors.photoCount";
  else if (draft.photos.some((photo) => photoProblem(photo))) errors.photos = "reports.form.errors.photoType";
  if (draft.description.trim().length > REPORT_DESCRIPTION_MAX)
    errors.description = "reports.form.errors.descriptionLength";
  if (draft.email.trim() && !EMAIL.test(draft.email.trim())) errors.email = "reports.form.errors.email";
  return errors;
}

/** The body of POST /api/reports; only for a draft without errors. */
export function newReport(
  draft: ReportDraft,
  pin: Pin,
  category: ReportCategory,
  language: UiLanguage,
): NewReport {
  const place = draft.place.trim();
  const email = draft.email.trim();
  return {
    category,
    lat: Math.round(pin.lat * 1e6) / 1e6,
    lon: Math.round(pin.lon * 1e6) / 1e6,
    address: place ? place : null,
    description: draft.description.trim(),
    email: email ? email : null,
    language,
  };
}

/** A distance in whole metres, in the page's number format. */
export const formatMetres = (metres: number, locale: string) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.round(metres));
