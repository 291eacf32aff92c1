// A real SMTP server on 127.0.0.1 for tests: the app's mailer talks SMTP to it, and the tests read
// the mails as a mail client would show them (parsed, so transfer encodings are undone).
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { type AddressObject, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = {
  /** Recipient addresses from the To header, comma-separated. */
  to: string;
  from: string;
  subject: string;
  text: string;
  receivedAt: string;
};

export type SmtpServerOptions = {
  /**
   * Also write every mail as `<time>-<n>.json` into this folder (created if missing), for tests in
   * another process: the Playwright specs start the server in global setup and read the files.
   */
  dir?: string;
  /** Fixed port (the e2e server's SMTP_URL names it before the run); default: any free port. */
  port?: number;
};

export type TestSmtpServer = {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  /** Every mail received, oldest first. */
  mails: ReceivedMail[];
  /** The first mail (received already or yet to come) that matches; rejects after timeoutMs. */
  waitForMail: (predicate?: (mail: ReceivedMail) => boolean, timeoutMs?: number) => Promise<ReceivedMail>;
  close: () => Promise<void>;
};

const addresses = (to: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(to) ? to : to ? [to] : [])
    .flatMap((group) => group.value.map((a) => a.address ?? ""))
    .filter(Boolean)
    .join(", ");

export async function startSmtpServer(options: SmtpServerOptions = {}): Promise<TestSmtpServer> {
  const mails: ReceivedMail[] = [];
  const waiters = new Set<(mail: ReceivedMail) => void>();
  if (options.dir) mkdirSync(options.dir, { recursive: true });

  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: nodemailer upgrades to TLS whenever the server offers it.
    disabledCommands: ["STARTTLS"],
    logger: false,
    // A client that does not quit must not hold up the end of a test run.
    closeTimeout: 1000,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail: ReceivedMail = {
            to: addresses(parsed.to),
            from: parsed.from?.value[0]?.address ?? "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            receivedAt: new Date().toISOString(),
          };
          mails.push(mail);
          if (options.dir) {
            // Written under another name first: a reader polling the folder never sees half a file.
            const name = `${Date.now()}-${String(mails.length).padStart(4, "0")}`;
            const temporary = join(options.dir, `${name}.tmp`);
            writeFileSync(temporary, JSON.stringify(mail, null, 2));
            renameSync(temporary, join(options.dir, `${name}.json`));
          }
          for (const waiter of waiters) waiter(mail);
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;

  const waitForMail = (predicate: (mail: ReceivedMail) => boolean = () => true, timeoutMs = 5000) => {
    const found = mails.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise<ReceivedMail>((resolve, reject) => {
      const waiter = (mail: ReceivedMail) => {
        if (!predicate(mail)) return;
        clearTimeout(timer);
        waiters.delete(waiter);
        resolve(mail);
      };
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        const seen = mails.map((m) => `"${m.subject}" to ${m.to}`).join("; ") || "none";
        reject(new Error(`No matching mail within ${timeoutMs} ms (received: ${seen})`));
      }, timeoutMs);
      waiters.add(waiter);
    });
  };

  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    waitForMail,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
