// Writes made on the device wait here until the server has them. Each entry carries its own id as
// Idempotency-Key, so a lost answer or a second delivery never applies it twice
// (server/http/idempotency.ts). Used by the page and by the service worker's Background Sync.
import type { AppDatabase, OutboxEntry } from "./db";
import { PROOF_OF_WORK_HEADER } from "./contract/proof-of-work";
import { ApiError, type Fetch, NetworkError, send } from "./http";
import { solveProofOfWork } from "./proof-of-work";

export type NewOutboxEntry = Pick<
  OutboxEntry,
  "kind" | "ref" | "method" | "url" | "body" | "encoding" | "proofOfWork" | "language"
> & {
  id?: string;
};

export async function enqueue(db: AppDatabase, entry: NewOutboxEntry): Promise<OutboxEntry> {
  const stored: OutboxEntry = {
    id: entry.id ?? crypto.randomUUID(),
    kind: entry.kind,
    ref: entry.ref,
    method: entry.method,
    url: entry.url,
    body: entry.body,
    encoding: entry.encoding ?? "json",
    ...(entry.proofOfWork ? { proofOfWork: entry.proofOfWork } : {}),
    ...(entry.language ? { language: entry.language } : {}),
    status: "pending",
    attempts: 0,
    error: null,
    createdAt: new Date().toISOString(),
  };
  await db.outbox.add(stored);
  return stored;
}

export type FlushResult = { sent: number; failed: number; remaining: number };

type LockManagerLike = {
  request<T>(
    name: string,
    options: { ifAvailable: boolean },
    task: (lock: unknown) => Promise<T>,
  ): Promise<T>;
};

/**
 * Sends pending entries in the order they were made. Stops at the first network failure or
 * server-side trouble (they stay pending, in order); an entry the server refuses is marked failed
 * so the user can retry or drop it. Only one flush runs per origin (Web Locks), so the page and
 * the service worker never send the same entry at the same time.
 */
export async function flushOutbox(db: AppDatabase, fetchImpl: Fetch): Promise<FlushResult> {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  const run = () => sendPending(db, fetchImpl);
  if (!locks) return run();
  const result = await locks.request("delmenhorst-outbox", { ifAvailable: true }, (lock) =>
    lock ? run() : Promise.resolve(null),
  );
  return (
    result ?? { sent: 0, failed: 0, remaining: await db.outbox.where("status").equals("pending").count() }
  );
}

async function sendPending(db: AppDatabase, fetchImpl: Fetch): Promise<FlushResult> {
  const result: FlushResult = { sent: 0, failed: 0, remaining: 0 };
  const pending = await db.outbox.where("status").equals("pending").sortBy("seq");
  for (const [index, entry] of pending.entries()) {
    try {
      if (entry.encoding === "resumable") await sendInParts(fetchImpl, entry);
      else await send(fetchImpl, entry.url, await requestOf(fetchImpl, entry));
      await db.outbox.delete(entry.seq!);
      result.sent++;
    } catch (error) {
      if (error instanceof NetworkError || (error instanceof ApiError && error.retryable)) {
        await db.outbox.update(entry.seq!, { attempts: entry.attempts + 1 });
        result.remaining = pending.length - index;
        return result;
      }
      const code = error instanceof ApiError ? error.code : "internal_error";
      await db.outbox.update(entry.seq!, { status: "failed", attempts: entry.attempts + 1, error: code });
      result.failed++;
    }
  }
  return result;
}

/** A file on a slow phone connection takes minutes (10 MB at 400 kbit/s: over three). */
const UPLOAD_TIMEOUT_MS = 10 * 60_000;

async function requestOf(fetchImpl: Fetch, entry: OutboxEntry): Promise<RequestInit> {
  if (entry.encoding !== "multipart") {
    const headers: Record<string, string> = {
      "Content-Type": "application/json",
      "Idempotency-Key": entry.id,
    };
    if (entry.language) headers["Accept-Language"] = entry.language;
    // Solved for this attempt and sent beside the body: the body must stay the same for its key.
    if (entry.proofOfWork) {
      headers[PROOF_OF_WORK_HEADER] = await solveProofOfWork(fetchImpl, entry.proofOfWork);
    }
    return { method: entry.method, headers, body: JSON.stringify(entry.body) };
  }
  // The browser sets the multipart Content-Type with its boundary. An upload is idempotent by its
  // own id in the URL, so a repeated one is recognised without Idempotency-Key.
  const form = new FormData();
  for (const [name, value] of Object.entries(entry.body as Record<string, string | Blob>)) {
    if (value instanceof File) form.append(name, value, value.name);
    else form.append(name, value);
  }
  return { method: entry.method, body: form, signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS) };
}

/** Half a megabyte: on slow 3G (about 400 kbit/s up) ten seconds, so a break loses little. */
export const PART_BYTES = 512 * 1024;
const PART_TIMEOUT_MS = 2 * 60_000;

/**
 * A file in parts (server/features/applications/resumable.ts): ask how far the server got, then
 * send the rest part by part. A break leaves the entry pending; the next flush goes on from there.
 */
async function sendInParts(fetchImpl: Fetch, entry: OutboxEntry): Promise<void> {
  // The name travels beside the file: a File read back from IndexedDB may come as a plain Blob.
  const { file, name } = entry.body as { file: Blob; name: string };
  const ask = async () => {
    const response = await send(fetchImpl, entry.url, { headers: { Accept: "application/json" } });
    const state = (await response.json()) as { offset: number; file: unknown };
    return state.file ? file.size : state.offset;
  };
  let offset = await ask();
  let realigned = false;
  while (offset < file.size) {
    const end = Math.min(offset + PART_BYTES, file.size);
    try {
      await send(fetchImpl, entry.url, {
        method: "PATCH",
        headers: {
          "Content-Type": "application/offset+octet-stream",
          "Upload-Offset": String(offset),
          "Upload-Length": String(file.size),
          "Upload-Name": encodeURIComponent(name),
        },
        body: file.slice(offset, end),
        signal: AbortSignal.timeout(PART_TIMEOUT_MS),
      });
      offset = end;
    } catch (error) {
      // The server is elsewhere (a part arrived whose answer was lost): ask once and go on from there.
      if (!(error instanceof ApiError && error.status === 409) || realigned) throw error;
      realigned = true;
      offset = await ask();
    }
  }
}

/** "Erneut versuchen": the entry goes back into the queue with the same id. */
export async function retryEntry(db: AppDatabase, id: string): Promise<void> {
  await db.outbox.where("id").equals(id).modify({ status: "pending", error: null });
}

export async function discardEntry(db: AppDatabase, id: string): Promise<void> {
  await db.outbox.where("id").equals(id).delete();
}
