// A form's write (src/lib/console-write.ts) whose outcome can be cleared: a form submitted again,
// even one its own field errors stop before anything is sent, no longer shows the last outcome.
import { createSignal } from "solid-js";
import { createConsoleWrite } from "./console-write";

export function createFormWrite<K>() {
  const write = createConsoleWrite<K>();
  const [cleared, setCleared] = createSignal(false);
  return {
    busy: write.busy,
    failure: () => (cleared() ? undefined : write.failure()),
    success: () => (cleared() ? undefined : write.success()),
    /** Hides the last outcome until the next write. */
    clear: () => setCleared(true),
    run: (...args: Parameters<typeof write.run>) => {
      setCleared(false);
      return write.run(...args);
    },
  };
}
