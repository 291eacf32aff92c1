// The confirmation a requester gets: the reference to quote and what happens next. Plain text,
// in German unless the browser prefers English (the request carries no language of its own).
// Nobody confirmed the address, so the mail carries nothing the sender wrote (name, company,
// message): otherwise anyone could send their text to anyone under the city's name.
import type { Consultation } from "../../../src/lib/contract/business";
import type { Mail } from "../../mail/mailer";
import { SIGNATURE } from "../../mail/templates";

const TOPICS_DE: Record<Consultation["topic"], string> = {
  "going-online": "Online gehen",
  funding: "Fördermittel",
  founding: "Gründung",
  premises: "Gewerbeflächen",
  "skilled-workers": "Fachkräfte",
  other: "Sonstiges",
};
const TOPICS_EN: Record<Consultation["topic"], string> = {
  "going-online": "Going online",
  funding: "Funding",
  founding: "Starting a business",
  premises: "Business premises",
  "skilled-workers": "Skilled workers",
  other: "Other",
};

export function consultationReceivedMail(consultation: Consultation, language: "de" | "en"): Mail {
  return language === "de"
    ? {
        to: consultation.email,
        subject: `Ihre Beratungsanfrage ist angekommen (${consultation.reference})`,
        text: `Guten Tag,\n\nvielen Dank für Ihre Anfrage an die Wirtschaftsförderung Delmenhorst (dwfg). Wir melden uns so bald wie möglich bei Ihnen.\n\nVorgangsnummer: ${consultation.reference}\nThema: ${TOPICS_DE[consultation.topic]}\n\nBitte geben Sie die Vorgangsnummer an, wenn Sie uns dazu schreiben oder anrufen.${SIGNATURE.de}`,
      }
    : {
        to: consultation.email,
        subject: `Your consultation request has arrived (${consultation.reference})`,
        text: `Hello,\n\nthank you for your request to Delmenhorst's economic development agency (dwfg). We will get back to you as soon as we can.\n\nReference: ${consultation.reference}\nTopic: ${TOPICS_EN[consultation.topic]}\n\nPlease quote the reference when you write or call us about it.${SIGNATURE.en}`,
      };
}
