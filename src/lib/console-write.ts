// One write of the console at a time, with its outcome for ActionOutcome: the success text or the
// failure's translation key, never both. `busy` names what is being written (an id, or true).
import { createSignal } from "solid-js";
import { type ErrorOverrides, errorKey } from "./console-error-key";

export function createConsoleWrite<K>() {
  const [failure, setFailure] = createSignal<string>();
  const [success, setSuccess] = createSignal<string>();
  const [busy, setBusy] = createSignal<K>();

  /** `write` resolves to the success text; `done` runs after it is shown. False when it failed. */
  const run = async (
    key: K,
    write: () => Promise<string>,
    options: { overrides?: ErrorOverrides; done?: () => void } = {},
  ): Promise<boolean> => {
    setBusy(() => key);
    setFailure(undefined);
    setSuccess(undefined);
    try {
      setSuccess(await write());
      options.done?.();
      return true;
    } catch (error) {
      setFailure(errorKey(error, options.overrides));
      return false;
    } finally {
      setBusy(undefined);
    }
  };
  return { failure, success, busy, run };
}
