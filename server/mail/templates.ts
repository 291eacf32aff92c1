// The mails the account sends, in the account's language (server/texts: all ten). Plain text:
// readable in every client, and no tracking pixels or remote content.
import type { Mail } from "./mailer";
import { type MailText, type ResidentTexts, residentTexts } from "../texts/resident-texts";

/** The German and English signatures, for the chat's mails that are written in those two only. */
export const SIGNATURE = { de: residentTexts("de").signature, en: residentTexts("en").signature };

/** A resident's mail in their language, signed in the same language. */
export function residentMail(to: string, language: string, write: (texts: ResidentTexts) => MailText): Mail {
  const texts = residentTexts(language);
  const { subject, text } = write(texts);
  return { to, subject, text: `${text}${texts.signature}` };
}

export function verifyEmailMail(to: string, language: string, link: string): Mail {
  return residentMail(to, language, (t) => t.verifyEmail(link));
}

export function resetPasswordMail(to: string, language: string, link: string): Mail {
  return residentMail(to, language, (t) => t.resetPassword(link));
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
  return residentMail(to, language, (t) => t.newPostboxMessage(link));
}
