// One merchant request at a time and its failure as a translation key: the shape of the console's
// createConsoleWrite (src/lib/console-write.ts), but the failure explained by the form itself, with
// the merchant's texts (the console's explain a lost connection in the console's words) and none
// when the form put the server's faults on its fields.
import { createSignal } from "solid-js";

export function createMerchantWrite() {
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<string>();

  /** `explain` names the failure, or undefined when the fields show it. False when it failed. */
  const run = async (
    write: () => Promise<void>,
    explain: (error: unknown) => string | undefined,
  ): Promise<boolean> => {
    setBusy(true);
    setFailure(undefined);
    try {
      await write();
      return true;
    } catch (error) {
      setFailure(explain(error));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, failure, clear: () => setFailure(undefined), run };
}

/** The failure as the error summary's last entry: a server failure belongs to no field. */
export const failureItems = (failure: string | undefined) => (failure ? [{ message: failure }] : []);
