// Changes made on the device that the server does not have yet: "being sent", or "failed" with
// retry and discard. A failed write is never hidden.
import { For, Show } from "solid-js";
import { t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { connection } from "../../lib/sync-status";
import { discardWrite, entriesOf, retryWrite, type WriteKind } from "./outbox-entries";

export function OutboxNotice(props: {
  kind: WriteKind;
  /** Only the entries about this record (a message id ...). */
  about?: string;
  /** Translation key shown while entries wait; nothing when left out. */
  pendingText?: string;
  /** Translation key: what failed. */
  failedText: string;
}) {
  const entries = createLiveQuery(() => {
    const kind = props.kind;
    return () => entriesOf(kind);
  });
  const relevant = () => (entries.data() ?? []).filter((e) => !props.about || e.ref === props.about);
  const failed = () => relevant().filter((e) => e.status === "failed");
  const waiting = () => relevant().some((e) => e.status === "pending");

  return (
    <>
      <For each={failed()}>
        {(entry) => (
          <div class="outbox-failed" role="alert">
            <p>
              <strong>{t(props.failedText)}</strong> {t(`errors.${entry.error ?? "internal_error"}`)}
            </p>
            <div class="button-row">
              <button type="button" class="button" onClick={() => void retryWrite(entry.id)}>
                {t("common.retry")}
              </button>
              <button
                type="button"
                class="button secondary"
                onClick={() => void discardWrite(entry.id, props.kind)}
              >
                {t("common.discard")}
              </button>
            </div>
          </div>
        )}
      </For>
      <Show when={props.pendingText && waiting()}>
        <p class="status-pending" role="status">
          {connection() === "offline" ? t("account.outbox.queuedOffline") : t(props.pendingText ?? "")}
        </p>
      </Show>
    </>
  );
}
