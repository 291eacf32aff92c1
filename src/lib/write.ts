// Every page's write (console, merchant and resident pages alike), one at a time, with its outcome for
// ActionOutcome, a form's ErrorSummary or the page's own status line: the success text or the
// failure's translation key, never both. `busy` names what is being written (an id, or true).
// Failures are explained in the console's words unless the page brings its own `explain`.
import { createSignal } from "solid-js";
import { type ErrorOverrides, errorKey } from "./console-error-key";

/**
 * A page's words for a failed write: a translation key, or undefined where the page shows the
 * failure itself (on a field, as a state of its own).
 */
export type Explain = (error: unknown) => string | undefined;

export type WriteOptions = {
  /** The console's texts for some problem codes (only when the page has no `explain`). */
  overrides?: ErrorOverrides;
  /** This write's own explanation, before the one the page gave createWrite. */
  explain?: Explain;
  /** Runs after a success. */
  done?: () => void;
};

export function createWrite<K = true>(page: { explain?: Explain } = {}) {
  const [failure, setFailure] = createSignal<string>();
  const [success, setSuccess] = createSignal<string>();
  const [busy, setBusy] = createSignal<K>();

  /**
   * `write` resolves to the success text (or the key the page translates), or to nothing where the
   * page shows the result elsewhere (a list that takes the saved record, a navigation); `done` runs
   * after it. False when it failed.
   */
  const run = async (key: K, write: () => Promise<string | void>, options: WriteOptions = {}) => {
    setBusy(() => key);
    setFailure(undefined);
    setSuccess(undefined);
    try {
      setSuccess((await write()) ?? undefined);
      options.done?.();
      return true;
    } catch (error) {
      const explain = options.explain ?? page.explain;
      setFailure(explain ? explain(error) : errorKey(error, options.overrides));
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

/** The failure as an error summary's last entry: a server failure belongs to no field. */
export const failureItems = (failure: string | undefined) => (failure ? [{ message: failure }] : []);
