// Two mails per feedback on a barrier: the receipt to the sender (reference and answer period only:
// nobody confirmed the address, so it carries nothing the sender wrote) and the feedback itself to
// the city's accessibility contact, where one is configured.
import type { AccessibilityFeedback } from "../../../src/lib/contract/accessibility";
import type { Mail } from "../../mail/mailer";
import { LANGUAGE_INFO, type UiLanguage } from "../../../src/lib/contract/languages";
import { residentMail } from "../../mail/templates";

const germanDate = (date: string) => date.split("-").reverse().join(".");

/** The answer date as the receipt writes it: German the German way, English as before (ISO), others by Intl. */
function answerDate(date: string, language: UiLanguage): string {
  if (language === "de" || language === "de-x-ls") return germanDate(date);
  if (language === "en") return date;
  return new Intl.DateTimeFormat(LANGUAGE_INFO[language].locale, {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(new Date(`${date}T12:00:00Z`));
}

export function feedbackReceiptMail(feedback: AccessibilityFeedback, language: UiLanguage): Mail | undefined {
  if (!feedback.email) return undefined;
  const answerBy = answerDate(feedback.answerBy, language);
  return residentMail(feedback.email, language, (t) => t.accessibilityReceipt(feedback.reference, answerBy));
}

export function feedbackToContactMail(feedback: AccessibilityFeedback, contact: string): Mail {
  const lines = [
    `Vorgangsnummer: ${feedback.reference}`,
    `Eingegangen: ${feedback.receivedAt}`,
    `Antwort fällig bis: ${germanDate(feedback.answerBy)}`,
    `Seite: ${feedback.page ?? "(nicht angegeben)"}`,
    `Name: ${feedback.name ?? "(nicht angegeben)"}`,
    `E-Mail: ${feedback.email ?? "(keine: eine Antwort ist nicht möglich)"}`,
    "",
    feedback.message,
  ];
  return {
    to: contact,
    subject: `Rückmeldung zur Barrierefreiheit ${feedback.reference}`,
    text: `${lines.join("\n")}\n\nAuch in der Verwaltungskonsole unter /verwaltung/barrierefreiheit.`,
  };
}
