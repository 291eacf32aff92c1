// Status parts the merchant pages share: loading the account's overview (with a retry when it
// failed) and the send button that says it is sending.
import { Show } from "solid-js";
import { t } from "../../../lib/i18n";
import { failureKey } from "./failures";

export function OverviewStatus(props: { loading: boolean; error: unknown; onRetry: () => void }) {
  return (
    <>
      <Show when={props.loading}>
        <p class="loading" role="status">
          {t("common.loading")}
        </p>
      </Show>
      <div role="alert">
        <Show when={props.error}>
          {(error) => (
            <div class="merchant-failure">
              <p>{t(failureKey(error(), { forbidden: "merchant.common.staffAccount" }))}</p>
              <button type="button" class="button secondary" onClick={() => props.onRetry()}>
                {t("common.retry")}
              </button>
            </div>
          )}
        </Show>
      </div>
    </>
  );
}

export function SendButton(props: { busy: boolean; label: string }) {
  return (
    <button type="submit" class="button" disabled={props.busy}>
      {props.busy ? t("merchant.common.sending") : props.label}
    </button>
  );
}
