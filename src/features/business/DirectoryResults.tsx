// The results of a business directory read from the device: the count (announced), the cards or an
// empty state, and a note when sample entries are among them.
import { For, type JSX, Show } from "solid-js";
import { t } from "../../lib/i18n";
import { EmptyState } from "../../ui/EmptyState";

export function DirectoryResults<T>(props: {
  ready: boolean;
  items: readonly T[];
  count: (count: number) => string;
  emptyTitle: string;
  emptyText: string;
  isSample: (item: T) => boolean;
  sampleNote: string;
  children: (item: T) => JSX.Element;
}) {
  return (
    <>
      <p aria-live="polite">
        <Show when={props.ready}>{props.count(props.items.length)}</Show>
      </p>
      <Show when={props.ready} fallback={<p class="loading">{t("common.loading")}</p>}>
        <Show
          when={props.items.length > 0}
          fallback={<EmptyState title={props.emptyTitle} text={props.emptyText} />}
        >
          <ul class="card-list">
            <For each={props.items}>{(item) => props.children(item)}</For>
          </ul>
        </Show>
        <Show when={props.items.some((item) => props.isSample(item))}>
          <aside class="content-info">
            <p class="sample-note">{props.sampleNote}</p>
          </aside>
        </Show>
      </Show>
    </>
  );
}
