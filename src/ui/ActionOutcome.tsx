// The outcome of one write the user started (from src/lib/write.ts): the failure as an
// alert, the success as a status message. Both regions exist before anything is put in, so screen
// readers announce what appears.
import { Show } from "solid-js";
import { t } from "../lib/i18n";
import "./form.css";

/** The outcome of an action on a list (end, remove, mark): a failure as an alert, a success as status. */
export function ActionOutcome(props: { failureKey: string | undefined; success: string | undefined }) {
  return (
    <>
      <div role="alert" class="staff-alert-region">
        <Show when={props.failureKey}>
          {(key) => (
            <div class="staff-alert">
              <p>{t(key())}</p>
            </div>
          )}
        </Show>
      </div>
      <div role="status">
        <Show when={props.success}>{(text) => <p class="staff-success">{text()}</p>}</Show>
      </div>
    </>
  );
}
