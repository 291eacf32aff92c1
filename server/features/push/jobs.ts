// Push jobs: one per event (a warning's new state, a postbox message). Written in the caller's
// transaction, so the event and its job commit together; the engine (engine.ts) picks them up.
import { EventEmitter } from "node:events";
import type { PushPayload, Warning } from "../../../src/lib/contract/warnings";
import type { Db } from "../../db/database";
import { insertJob, jobExists } from "./job-store";

/** Wakes the engine in this process at once instead of at its next poll. */
export const pushJobSignal = new EventEmitter();

/** Enqueues a job unless one exists for this ref (the same state of a warning seen twice). */
export async function enqueuePushJob(db: Db, ref: string, payload: PushPayload): Promise<boolean> {
  if (await jobExists(db, ref)) return false;
  await insertJob(db, { topic: payload.topic, ref, payload: JSON.stringify(payload) });
  // After commit would be exact; a wake-up too early only means one empty look at the table.
  setImmediate(() => pushJobSignal.emit("job"));
  return true;
}

/** A warning's new state goes to the subscribers of its regions (filtering happens in the engine). */
export function enqueueWarningPush(db: Db, warning: Warning): Promise<boolean> {
  return enqueuePushJob(db, `warning:${warning.id}:${warning.hash}`, { topic: "warnings", warning });
}
