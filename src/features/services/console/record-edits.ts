// The pure parts of the office and life-situation editors: their text fields, the record written
// back (saving counts as a review of the day), and the rules for a life situation's services.
import {
  type LifeSituation,
  lifeSituationSchema,
  type Office,
  officeSchema,
} from "../../../lib/contract/guide";
import type { DraftErrors } from "./guide-edit";
import { appliedTexts, reviewedToday, type TextDrafts, type TextField } from "./text-drafts";

export type OfficeField = keyof Office["text"]["de"];

export const OFFICE_FIELDS: readonly TextField<OfficeField>[] = [
  { key: "name", label: "staff.guide.office.name", error: "staff.guide.errors.name" },
  {
    key: "description",
    label: "services.console.fields.description",
    error: "services.console.errors.description",
    multiline: true,
  },
  {
    key: "accessibilityNote",
    label: "staff.guide.office.accessibilityNote",
    error: "staff.guide.errors.accessibilityNote",
    multiline: true,
    optional: true,
  },
];

/** The office with the edited texts; saving counts as a review of the day. */
export function officeWithTexts(office: Office, drafts: TextDrafts<OfficeField>, now: Date): Office {
  return officeSchema.parse({
    ...office,
    text: appliedTexts(office.text, drafts, OFFICE_FIELDS),
    reviewedAt: reviewedToday(now),
  });
}

export type SituationField = keyof LifeSituation["text"]["de"];

export const SITUATION_FIELDS: readonly TextField<SituationField>[] = [
  { key: "title", label: "services.console.fields.title", error: "services.console.errors.title" },
  {
    key: "summary",
    label: "services.console.fields.summary",
    error: "services.console.errors.summary",
    multiline: true,
  },
];

/** The life situation with the edited texts and services; saving counts as a review of the day. */
export function situationWith(
  situation: LifeSituation,
  drafts: TextDrafts<SituationField>,
  serviceIds: readonly string[],
  now: Date,
): LifeSituation {
  return lifeSituationSchema.parse({
    ...situation,
    serviceIds,
    text: appliedTexts(situation.text, drafts, SITUATION_FIELDS),
    reviewedAt: reviewedToday(now),
  });
}

/** The services must be at least one, and each still in the guide. */
export function serviceErrors(serviceIds: readonly string[], known: ReadonlySet<string>): DraftErrors {
  if (serviceIds.length === 0) return { services: "staff.guide.errors.services" };
  if (serviceIds.some((id) => !known.has(id))) return { services: "staff.guide.errors.unknownService" };
  return {};
}
