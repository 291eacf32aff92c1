// The mails of appointment booking, in the language the resident booked in (any of the ten, see
// server/texts). Plain text, no tracking; the link carries the token in the fragment, so it never
// reaches a server log.
import type { Mail } from "../../mail/mailer";
import { residentMail } from "../../mail/templates";
import { LANGUAGE_INFO } from "../../../src/lib/contract/languages";
import { type MailText, type ResidentTexts, residentLanguage } from "../../texts/resident-texts";

export type MailVisit = {
  to: string;
  language: string;
  reference: string;
  start: string;
  title: string;
  location: string;
};

/** The appointment's day and time in Berlin, written the language's way (German for Leichte Sprache). */
export function formatWhen(start: string, language: string): string {
  return new Intl.DateTimeFormat(LANGUAGE_INFO[residentLanguage(language)].locale, {
    timeZone: "Europe/Berlin",
    dateStyle: "full",
    timeStyle: "short",
  }).format(new Date(start));
}

const visitMail = (v: MailVisit, write: (t: ResidentTexts, facts: string) => MailText): Mail =>
  residentMail(v.to, v.language, (t) =>
    write(
      t,
      t.visitFacts({
        when: formatWhen(v.start, v.language),
        location: v.location,
        title: v.title,
        reference: v.reference,
      }),
    ),
  );

/** Double opt-in of a booking without an account: the slot waits 15 minutes for this link. */
export function confirmBookingMail(v: MailVisit, link: string): Mail {
  return visitMail(v, (t, facts) => t.confirmBooking(facts, link, v.reference));
}

/** Booked with an account: confirmed at once. */
export function bookedMail(v: MailVisit, link: string): Mail {
  return visitMail(v, (t, facts) => t.booked(facts, link, v.reference));
}

export function reminderMail(v: MailVisit, link: string): Mail {
  return visitMail(v, (t, facts) => t.reminder(facts, link, v.reference));
}

/** The office closed the period (illness, training): everyone affected learns it at once. */
export function cancelledByOfficeMail(v: MailVisit, reason: string, link: string): Mail {
  return visitMail(v, (t, facts) => t.cancelledByOffice(facts, reason, link, v.reference));
}
