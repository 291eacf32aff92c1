// The mails of appointment booking, in the language the resident booked in. Plain text, no
// tracking; the link carries the token in the fragment, so it never reaches a server log.
import type { Mail } from "../../mail/mailer";
import { SIGNATURE } from "../../mail/templates";

export type MailVisit = {
  to: string;
  language: string;
  reference: string;
  start: string;
  title: string;
  location: string;
};

const lang = (value: string) => (value === "en" ? "en" : "de");

export function formatWhen(start: string, language: string): string {
  const l = lang(language);
  return new Intl.DateTimeFormat(l === "de" ? "de-DE" : "en-GB", {
    timeZone: "Europe/Berlin",
    dateStyle: "full",
    timeStyle: "short",
  }).format(new Date(start));
}

const facts = (v: MailVisit) =>
  lang(v.language) === "de"
    ? `Termin: ${formatWhen(v.start, "de")} Uhr\nOrt: ${v.location}\nAnliegen: ${v.title}\nVorgangsnummer: ${v.reference}`
    : `When: ${formatWhen(v.start, "en")}\nWhere: ${v.location}\nFor: ${v.title}\nReference: ${v.reference}`;

/** Double opt-in of a booking without an account: the slot waits 15 minutes for this link. */
export function confirmBookingMail(v: MailVisit, link: string): Mail {
  return lang(v.language) === "de"
    ? {
        to: v.to,
        subject: `Bitte bestätigen Sie Ihren Termin (${v.reference})`,
        text: `Guten Tag,\n\nbitte bestätigen Sie Ihren Termin innerhalb von 15 Minuten über diesen Link. Sonst wird er wieder frei.\n\n${link}\n\n${facts(v)}\n\nÜber denselben Link können Sie den Termin später absagen oder verschieben.${SIGNATURE.de}`,
      }
    : {
        to: v.to,
        subject: `Please confirm your appointment (${v.reference})`,
        text: `Hello,\n\nplease confirm your appointment within 15 minutes with this link. Otherwise the time becomes free again.\n\n${link}\n\n${facts(v)}\n\nThe same link lets you cancel or move the appointment later.${SIGNATURE.en}`,
      };
}

/** Booked with an account: confirmed at once. */
export function bookedMail(v: MailVisit, link: string): Mail {
  return lang(v.language) === "de"
    ? {
        to: v.to,
        subject: `Ihr Termin ist gebucht (${v.reference})`,
        text: `Guten Tag,\n\nIhr Termin ist gebucht.\n\n${facts(v)}\n\nAbsagen oder verschieben:\n${link}${SIGNATURE.de}`,
      }
    : {
        to: v.to,
        subject: `Your appointment is booked (${v.reference})`,
        text: `Hello,\n\nyour appointment is booked.\n\n${facts(v)}\n\nCancel or move it:\n${link}${SIGNATURE.en}`,
      };
}

export function reminderMail(v: MailVisit, link: string): Mail {
  return lang(v.language) === "de"
    ? {
        to: v.to,
        subject: `Erinnerung: Ihr Termin morgen (${v.reference})`,
        text: `Guten Tag,\n\nwir erinnern Sie an Ihren Termin.\n\n${facts(v)}\n\nWas Sie mitbringen müssen, steht in der App unter „Meine Termine“:\n${link}\n\nSie können nicht kommen? Bitte sagen Sie den Termin über den Link in Ihrer Bestätigungs-E-Mail ab. Dann bekommt jemand anderes die Zeit.${SIGNATURE.de}`,
      }
    : {
        to: v.to,
        subject: `Reminder: your appointment tomorrow (${v.reference})`,
        text: `Hello,\n\nthis is a reminder of your appointment.\n\n${facts(v)}\n\nWhat to bring is in the app under "My appointments":\n${link}\n\nCannot come? Please cancel with the link in your confirmation email, so someone else gets the time.${SIGNATURE.en}`,
      };
}

/** The office closed the period (illness, training): everyone affected learns it at once. */
export function cancelledByOfficeMail(v: MailVisit, reason: string, link: string): Mail {
  return lang(v.language) === "de"
    ? {
        to: v.to,
        subject: `Ihr Termin wurde abgesagt (${v.reference})`,
        text: `Guten Tag,\n\nleider müssen wir Ihren Termin absagen. Grund: ${reason}\n\n${facts(v)}\n\nBitte buchen Sie einen neuen Termin:\n${link}\n\nWir bitten um Entschuldigung.${SIGNATURE.de}`,
      }
    : {
        to: v.to,
        subject: `Your appointment has been cancelled (${v.reference})`,
        text: `Hello,\n\nwe are sorry to cancel your appointment. Reason: ${reason}\n\n${facts(v)}\n\nPlease book a new appointment:\n${link}${SIGNATURE.en}`,
      };
}
