// A service's summary in Leichte Sprache (`easySummary`, issue 20) in the guide editor: what the
// schema refuses (an error) and what the checkable rules of Leichte Sprache find (hints: a reader
// from the target group decides, so they never stop a save).
import { type Service, serviceSchema } from "../../../lib/contract/guide";
import { checkLeichteSprache, type LeichteSpracheRule } from "../../../lib/leichte-sprache";

export type EasyHint = { message: string; values: Record<string, string> };

const HINTS: Record<LeichteSpracheRule, string> = {
  "sentence-length": "staff.guide.easy.rules.sentenceLength",
  "average-sentence-length": "staff.guide.easy.rules.averageSentenceLength",
  abbreviation: "staff.guide.easy.rules.abbreviation",
  negation: "staff.guide.easy.rules.negation",
  "double-negation": "staff.guide.easy.rules.doubleNegation",
  compound: "staff.guide.easy.rules.compound",
};

/** The field's translation key of an error, or undefined; an empty field removes the summary. */
export function easySummaryError(value: string): string | undefined {
  const text = value.trim();
  if (text === "") return undefined;
  return serviceSchema.shape.easySummary.safeParse(text).success
    ? undefined
    : "staff.guide.errors.easySummary";
}

/** The rules' findings as hints, one per finding, naming the part of the text. */
export function easySummaryHints(value: string): EasyHint[] {
  return checkLeichteSprache(value.trim()).map((finding) => ({
    message: HINTS[finding.rule],
    values: { part: finding.part },
  }));
}

/** The service with the summary as typed: trimmed, or without one when the field is empty. */
export function withEasySummary(service: Service, value: string): Service {
  const { easySummary: _old, ...rest } = service;
  const text = value.trim();
  return text === "" ? rest : { ...rest, easySummary: text };
}

export const easySummaryChanged = (service: Service, value: string) =>
  (service.easySummary ?? "") !== value.trim();
