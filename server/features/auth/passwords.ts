// Passwords as argon2id (OWASP parameters: 19 MiB, 2 iterations, 1 lane; @node-rs/argon2 defaults).
import { availableParallelism } from "node:os";
import { hash, verify } from "@node-rs/argon2";
import { createWorkQueue } from "../../lib/work-queue";

/**
 * argon2 runs on libuv's thread pool (4 threads unless UV_THREADPOOL_SIZE says otherwise), which file
 * and DNS work share: leave one core for the event loop and one pool thread free. The line holds
 * well under a second of work (a hash takes 20 to 50 ms); past it a 503 beats a request that hangs.
 */
export const ARGON2_BOUND = (() => {
  const running = Math.max(1, Math.min(availableParallelism() - 1, 3));
  return { running, waiting: 8 * running };
})();

const argon2 = createWorkQueue({ ...ARGON2_BOUND, retryAfterSeconds: 1 });

export const hashPassword = (password: string) => argon2.run(() => hash(password));

// Checked when the email is unknown, so that the answer takes as long as for a known one.
let dummy: Promise<string> | undefined;

export function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  return argon2.run(async () => {
    if (!stored) {
      await verify(await (dummy ??= hash("no account has this password")), password);
      return false;
    }
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  });
}
