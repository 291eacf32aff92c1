// A bound on expensive work in flight (argon2): a few tasks at once and a short line. Beyond the line
// the caller is told to come back (503 + Retry-After) instead of slowing every other request down.
import { ProblemError } from "../http/problem";

export type WorkQueueOptions = {
  /** Tasks that run at the same time. */
  running: number;
  /** Tasks that may wait for a slot; one more is refused. */
  waiting: number;
  /** What the 503 answer tells the client to wait. */
  retryAfterSeconds: number;
};

export function createWorkQueue(options: WorkQueueOptions) {
  let running = 0;
  const line: Array<() => void> = [];

  // A finished task hands its slot straight to the next in line, so no newcomer can jump the queue.
  const release = () => {
    const next = line.shift();
    if (next) next();
    else running--;
  };

  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (running < options.running) {
        running++;
      } else {
        if (line.length >= options.waiting) {
          throw new ProblemError(503, "server_busy", undefined, undefined, {
            "Retry-After": String(options.retryAfterSeconds),
          });
        }
        await new Promise<void>((resolve) => line.push(resolve));
      }
      try {
        return await task();
      } finally {
        release();
      }
    },
    load: () => ({ running, waiting: line.length }),
  };
}
