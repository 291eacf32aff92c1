// Platform (server/platform/): shared by several features, owned by none.
// What a rule that writes mail needs, the one shape for request handlers (server/http/mail-deps.ts
// builds it from Hono's context) and background jobs (server/index.ts): rules never see the Context.
import type { Logger } from "pino";
import type { Db } from "../db/database";
import type { Mailer } from "../mail/mailer";

export type MailDeps = { db: Db; mailer: Mailer; logger: Logger; appOrigin: string };
