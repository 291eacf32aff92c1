// What a rule that writes mail needs from the request's context: the database, the mailer, the
// logger and the app's own address for links. One adapter for every route file (rules never see
// Hono's Context).
import type { Context } from "hono";
import type { Logger } from "pino";
import type { Db } from "../db/database";
import type { Mailer } from "../mail/mailer";
import type { AppEnv } from "./env";

export type MailDeps = { db: Db; mailer: Mailer; logger: Logger; appOrigin: string };

export function mailDeps(c: Context<AppEnv>): MailDeps {
  const { db, mailer, logger, config } = c.var;
  return { db, mailer, logger, appOrigin: config.appOrigin };
}
