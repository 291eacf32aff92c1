import type { IncomingMessage } from "node:http";
import type { Logger } from "pino";
import type { TrustLevel } from "../../src/lib/contract/account-constants";
import type { Config } from "../config";
import type { Db } from "../db/database";
import type { Mailer } from "../mail/mailer";

export type SignedInAccount = {
  id: string;
  email: string;
  role: "citizen" | "staff" | "admin";
  department: string | null;
  givenName: string;
  familyName: string;
  trustLevel: TrustLevel;
};

/** What every handler finds in `c.var`. `db` is a transaction inside idempotent routes. */
export type AppEnv = {
  /** Set by @hono/node-server; absent under app.request() in tests. */
  Bindings: { incoming?: IncomingMessage } | undefined;
  Variables: {
    db: Db;
    config: Config;
    logger: Logger;
    mailer: Mailer;
    clientIp: string;
    /** The signed-in account (server/http/session.ts), or null. */
    account: SignedInAccount | null;
    accountId: string | null;
    /** SHA-256 of the session token of this request, when signed in. */
    sessionHash: string | null;
  };
};
