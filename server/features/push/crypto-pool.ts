// Runs the message encryption (ECDH per message, the costly part of a fan-out) on worker threads,
// in batches, so the main thread keeps the HTTP connections busy. Without workers it runs inline.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { encryptPushMessage, type EncryptInput } from "./encrypt";

export type PushCrypto = {
  encrypt(input: EncryptInput): Promise<Buffer>;
  close(): Promise<void>;
};

/** Sent to a worker: plaintexts once per batch (most messages of a job share a few). */
export type CryptoBatch = {
  id: number;
  plaintexts: Uint8Array[];
  items: { plaintext: number; p256dh: string; auth: string }[];
};
export type CryptoBatchResult = {
  id: number;
  buffer: ArrayBuffer;
  lengths: number[];
  errors: (string | null)[];
};

export function inlineCrypto(): PushCrypto {
  return {
    encrypt: async (input) => encryptPushMessage(input),
    close: async () => {},
  };
}

type Pending = { input: EncryptInput; resolve: (body: Buffer) => void; reject: (error: Error) => void };
type Slot = { worker: Worker; inFlight: Map<number, Pending[]> };

// The worker is TypeScript: register tsx inside it (Node 20 does not pass --import hooks to workers).
const WORKER_URL = new URL("./crypto-worker.ts", import.meta.url).href;
const BOOTSTRAP = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL)}); });`;

export type CryptoPoolOptions = { workers?: number; batchSize?: number };

export function createCryptoPool(options: CryptoPoolOptions = {}): PushCrypto {
  const size = Math.max(1, options.workers ?? availableParallelism());
  const batchSize = options.batchSize ?? 256;
  let queue: Pending[] = [];
  let scheduled = false;
  let nextId = 1;
  let closed = false;

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(BOOTSTRAP, { eval: true }), inFlight: new Map() };
    slot.worker.unref();
    slot.worker.on("message", (result: CryptoBatchResult) => settle(slot, result));
    slot.worker.on("error", (error) => fail(slot, error));
    slot.worker.on("exit", () => fail(slot, new Error("crypto worker exited")));
    return slot;
  };
  const slots = Array.from({ length: size }, spawn);

  const settle = (slot: Slot, result: CryptoBatchResult) => {
    const pending = slot.inFlight.get(result.id);
    if (!pending) return;
    slot.inFlight.delete(result.id);
    let offset = 0;
    pending.forEach((p, i) => {
      const length = result.lengths[i] ?? 0;
      const error = result.errors[i];
      if (error) p.reject(new Error(error));
      else p.resolve(Buffer.from(result.buffer, offset, length));
      offset += length;
    });
  };
  const fail = (slot: Slot, error: Error) => {
    for (const pending of slot.inFlight.values()) for (const p of pending) p.reject(error);
    slot.inFlight.clear();
    const index = slots.indexOf(slot);
    if (index >= 0 && !closed) slots[index] = spawn();
  };

  const dispatch = () => {
    scheduled = false;
    // Shared out over the workers (a job's first 256 messages would otherwise wait on one), in
    // batches of at least 16 so that messaging stays cheap next to the encryption.
    const chunkSize = Math.min(batchSize, Math.max(16, Math.ceil(queue.length / slots.length)));
    while (queue.length > 0) {
      const chunk = queue.slice(0, chunkSize);
      queue = queue.slice(chunkSize);
      // The least busy worker takes the batch.
      const slot = slots.reduce((a, b) => (b.inFlight.size < a.inFlight.size ? b : a));
      const plaintexts: Uint8Array[] = [];
      const index = new Map<Uint8Array, number>();
      const items = chunk.map(({ input }) => {
        let i = index.get(input.plaintext);
        if (i === undefined) {
          i = plaintexts.push(input.plaintext) - 1;
          index.set(input.plaintext, i);
        }
        return { plaintext: i, p256dh: input.p256dh, auth: input.auth };
      });
      const batch: CryptoBatch = { id: nextId++, plaintexts, items };
      slot.inFlight.set(batch.id, chunk);
      slot.worker.postMessage(batch);
    }
  };

  return {
    encrypt(input) {
      if (closed) return Promise.reject(new Error("crypto pool closed"));
      return new Promise<Buffer>((resolve, reject) => {
        queue.push({ input, resolve, reject });
        if (queue.length >= batchSize) dispatch();
        else if (!scheduled) {
          scheduled = true;
          setImmediate(dispatch);
        }
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
