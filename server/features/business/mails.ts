// The confirmation a requester gets: the reference to quote and what happens next. Plain text,
// in the language the request came with (Accept-Language; the request body carries none).
// Nobody confirmed the address, so the mail carries nothing the sender wrote (name, company,
// message): otherwise anyone could send their text to anyone under the city's name.
import type { Consultation } from "../../../src/lib/contract/business";
import type { Mail } from "../../mail/mailer";
import type { UiLanguage } from "../../../src/lib/contract/languages";
import { residentMail } from "../../mail/templates";

export function consultationReceivedMail(consultation: Consultation, language: UiLanguage): Mail {
  return residentMail(consultation.email, language, (t) =>
    t.consultationReceived(consultation.reference, t.consultationTopics[consultation.topic]),
  );
}
