// Translated names of the applications console's codes.
import type { ApplicationStatus, EventKind, Outcome } from "../../../lib/contract/applications";
import { t } from "../../../lib/i18n";

export const applicationStatusLabel = (status: ApplicationStatus) =>
  t(`applications.console.statuses.${status}`);

export const eventKindLabel = (kind: EventKind) => t(`applications.console.events.${kind}`);

/** The same word as the resident's timeline, the message and the Bescheid (OUTCOME_WORDS_DE). */
export const outcomeLabel = (outcome: Outcome) => t(`applications.outcome.${outcome}`);
