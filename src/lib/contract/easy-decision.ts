// The summary in Leichte Sprache on every decision (Bescheid) the app issues (issue 20): on the PDF
// after the legal text and in the postbox message. It helps reading; the Bescheid itself stays the
// binding text. The staff's reasons are free text, so the summary says where to find them.
// Shared by the server (papers, messages) and the tests that check every Leichte-Sprache text.
import type { Outcome } from "./application-record";

export const EASY_DECISION_TITLE = "In Leichter Sprache";

const OUTCOME: Record<Outcome, string> = {
  approved: "Ihr Antrag ist genehmigt. Das heißt: Sie bekommen das, was Sie beantragt haben.",
  partly:
    "Ihr Antrag ist zum Teil genehmigt. Das heißt: Sie bekommen nur einen Teil von dem, was Sie beantragt haben.",
  rejected: "Ihr Antrag ist abgelehnt. Das heißt: Sie bekommen leider nicht das, was Sie beantragt haben.",
};

const AFTER = [
  "Warum hat das Amt so entschieden? Das steht im Bescheid bei: Begründung.",
  "Sie finden die Entscheidung falsch? Dann können Sie sich wehren. Dafür gehen Sie zum Verwaltungs·gericht in Oldenburg. Sie haben dafür einen Monat Zeit.",
  "Sie haben Fragen? Dann schreiben Sie dem Amt eine Nachricht. Oder rufen Sie das Amt an.",
  "Dieser Text ist eine Hilfe zum Lesen. Es gilt der Bescheid in Alltags·sprache.",
];

/** The paragraphs of the summary for one outcome, in reading order. */
export function easyDecisionSummary(outcome: Outcome): string[] {
  return [OUTCOME[outcome], ...AFTER];
}

/** Every text of the summary, for the Leichte-Sprache check. */
export const EASY_DECISION_TEXTS: string[] = [EASY_DECISION_TITLE, ...Object.values(OUTCOME), ...AFTER];
