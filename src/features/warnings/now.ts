import { type Accessor, createSignal, onCleanup } from "solid-js";

/** The current time, ticking each minute: a warning whose end passes moves to "ended" by itself. */
export function createNow(periodMs = 60_000): Accessor<number> {
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), periodMs);
  onCleanup(() => clearInterval(timer));
  return now;
}
