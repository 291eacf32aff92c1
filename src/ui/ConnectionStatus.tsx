import { Show } from "solid-js";
import { formatDateTime } from "../lib/date-format";
import { t } from "../lib/i18n";
import { connection, syncedAt } from "../lib/sync-status";

/** "offline · Stand <time>": what the user sees is the copy on the device, of that time. */
export function ConnectionStatus() {
  return (
    <div class="connection-status" role="status">
      <Show when={connection() === "offline"}>
        <p>
          <span class="badge-offline">{t("common.offline")}</span>
          <Show when={syncedAt()} fallback={<span> · {t("common.notSyncedYet")}</span>}>
            {(time) => (
              <span>
                {" · "}
                {t("common.asOf", { time: formatDateTime(time()) })}
              </span>
            )}
          </Show>
        </p>
      </Show>
    </div>
  );
}
