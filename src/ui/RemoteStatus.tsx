import { Show } from "solid-js";
import { t } from "../lib/i18n";
import { errorKey } from "../lib/console-error-key";
import type { Remote } from "../lib/remote";
import "./form.css";

/** Loading and failure of a console read, with a way to try again (e.g. back online). */
export function RemoteStatus(props: { remote: Pick<Remote<unknown>, "loading" | "error" | "reload"> }) {
  return (
    <>
      <Show when={props.remote.loading()}>
        <p class="loading" role="status">
          {t("common.loading")}
        </p>
      </Show>
      <div role="alert" class="staff-alert-region">
        <Show when={props.remote.error()}>
          {(error) => (
            <div class="staff-alert">
              <p>{t(errorKey(error()))}</p>
              <button type="button" class="button secondary" onClick={() => props.remote.reload()}>
                {t("common.retry")}
              </button>
            </div>
          )}
        </Show>
      </div>
    </>
  );
}
