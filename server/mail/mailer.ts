// Outgoing mail: SMTP when SMTP_URL is set; otherwise the mail is printed to the console, which the
// server announces at start (development only: links printed there sign people in).
import nodemailer from "nodemailer";
import type { Logger } from "pino";
import type { UiLanguage } from "../../src/lib/contract/languages";
import { requestLanguage } from "../texts/resident-texts";

export type Mail = { to: string; subject: string; text: string };

/**
 * The language of a request without an account (the app sends its chosen language first in
 * Accept-Language): any of the ten, German when none matches.
 */
export function mailLanguage(acceptLanguage: string | undefined): UiLanguage {
  return requestLanguage(acceptLanguage);
}

/**
 * Sends a mail whose failure must not undo what was stored (a booking, a request): it is logged,
 * by `what` only (no address, no text), and the app shows everything the mail would.
 */
export async function sendMailQuietly(
  deps: { mailer: Mailer; logger: Pick<Logger, "error"> },
  mail: Mail,
  what: string,
): Promise<void> {
  try {
    await deps.mailer.send(mail);
  } catch (error) {
    deps.logger.error({ err: error }, `${what} not sent`);
  }
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  /** "smtp" or "log", for the start message. */
  readonly kind: "smtp" | "log";
}

const RULE = "─".repeat(72);

/** A mail as a developer reads it in the terminal: headers, then the text with its real line breaks. */
export function printableMail(mail: Mail): string {
  return [
    "",
    RULE,
    "Mail not sent (SMTP_URL is not set):",
    `To:      ${mail.to}`,
    `Subject: ${mail.subject}`,
    "",
    mail.text,
    RULE,
    "",
    "",
  ].join("\n");
}

export function createMailer(options: {
  smtpUrl: string | undefined;
  from: string;
  logger: Logger;
  /** Where the log mailer prints; stdout unless a test listens. */
  print?: (text: string) => void;
}): Mailer {
  const { smtpUrl, from, logger } = options;
  if (!smtpUrl) {
    // Development only (the server warns at start): a JSON log line would escape the text's line breaks
    // and bury the link, so the mail goes to stdout as a block, and the log keeps only who got what.
    const print = options.print ?? ((text: string) => void process.stdout.write(text));
    return {
      kind: "log",
      async send(mail) {
        print(printableMail(mail));
        logger.info({ to: mail.to, subject: mail.subject }, "mail printed to stdout (SMTP_URL unset)");
      },
    };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    kind: "smtp",
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
