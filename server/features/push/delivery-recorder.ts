// Writes a job's deliveries in batches: per message would cost a transaction each (20,000 for one
// warning); batches every N deliveries or T milliseconds keep the loss on a crash small.
import type { Db } from "../../db/database";
import { recordDeliveries, type DeliveryRecord } from "./store";

export type DeliveryRecorder = {
  add(record: DeliveryRecord): void;
  /** Writes what is left and stops the timer; rejects when any batch could not be written. */
  close(): Promise<void>;
};

export function createDeliveryRecorder(db: Db, jobId: string, every: number, ms: number): DeliveryRecorder {
  let buffer: DeliveryRecord[] = [];
  let writing: Promise<void> = Promise.resolve();
  let failure: unknown = null;

  const flush = () => {
    if (buffer.length === 0) return;
    const batch = buffer;
    buffer = [];
    // One write at a time, in order: the job's counters are sums of the batches.
    writing = writing.then(() =>
      recordDeliveries(db, jobId, batch).catch((error: unknown) => {
        failure ??= error;
      }),
    );
  };
  const timer = setInterval(flush, ms);
  timer.unref();

  return {
    add(record) {
      buffer.push(record);
      if (buffer.length >= every) flush();
    },
    async close() {
      clearInterval(timer);
      flush();
      await writing;
      if (failure) throw failure;
    },
  };
}
