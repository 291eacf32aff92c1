// The bound on expensive work: a few tasks at once, a short line, and a clear "come back" beyond it.
import { describe, expect, it } from "vitest";
import { createWorkQueue } from "./work-queue";

/** A task that runs until the test lets it finish. */
function gate() {
  let open: () => void = () => {};
  let fail: (error: Error) => void = () => {};
  const done = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  let started = false;
  return {
    task: async () => {
      started = true;
      await done;
      return "done";
    },
    open,
    fail,
    get started() {
      return started;
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("createWorkQueue", () => {
  it("runs at most `running` tasks at once and starts the next one as soon as a slot frees", async () => {
    const queue = createWorkQueue({ running: 2, waiting: 5, retryAfterSeconds: 1 });
    const gates = [gate(), gate(), gate()];
    const results = gates.map((g) => queue.run(g.task));
    await settle();
    expect(gates.map((g) => g.started)).toEqual([true, true, false]);
    expect(queue.load()).toEqual({ running: 2, waiting: 1 });

    gates[0]?.open();
    await settle();
    expect(gates[2]?.started).toBe(true);
    expect(queue.load()).toEqual({ running: 2, waiting: 0 });

    gates[1]?.open();
    gates[2]?.open();
    expect(await Promise.all(results)).toEqual(["done", "done", "done"]);
    expect(queue.load()).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses work beyond the line with 503 server_busy and Retry-After, without running it", async () => {
    const queue = createWorkQueue({ running: 1, waiting: 1, retryAfterSeconds: 2 });
    const first = gate();
    const second = gate();
    const third = gate();
    const running = queue.run(first.task);
    const waiting = queue.run(second.task);

    await expect(queue.run(third.task)).rejects.toMatchObject({
      status: 503,
      code: "server_busy",
      headers: { "Retry-After": "2" },
    });
    expect(third.started).toBe(false);

    first.open();
    second.open();
    await Promise.all([running, waiting]);
  });

  it("frees the slot of a task that fails", async () => {
    const queue = createWorkQueue({ running: 1, waiting: 1, retryAfterSeconds: 1 });
    const failing = gate();
    const next = gate();
    const failed = queue.run(failing.task);
    const after = queue.run(next.task);

    failing.fail(new Error("argon2 broke"));
    await expect(failed).rejects.toThrow("argon2 broke");
    await settle();
    expect(next.started).toBe(true);
    next.open();
    await expect(after).resolves.toBe("done");
    expect(queue.load()).toEqual({ running: 0, waiting: 0 });
  });
});
