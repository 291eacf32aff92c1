// One record for a record page, wherever it is: the device's synced copy, or, while the device does
// not hold it (a shared link opened on a first visit, before the first sync ends), the server's.
import { type Accessor, createEffect, createMemo, createSignal, onCleanup } from "solid-js";
import { appDb } from "./db";
import { createLiveQuery } from "./live-query";
import {
  type LocalRead,
  readServerRecord,
  type RecordView,
  recordView,
  type RemoteRead,
} from "./record-state";

export type RecordQueryOptions<T> = {
  /** The synced collection the record belongs to (a public one: the server serves no personal record). */
  collection: string;
  /** Read in Solid's tracking scope (a route param). */
  id: () => string;
  /** The device's copy, from the feature's data module. */
  local: (id: string) => Promise<T | undefined>;
  /** Checks a record from the server; import the schema inside, so the page loads zod only then. */
  parse: (data: unknown) => Promise<T>;
};

export type RecordQuery<T> = { view: Accessor<RecordView<T>>; retry: () => void };

/** Whether the collection finished a sync on this device at least once. */
async function collectionSynced(collection: string): Promise<boolean> {
  return Boolean((await appDb().syncState.get(collection))?.syncedAt);
}

/**
 * The server's copy is shown, not stored: the sync stores what it brings. A stored copy could
 * outlive its record, since a first sync skips deletions, or be taken for newer than the feed's.
 */
export function createRecordQuery<T>(options: RecordQueryOptions<T>): RecordQuery<T> {
  const local = createLiveQuery(() => {
    const id = options.id();
    return async (): Promise<LocalRead<T> & { id: string }> => ({
      id,
      record: await options.local(id),
      synced: await collectionSynced(options.collection),
    });
  });
  const [remote, setRemote] = createSignal<{ id: string; read: RemoteRead<T> }>({
    id: "",
    read: { status: "idle" },
  });
  const [attempt, setAttempt] = createSignal(0);
  let asked: string | undefined;

  // Ask once per missing record (and per retry); again if a sync later removes a record shown before.
  createEffect(() => {
    const read = local.data();
    const key = read ? `${read.id}#${attempt()}` : undefined;
    if (!read || read.id !== options.id()) return;
    if (read.record !== undefined) {
      asked = undefined;
      return;
    }
    if (asked === key) return;
    asked = key;
    const id = read.id;
    setRemote({ id, read: { status: "pending" } });
    void readServerRecord(fetch, options.collection, id, options.parse).then((answer) => {
      if (options.id() === id) setRemote({ id, read: answer });
    });
  });

  const retry = () => setAttempt((n) => n + 1);
  // Opened offline: try again as soon as the connection is back (the sync starts then too).
  const onOnline = () => {
    if (remote().read.status === "offline") retry();
  };
  window.addEventListener("online", onOnline);
  onCleanup(() => window.removeEventListener("online", onOnline));

  const view = createMemo(() => {
    const id = options.id();
    const read = local.data();
    const current = remote();
    return recordView(
      read?.id === id ? read : undefined,
      current.id === id ? current.read : { status: "idle" },
    );
  });
  return { view, retry };
}
