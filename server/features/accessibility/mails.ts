// Two mails per feedback on a barrier: the receipt to the sender (reference and answer period only:
// nobody confirmed the address, so it carries nothing the sender wrote) and the feedback itself to
// the city's accessibility contact, where one is configured.
import type { AccessibilityFeedback } from "../../../src/lib/contract/accessibility";
import type { Mail } from "../../mail/mailer";
import { SIGNATURE } from "../../mail/templates";

const germanDate = (date: string) => date.split("-").reverse().join(".");

export function feedbackReceiptMail(
  feedback: AccessibilityFeedback,
  language: "de" | "en",
): Mail | undefined {
  if (!feedback.email) return undefined;
  return language === "de"
    ? {
        to: feedback.email,
        subject: `Ihre Rückmeldung zur Barrierefreiheit ist angekommen (${feedback.reference})`,
        text: `Guten Tag,\n\nvielen Dank für Ihren Hinweis auf eine Barriere in der Delmenhorst App. Wir antworten Ihnen spätestens bis zum ${germanDate(feedback.answerBy)}.\n\nVorgangsnummer: ${feedback.reference}${SIGNATURE.de}`,
      }
    : {
        to: feedback.email,
        subject: `Your feedback on accessibility has arrived (${feedback.reference})`,
        text: `Hello,\n\nthank you for telling us about a barrier in the Delmenhorst App. We will answer you by ${feedback.answerBy} at the latest.\n\nReference: ${feedback.reference}${SIGNATURE.en}`,
      };
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
