// What the app itself writes to a resident (issue 20): mails, push notices and the postbox messages of
// applications, in the resident's language. One file per language; the type makes a missing text a
// compile error. Decisions stay German documents: the message says so in the resident's language.
import type { Outcome } from "../../src/lib/contract/application-record";
import type { Consultation } from "../../src/lib/contract/business";
import { isUiLanguage, matchLanguage, UI_LANGUAGES, type UiLanguage } from "../../src/lib/contract/languages";
import { ar } from "./ar";
import { bg } from "./bg";
import { de } from "./de";
import { deXLs } from "./de-x-ls";
import { en } from "./en";
import { pl } from "./pl";
import { ro } from "./ro";
import { ru } from "./ru";
import { tr } from "./tr";
import { uk } from "./uk";

export type MailText = { subject: string; text: string };
export type PushText = { title: string; body: string };
/** An appointment's facts, already formatted for the language. */
export type VisitFacts = { when: string; location: string; title: string; reference: string };

export interface ResidentTexts {
  /** Closes every mail; starts with the signature delimiter "-- ". */
  signature: string;
  verifyEmail(link: string): MailText;
  resetPassword(link: string): MailText;
  /** Says only that something arrived: the content stays behind the sign-in. */
  newPostboxMessage(link: string): MailText;
  applicationQuestion(link: string): MailText;
  visitFacts(facts: VisitFacts): string;
  confirmBooking(facts: string, link: string, reference: string): MailText;
  booked(facts: string, link: string, reference: string): MailText;
  reminder(facts: string, link: string, reference: string): MailText;
  cancelledByOffice(facts: string, reason: string, link: string, reference: string): MailText;
  /** `answerBy` is already formatted for the language. */
  accessibilityReceipt(reference: string, answerBy: string): MailText;
  consultationReceived(reference: string, topic: string): MailText;
  consultationTopics: Record<Consultation["topic"], string>;
  /**
   * A defect report's new status (`status` already in the language), with staff's public note. It
   * names nothing of the report itself: a shared mailbox may be read by others.
   */
  reportStatus(status: string, note: string | null, link: string): MailText;
  /** A chat's transcript (postbox message or mail): its subject, and how a sent photo or PDF reads in it. */
  /** The weekly mail of council alerts: `list` is the week's items, one per line with its link. */
  councilWeekly(list: string, manage: string): MailText;
  chatTranscript: { subject: string; file: string };
  /** The appointment's calendar file (ICS) in the booking's language; `persons` for two or more. */
  calendar: {
    summary(title: string): string;
    reference(reference: string): string;
    /** Heads the list of what to bring. */
    bring: string;
    persons(title: string, count: number): string;
  };
  push: Record<"postbox" | "appointment" | "application" | "chat", PushText>;
  /** The postbox message with the receipt PDF of an application. */
  receipt(reference: string, typeTitle: string): { subject: string; body: string };
  /** The postbox message with the Bescheid: the German PDF is the binding document. */
  decision(reference: string, typeTitle: string, outcome: Outcome): { subject: string; body: string };
}

const TEXTS: Record<UiLanguage, ResidentTexts> = { de, en, tr, ar, ru, uk, pl, bg, ro, "de-x-ls": deXLs };

/** A stored or sent language code as one of the ten; anything else (old rows, typos) reads German. */
export const residentLanguage = (value: string | null | undefined): UiLanguage =>
  isUiLanguage(value) ? value : "de";

export const residentTexts = (language: string | null | undefined): ResidentTexts =>
  TEXTS[residentLanguage(language)];

/**
 * The language of a request without an account: the app sends its chosen language as the first
 * entry of Accept-Language; a browser's own list also works ("tr-TR,tr;q=0.9" → tr). German otherwise.
 */
export function requestLanguage(acceptLanguage: string | undefined): UiLanguage {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part) => part.split(";")[0]!.trim())
    .filter((tag) => tag !== "" && tag !== "*");
  return matchLanguage(ranked, UI_LANGUAGES) ?? "de";
}
