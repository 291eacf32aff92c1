// The mails reach the resident intact: over SMTP with the link unbroken, or, in development
// without SMTP_URL, in the log where the developer finds the link.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startSmtpServer, type TestSmtpServer } from "../testing/smtp";
import { createMailer, mailLanguage, sendMailQuietly } from "./mailer";
import { resetPasswordMail, verifyEmailMail } from "./templates";

const silent = pino({ level: "silent" });
const FROM = "Delmenhorst App <noreply@delmenhorst.example>";
// Longer than a quoted-printable line (76 characters): the encoding has to wrap it, the parsed text must not.
const LINK =
  "https://buergerkonto.stadt-delmenhorst.example/konto/bestaetigen?token=Zm9vYmFyLWJhei1xdXV4_-0123456789abcdefABCDEF";

describe("mailer over SMTP", () => {
  let smtp: TestSmtpServer;
  let dir: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "delmenhorst-mails-"));
    smtp = await startSmtpServer({ dir });
  });

  afterEach(async () => {
    await smtp.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("delivers the confirmation mail with the link exactly as the app made it", async () => {
    const mailer = createMailer({ smtpUrl: smtp.url, from: FROM, logger: silent });
    expect(mailer.kind).toBe("smtp");

    await mailer.send(verifyEmailMail("erika@example.org", "de", LINK));

    const mail = await smtp.waitForMail((m) => m.to === "erika@example.org");
    expect(mail.from).toBe("noreply@delmenhorst.example");
    expect(mail.subject).toBe("Bitte bestätigen Sie Ihre E-Mail-Adresse");
    expect(mail.text.split("\n")).toContain(LINK);
    expect(mail.text).toContain("Der Link gilt 48 Stunden und nur einmal.");
    expect(mail.text).toContain("Delmenhorst App – Stadt Delmenhorst");
  });

  it("writes every mail into the folder for tests in another process", async () => {
    const mailer = createMailer({ smtpUrl: smtp.url, from: FROM, logger: silent });
    await mailer.send(verifyEmailMail("erika@example.org", "de", LINK));
    await mailer.send(
      resetPasswordMail("max@example.org", "en", LINK.replace("bestaetigen", "passwort-neu")),
    );
    await smtp.waitForMail((m) => m.to === "max@example.org");

    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    expect(files.every((f) => f.endsWith(".json"))).toBe(true);
    const written = files.map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as unknown);
    expect(written).toEqual(smtp.mails);
    expect(written[1]).toMatchObject({
      to: "max@example.org",
      subject: "New password for your citizen account",
    });
  });

  it("waits for a mail that is still on its way, and gives up naming what did arrive", async () => {
    const mailer = createMailer({ smtpUrl: smtp.url, from: FROM, logger: silent });
    const waiting = smtp.waitForMail((m) => m.to === "later@example.org");
    await mailer.send(verifyEmailMail("later@example.org", "en", LINK));
    expect((await waiting).subject).toBe("Please confirm your email address");

    await expect(smtp.waitForMail((m) => m.to === "nobody@example.org", 200)).rejects.toThrow(
      /Please confirm your email address/,
    );
  });

  it("reports a mail server that cannot be reached, so that the caller can tell the user", async () => {
    const url = smtp.url;
    await smtp.close();
    const mailer = createMailer({ smtpUrl: url, from: FROM, logger: silent });

    await expect(mailer.send(verifyEmailMail("erika@example.org", "de", LINK))).rejects.toThrow();
    smtp = await startSmtpServer();
  });
});

describe("mailer without SMTP_URL", () => {
  const collect = () => {
    const chunks: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString("utf8"));
        done();
      },
    });
    return { chunks, destination };
  };

  it("prints the whole mail as a readable block, the link alone on its line", async () => {
    const log = collect();
    const printed: string[] = [];
    const mailer = createMailer({
      smtpUrl: undefined,
      from: FROM,
      logger: pino({ level: "info" }, log.destination),
      print: (text) => printed.push(text),
    });
    expect(mailer.kind).toBe("log");

    await mailer.send(verifyEmailMail("erika@example.org", "en", LINK));

    const block = printed.join("");
    const lines = block.split("\n");
    expect(lines).toContain("To:      erika@example.org");
    expect(lines).toContain("Subject: Please confirm your email address");
    expect(lines).toContain(LINK);
    expect(lines).toContain("The link works once and for 48 hours.");
    // Real line breaks, not the JSON escapes a log line would carry.
    expect(block).not.toContain("\\n");
    // The log keeps a short line saying a mail was printed, without its content (the link signs in).
    expect(log.chunks).toHaveLength(1);
    const entry = JSON.parse(log.chunks[0] ?? "") as Record<string, unknown>;
    expect(entry).toMatchObject({ to: "erika@example.org", subject: "Please confirm your email address" });
    expect(log.chunks[0]).not.toContain(LINK);
  });
});

describe("mails to people without an account", () => {
  it("are in English only when the browser ranks English before German", () => {
    expect(mailLanguage("en-GB,en;q=0.9,de;q=0.5")).toBe("en");
    expect(mailLanguage("fr-FR,de;q=0.8,en;q=0.5")).toBe("de");
    expect(mailLanguage(undefined)).toBe("de");
  });

  it("that fail are logged by what they are, without address or text, and do not throw", async () => {
    const logged: unknown[][] = [];
    const mailer = { kind: "smtp" as const, send: () => Promise.reject(new Error("smtp down")) };
    const logger = { error: (...args: unknown[]) => void logged.push(args) };
    await sendMailQuietly({ mailer, logger }, { to: "a@b.example", subject: "S", text: "T" }, "receipt");
    expect(logged).toHaveLength(1);
    expect(logged[0]?.[1]).toBe("receipt not sent");
    expect(JSON.stringify(logged)).not.toContain("a@b.example");
  });
});
