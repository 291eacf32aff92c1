// One adapter for every route file from the request's context to the rules' MailDeps.
import type { Context } from "hono";
import type { MailDeps } from "../platform/deps";
import type { AppEnv } from "./env";

export function mailDeps(c: Context<AppEnv>): MailDeps {
  const { db, mailer, logger, config } = c.var;
  return { db, mailer, logger, appOrigin: config.appOrigin };
}
