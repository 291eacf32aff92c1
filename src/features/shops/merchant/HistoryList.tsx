// The versions of an entry: when, by whom (the merchant, the staff, the OpenStreetMap import) and
// what changed. Shown to the merchant and, with the same component, in the console.
import { For, Show } from "solid-js";
import type { Revision } from "../../../lib/contract/shops";
import { formatDateTime } from "../../../lib/date-format";
import { t } from "../../../lib/i18n";
import { fieldLabel, noteLabel, revisionByLabel } from "./labels";

export function HistoryList(props: { revisions: readonly Revision[] }) {
  const newestFirst = () => [...props.revisions].sort((a, b) => b.version - a.version);
  return (
    <Show when={props.revisions.length > 0} fallback={<p>{t("merchant.history.empty")}</p>}>
      <ol class="merchant-history">
        <For each={newestFirst()}>
          {(revision) => (
            <li>
              <p>
                <strong>{t("merchant.history.version", { version: revision.version })}</strong> ·{" "}
                {formatDateTime(revision.at)} ·{" "}
                {revision.authorName
                  ? t("merchant.history.byNamed", {
                      by: revisionByLabel(revision.by),
                      name: revision.authorName,
                    })
                  : revisionByLabel(revision.by)}
              </p>
              <Show when={revision.changed.length > 0}>
                <p>
                  {t("merchant.history.changed", { fields: revision.changed.map(fieldLabel).join(", ") })}
                </p>
              </Show>
              <Show when={revision.note}>
                {(note) => <p>{t("merchant.history.note", { note: noteLabel(note()) })}</p>}
              </Show>
            </li>
          )}
        </For>
      </ol>
    </Show>
  );
}
