// Worker side of crypto-pool.ts: encrypts a batch of push messages and answers with one
// ArrayBuffer holding all bodies (transferred, not copied).
import { parentPort } from "node:worker_threads";
import { encryptPushMessage } from "./encrypt";
import type { CryptoBatch, CryptoBatchResult } from "./crypto-pool";

parentPort?.on("message", (batch: CryptoBatch) => {
  const bodies: (Buffer | null)[] = [];
  const errors: (string | null)[] = [];
  for (const item of batch.items) {
    try {
      const plaintext = batch.plaintexts[item.plaintext];
      if (!plaintext) throw new Error("plaintext index out of range");
      bodies.push(encryptPushMessage({ plaintext, p256dh: item.p256dh, auth: item.auth }));
      errors.push(null);
    } catch (error) {
      bodies.push(null);
      errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  // A fresh ArrayBuffer: Buffers from node's pool share theirs and must not be transferred.
  const total = bodies.reduce((sum, body) => sum + (body?.length ?? 0), 0);
  const out = new Uint8Array(total);
  const lengths: number[] = [];
  let offset = 0;
  for (const body of bodies) {
    lengths.push(body?.length ?? 0);
    if (body) out.set(body, offset);
    offset += body?.length ?? 0;
  }
  const result: CryptoBatchResult = { id: batch.id, buffer: out.buffer, lengths, errors };
  parentPort?.postMessage(result, [out.buffer]);
});
