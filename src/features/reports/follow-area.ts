// Following an area (/meldungen/folgen): the resident's choice of centre, radius and categories, its
// checks before anything is sent (the server checks the same with the contract), the body of
// POST /api/reports/follows and the words a followed area is listed with.
import { insideCity } from "../../lib/contract/city-boundary";
import type { UiLanguage } from "../../lib/contract/languages";
import {
  type FollowArea,
  FOLLOW_RADIUS_MAX_M,
  FOLLOW_RADIUS_MIN_M,
  type PushSubscriptionRef,
  REPORT_CATEGORIES,
  type ReportCategory,
} from "../../lib/contract/reports";
import type { FieldErrors } from "../../lib/field-errors";
import type { Pin } from "../map/pin";
import { isCategory } from "./report-form";

/** The circles offered: a street, a quarter, a district. */
export const FOLLOW_RADII_M = [250, 500, 1000] as const;
export const DEFAULT_FOLLOW_RADIUS_M = 500;

export type FollowChoice = { pin: Pin | null; radiusM: number; categories: string[] };

export const FOLLOW_FIELDS = ["centre", "radius"] as const;
export type FollowField = (typeof FOLLOW_FIELDS)[number];

export function checkFollow(choice: FollowChoice): FieldErrors<FollowField> {
  const errors: FieldErrors<FollowField> = {};
  if (!choice.pin) errors.centre = "reports.follow.errors.centre";
  else if (!insideCity(choice.pin.lon, choice.pin.lat)) errors.centre = "reports.follow.errors.outside";
  if (
    !Number.isInteger(choice.radiusM) ||
    choice.radiusM < FOLLOW_RADIUS_MIN_M ||
    choice.radiusM > FOLLOW_RADIUS_MAX_M
  )
    errors.radius = "reports.follow.errors.radius";
  return errors;
}

/** The body of POST /api/reports/follows; only for a choice without errors. */
export function followBody(
  choice: FollowChoice,
  pin: Pin,
  push: PushSubscriptionRef,
  language: UiLanguage,
): FollowArea {
  // Every category ticked is the same as none: "all", also for categories added later.
  const chosen = REPORT_CATEGORIES.filter((category) => choice.categories.includes(category));
  return {
    push: { subscriptionId: push.subscriptionId, manageToken: push.manageToken },
    lat: Math.round(pin.lat * 1e6) / 1e6,
    lon: Math.round(pin.lon * 1e6) / 1e6,
    radiusM: choice.radiusM,
    categories: chosen.length === REPORT_CATEGORIES.length ? [] : chosen,
    language,
  };
}

/** The followed categories as translation keys; empty means every category. */
export const followedCategoryKeys = (categories: readonly string[]): string[] =>
  categories.filter(isCategory).map((category: ReportCategory) => `reports.categories.${category}`);
