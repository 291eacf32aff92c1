// A live read from the server held in memory only (never IndexedDB): the console is online-only
// and keeps no copy of citizen data. Unlike createResource it never suspends the whole page.
import { type Accessor, createEffect, createSignal, on } from "solid-js";

export type Remote<T> = {
  data: Accessor<T | undefined>;
  error: Accessor<unknown>;
  loading: Accessor<boolean>;
  reload: () => void;
  /** Replace the data with the server's answer to a write. */
  set: (value: T) => void;
};

/** Loads whenever `key` changes to a defined value; an older answer never overwrites a newer one. */
export function createRemote<K, T>(key: Accessor<K | undefined>, load: (key: K) => Promise<T>): Remote<T> {
  const [data, setData] = createSignal<T>();
  const [error, setError] = createSignal<unknown>();
  const [loading, setLoading] = createSignal(false);
  let generation = 0;

  const run = (current: K | undefined) => {
    const mine = ++generation;
    setError(undefined);
    if (current === undefined) {
      setData(undefined);
      setLoading(false);
      return;
    }
    setLoading(true);
    load(current).then(
      (value) => {
        if (mine !== generation) return;
        setData(() => value);
        setLoading(false);
      },
      (failure: unknown) => {
        if (mine !== generation) return;
        setData(undefined);
        setError(() => failure ?? new Error("request failed"));
        setLoading(false);
      },
    );
  };

  createEffect(on(key, run));
  return { data, error, loading, reload: () => run(key()), set: (value) => setData(() => value) };
}
