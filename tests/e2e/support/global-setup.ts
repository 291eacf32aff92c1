// Starts the local SMTP server for the whole run; every mail lands as a JSON file in MAIL_DIR.
import { mkdirSync, rmSync } from "node:fs";
import { startSmtpServer } from "../../../server/testing/smtp";
import { E2E_SMTP_PORT } from "./browser";
import { MAIL_DIR } from "./mail";

export default async function globalSetup() {
  rmSync(MAIL_DIR, { recursive: true, force: true });
  mkdirSync(MAIL_DIR, { recursive: true });
  const smtp = await startSmtpServer({ port: E2E_SMTP_PORT, dir: MAIL_DIR });
  return () => smtp.close();
}
