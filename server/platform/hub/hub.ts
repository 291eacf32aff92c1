// Fan-out of "something changed" to the open event streams of every feature (the chat's conversations
// and queue, the council's live streams). The hub carries only wake-ups (a topic such as one
// conversation), never entries: a woken stream reads what is new from the database, so a lost wake-up
// costs a delay (the streams also look at every heartbeat), never a message. On SQLite one process
// serves every client: in memory. On PostgreSQL several processes may serve the same stream: NOTIFY
// reaches every process LISTENing on the database.
import pg from "pg";
import type { Logger } from "pino";
import { type Db, postgresPoolOf } from "../../db/database";
import { listen, notify } from "./store";

// Named when only the chat used it; kept, so processes of two releases still hear each other.
const CHANNEL = "dm_chat";
const RECONNECT_MS = 1_000;

export type Listener = () => void;

export type Hub = {
  /** Wakes the listeners of these topics in every process (after the change is committed). */
  publish(topics: readonly string[]): Promise<void>;
  /** Resolves once wake-ups of the topic reach this process; the function ends the subscription. */
  subscribe(topic: string, listener: Listener): { ready: Promise<void>; unsubscribe: () => void };
  close(): Promise<void>;
};

function localListeners() {
  const listeners = new Map<string, Set<Listener>>();
  return {
    add(topic: string, listener: Listener) {
      let set = listeners.get(topic);
      if (!set) listeners.set(topic, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(topic);
      };
    },
    wake(topic: string) {
      for (const listener of [...(listeners.get(topic) ?? [])]) listener();
    },
    wakeAll() {
      for (const set of listeners.values()) for (const listener of [...set]) listener();
    },
    get size() {
      return listeners.size;
    },
  };
}

export function memoryHub(): Hub {
  const local = localListeners();
  return {
    publish: async (topics) => {
      for (const topic of topics) local.wake(topic);
    },
    subscribe: (topic, listener) => ({ ready: Promise.resolve(), unsubscribe: local.add(topic, listener) }),
    close: async () => {},
  };
}

/** One LISTEN connection of its own per process, opened with the first subscriber, re-opened when lost. */
export function postgresHub(db: Db, pool: pg.Pool, logger?: Logger): Hub {
  const local = localListeners();
  let connection: Promise<pg.Client> | undefined;
  let closed = false;

  const connect = (): Promise<pg.Client> => {
    // A client outside the pool: the pool's end() would otherwise wait for it forever.
    const client = new pg.Client(pool.options);
    const lost = () => {
      if (connection === ready) connection = undefined;
      client.removeAllListeners("notification");
      if (closed) return;
      logger?.warn("hub: LISTEN connection lost; reconnecting");
      setTimeout(() => {
        if (closed || local.size === 0 || connection) return;
        connection = connect();
        // Whatever was published meanwhile is read again by every stream.
        connection.then(
          () => local.wakeAll(),
          () => {},
        );
      }, RECONNECT_MS).unref();
    };
    const ready = (async () => {
      client.on("error", () => {});
      client.on("end", lost);
      client.on("notification", (message) => {
        if (message.channel !== CHANNEL || !message.payload) return;
        for (const topic of message.payload.split(",")) local.wake(topic);
      });
      await client.connect();
      await listen(client, CHANNEL);
      return client;
    })();
    ready.catch(() => lost());
    return ready;
  };

  return {
    publish: async (topics) => {
      if (topics.length === 0) return;
      await notify(db, CHANNEL, topics.join(","));
    },
    subscribe: (topic, listener) => {
      const unsubscribe = local.add(topic, listener);
      connection ??= connect();
      return { ready: connection.then(() => undefined), unsubscribe };
    },
    close: async () => {
      closed = true;
      const current = connection;
      connection = undefined;
      if (current) await current.then((client) => client.end()).catch(() => {});
    },
  };
}

const hubs = new WeakMap<Db, Hub>();

/** The hub of a database: every app on the same Db object in this process shares it. */
export function hubOf(db: Db, logger?: Logger): Hub {
  let hub = hubs.get(db);
  if (!hub) {
    const pool = postgresPoolOf(db);
    hub = pool ? postgresHub(db, pool, logger) : memoryHub();
    hubs.set(db, hub);
  }
  return hub;
}

/** Ends the hub's LISTEN connection (before the database is closed). */
export async function closeHubOf(db: Db): Promise<void> {
  const hub = hubs.get(db);
  hubs.delete(db);
  await hub?.close();
}
