import type { IncomingMessage } from "node:http";
import type { Logger } from "pino";
import type { Config } from "../config";
import type { Db } from "../db/database";

/** What every handler finds in `c.var`. `db` is a transaction inside idempotent routes. */
export type AppEnv = {
  /** Set by @hono/node-server; absent under app.request() in tests. */
  Bindings: { incoming?: IncomingMessage } | undefined;
  Variables: {
    db: Db;
    config: Config;
    logger: Logger;
    clientIp: string;
    /** The signed-in account; null until the account feature lands. */
    accountId: string | null;
  };
};
