// One write of the console at a time, with its outcome for ActionOutcome or a form's ErrorSummary: the
// success text or the failure's translation key, never both. `busy` names what is being written (an
// id, or true).
import { createSignal } from "solid-js";
import { type ErrorOverrides, errorKey } from "./console-error-key";

export function createConsoleWrite<K>() {
  const [failure, setFailure] = createSignal<string>();
  const [success, setSuccess] = createSignal<string>();
  const [busy, setBusy] = createSignal<K>();

  /**
   * `write` resolves to the success text, or to nothing where the page shows the result elsewhere (a
   * list that takes the saved record, a navigation); `done` runs after it. False when it failed.
   */
  const run = async (
    key: K,
    write: () => Promise<string | undefined>,
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

  /** Forgets the last outcome, as a new try of the form starts (before its own checks). */
  const clear = () => {
    setFailure(undefined);
    setSuccess(undefined);
  };
  /**
   * The user changed the form after a success: "saved" no longer holds. A failure stays until the
   * next try, so the error summary does not change (and take focus) while the user types.
   */
  const clearSuccess = () => setSuccess(undefined);
  return { failure, success, busy, run, clear, clearSuccess };
}
