// The mails the account sends, in the account's language. Plain text: readable in every client,
// and no tracking pixels or remote content.
import type { Mail } from "./mailer";

type Language = "de" | "en";
const lang = (value: string): Language => (value === "en" ? "en" : "de");

export const SIGNATURE = {
  de: "\n\n-- \nDelmenhorst App – Stadt Delmenhorst\nSie haben diese E-Mail nicht angefordert? Dann können Sie sie ignorieren.",
  en: "\n\n-- \nDelmenhorst App – City of Delmenhorst\nDid not ask for this email? Then you can ignore it.",
};

export function verifyEmailMail(to: string, language: string, link: string): Mail {
  const l = lang(language);
  return l === "de"
    ? {
        to,
        subject: "Bitte bestätigen Sie Ihre E-Mail-Adresse",
        text: `Guten Tag,\n\nbitte bestätigen Sie Ihre E-Mail-Adresse für Ihr Bürgerkonto:\n\n${link}\n\nDer Link gilt 48 Stunden und nur einmal.${SIGNATURE.de}`,
      }
    : {
        to,
        subject: "Please confirm your email address",
        text: `Hello,\n\nplease confirm your email address for your citizen account:\n\n${link}\n\nThe link works once and for 48 hours.${SIGNATURE.en}`,
      };
}

export function resetPasswordMail(to: string, language: string, link: string): Mail {
  const l = lang(language);
  return l === "de"
    ? {
        to,
        subject: "Neues Passwort für Ihr Bürgerkonto",
        text: `Guten Tag,\n\nüber diesen Link legen Sie ein neues Passwort fest:\n\n${link}\n\nDer Link gilt eine Stunde und nur einmal. Danach sind Sie auf allen Geräten abgemeldet.${SIGNATURE.de}`,
      }
    : {
        to,
        subject: "New password for your citizen account",
        text: `Hello,\n\nuse this link to set a new password:\n\n${link}\n\nThe link works once and for one hour. Afterwards you are signed out on every device.${SIGNATURE.en}`,
      };
}

export function staffInvitationMail(to: string, link: string): Mail {
  return {
    to,
    subject: "Ihr Zugang zur Verwaltungskonsole der Delmenhorst App",
    text: `Guten Tag,\n\nfür Sie wurde ein Zugang zur Verwaltungskonsole angelegt. Legen Sie über diesen Link Ihr Passwort fest:\n\n${link}\n\nDer Link gilt 72 Stunden und nur einmal.${SIGNATURE.de}`,
  };
}

/** Says only that something arrived: the content stays behind the sign-in. */
export function newPostboxMessageMail(to: string, language: string, link: string): Mail {
  const l = lang(language);
  return l === "de"
    ? {
        to,
        subject: "Neue Nachricht in Ihrem Postfach",
        text: `Guten Tag,\n\nin Ihrem Bürgerkonto liegt eine neue Nachricht der Stadt Delmenhorst:\n\n${link}${SIGNATURE.de}`,
      }
    : {
        to,
        subject: "New message in your postbox",
        text: `Hello,\n\nthere is a new message from the City of Delmenhorst in your citizen account:\n\n${link}${SIGNATURE.en}`,
      };
}
