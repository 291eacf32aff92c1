import { Show } from "solid-js";
import { t } from "../lib/i18n";
import { applyUpdate, updateAvailable } from "../lib/sw-bridge";

/** Offers a waiting new version; only the user's tap reloads. */
export function UpdatePrompt() {
  return (
    <div class="update-prompt-region" role="status">
      <Show when={updateAvailable()}>
        <div class="update-prompt">
          <p>{t("update.available")}</p>
          <button type="button" class="button" onClick={() => applyUpdate()}>
            {t("update.reload")}
          </button>
        </div>
      </Show>
    </div>
  );
}
