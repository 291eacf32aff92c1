// Mails the app sent during the run, as the local SMTP server received them (global-setup.ts).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "@playwright/test";
import { E2E_PORT } from "./browser";

// Per port base: two runs side by side (E2E_PORT_BASE) must not read or wipe each other's mails.
export const MAIL_DIR = join(import.meta.dirname, `../../.tmp/mail-${E2E_PORT}`);

type ReceivedMail = { to: string; subject: string; text: string };

function isMail(value: unknown): value is ReceivedMail {
  return (
    typeof value === "object" &&
    value !== null &&
    "to" in value &&
    "subject" in value &&
    "text" in value &&
    typeof value.to === "string" &&
    typeof value.text === "string"
  );
}

function mailsTo(address: string): ReceivedMail[] {
  return readdirSync(MAIL_DIR)
    .sort()
    .map((name): unknown => JSON.parse(readFileSync(join(MAIL_DIR, name), "utf8")))
    .filter(isMail)
    .filter((mail) => mail.to.toLowerCase().includes(address.toLowerCase()));
}

/** The first link to this app in the newest mail to `address` whose subject matches. */
export async function linkFromMail(address: string, subject: RegExp): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      () => {
        const mail = mailsTo(address)
          .filter((m) => subject.test(m.subject))
          .at(-1);
        link = mail?.text.match(/https?:\/\/\S+/)?.[0];
        return link;
      },
      { timeout: 15_000, message: `a mail to ${address} with subject ${subject}` },
    )
    .toBeTruthy();
  return link ?? "";
}

/** The text of the newest mail to `address` whose subject matches (waits for it). */
export async function mailText(address: string, subject: RegExp): Promise<string> {
  let text: string | undefined;
  await expect
    .poll(
      () => {
        text = mailsTo(address)
          .filter((m) => subject.test(m.subject))
          .at(-1)?.text;
        return text;
      },
      { timeout: 15_000, message: `a mail to ${address} with subject ${subject}` },
    )
    .toBeTruthy();
  return text ?? "";
}
