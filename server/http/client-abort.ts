// A client that closes the connection before its request body has arrived (a closed tab, a lost
// mobile connection) makes reading the body fail with ECONNRESET "aborted" or an AbortError,
// depending on who reads it. That is not a server error, so it is told apart by the connection's
// state, not by the error's shape.
import type { Context } from "hono";
import type { AppEnv } from "./env";

/** nginx's "client closed request": only for our log, the client is gone. */
export const CLIENT_CLOSED_REQUEST = 499;

export function clientAborted(c: Context<AppEnv>): boolean {
  const incoming = c.env?.incoming;
  // app.request() in tests has no socket.
  if (!incoming) return false;
  return !incoming.complete && (incoming.readableAborted || incoming.destroyed);
}
