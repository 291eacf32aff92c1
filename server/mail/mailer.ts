// Outgoing mail: SMTP when SMTP_URL is set; otherwise the mail is written to the log, which the
// server announces at start (development only: links in the log sign people in).
import nodemailer from "nodemailer";
import type { Logger } from "pino";

export type Mail = { to: string; subject: string; text: string };

export interface Mailer {
  send(mail: Mail): Promise<void>;
  /** "smtp" or "log", for the start message. */
  readonly kind: "smtp" | "log";
}

export function createMailer(options: { smtpUrl: string | undefined; from: string; logger: Logger }): Mailer {
  const { smtpUrl, from, logger } = options;
  if (!smtpUrl) {
    return {
      kind: "log",
      async send(mail) {
        logger.info({ mail }, "mail not sent (SMTP_URL unset); its content");
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
