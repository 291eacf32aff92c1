// What a record page (a service, an office, a shop, a map feature ...) shows, from what the device
// holds and what the server said. Pure, so the rules are tested without a browser.
import { ApiError, type Fetch, NetworkError, send } from "./http";

/** The device's copy: the record (if synced) and whether the collection ever finished a sync here. */
export type LocalRead<T> = { record: T | undefined; synced: boolean };

/** The server's answer to GET /api/sync/<collection>/records/<id>. */
export type RemoteRead<T> =
  | { status: "idle" }
  | { status: "pending" }
  | { status: "found"; record: T }
  | { status: "absent" }
  | { status: "offline" }
  | { status: "failed" };

export type RecordView<T> =
  | { kind: "loading" }
  | { kind: "found"; record: T }
  | { kind: "not-found" }
  | { kind: "unavailable"; reason: "offline" | "failed" };

export function recordView<T>(local: LocalRead<T> | undefined, remote: RemoteRead<T>): RecordView<T> {
  if (!local) return { kind: "loading" };
  // The synced copy wins: the sync keeps it current, and the next round brings anything newer.
  if (local.record !== undefined) return { kind: "found", record: local.record };
  switch (remote.status) {
    case "found":
      return { kind: "found", record: remote.record };
    case "absent":
      return { kind: "not-found" };
    case "offline":
    case "failed":
      // Without the server, a completed sync without the record is the best knowledge there is.
      return local.synced ? { kind: "not-found" } : { kind: "unavailable", reason: remote.status };
    default:
      return { kind: "loading" };
  }
}

/** Asks the server for one record; `parse` checks it against the collection's schema. */
export async function readServerRecord<T>(
  fetchImpl: Fetch,
  collection: string,
  id: string,
  parse: (data: unknown) => Promise<T>,
): Promise<RemoteRead<T>> {
  try {
    const url = `/api/sync/${encodeURIComponent(collection)}/records/${encodeURIComponent(id)}`;
    const response = await send(fetchImpl, url, { headers: { Accept: "application/json" } });
    // Loaded here, not with the page: pages read Dexie without zod until they need the server.
    const { syncRecordSchema } = await import("./contract/sync");
    return { status: "found", record: await parse(syncRecordSchema.parse(await response.json()).data) };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return { status: "absent" };
    if (error instanceof NetworkError) return { status: "offline" };
    console.error(`reading ${collection}/${id} from the server failed`, error);
    return { status: "failed" };
  }
}
