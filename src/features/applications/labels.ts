// Texts about applications that several pages show: status, fee, who may apply, the step list.
import type { TrustLevel } from "../../lib/contract/account-constants";
import type { ApplicationDefinition } from "../../lib/contract/application-definition";
import type { ApplicationStatus, Outcome } from "../../lib/contract/applications";
import { t } from "../../lib/i18n";
import { locale } from "./answer-text";

export const ATTACHMENTS_STEP = "anlagen";
export const REVIEW_STEP = "pruefen";

/** The pages of a draft: the definition's steps, the files (when it asks for any), the review. */
export const stepIds = (definition: ApplicationDefinition): string[] => [
  ...definition.steps.map((step) => step.id),
  ...(definition.attachments.length > 0 ? [ATTACHMENTS_STEP] : []),
  REVIEW_STEP,
];

export const draftStepHref = (draftId: string, stepId: string) =>
  `/antraege/entwurf/${encodeURIComponent(draftId)}/${encodeURIComponent(stepId)}`;

export const statusLabel = (status: ApplicationStatus) => t(`applications.status.${status}`);
export const outcomeLabel = (outcome: Outcome) => t(`applications.outcome.${outcome}`);

export function feeText(definition: ApplicationDefinition): string {
  const fee = definition.fee;
  if (fee.kind === "none") return t("applications.fee.none");
  if (fee.kind === "variable") return t("applications.fee.variable");
  const amount = new Intl.NumberFormat(locale(), { style: "currency", currency: "EUR" }).format(
    fee.cents / 100,
  );
  return t("applications.fee.fixed", { amount });
}

export const whoText = (trustLevel: TrustLevel) => t(`applications.who.${trustLevel}`);

/** Whether the account's identity is confirmed well enough for the application type. */
export function trustSuffices(required: TrustLevel, actual: TrustLevel): boolean {
  const order: TrustLevel[] = ["none", "basic", "verified"];
  return order.indexOf(actual) >= order.indexOf(required);
}
