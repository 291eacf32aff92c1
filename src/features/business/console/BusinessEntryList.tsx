// The list both business directories share (digital providers, funding programmes): sorted by
// name, each row with edit and a confirmed delete, and the edit page's "saved" coming back here.
import { A, useLocation } from "@solidjs/router";
import { createMemo, createSignal, For, type JSX, Show } from "solid-js";
import { locale, t } from "../../../lib/i18n";
import { ConfirmAction } from "../../../ui/ConfirmAction";
import { EmptyState } from "../../../ui/EmptyState";
import { usePageTitle } from "../../../ui/page-title";
import { BusinessAccess, BusinessViews } from "./BusinessAccess";
import { DataTable } from "../../../ui/DataTable";
import { createWrite } from "../../../lib/write";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { createRemote } from "../../../lib/remote";
import { RemoteStatus } from "../../../ui/RemoteStatus";

type Entry = { id: string; name: string; sample: boolean };

type ListProps<T extends Entry> = {
  title: string;
  lead: string;
  newLabel: string;
  emptyTitle: string;
  emptyText: string;
  caption: (count: number) => string;
  /** The list's path; `…/neu` and `…/:id` are its edit pages. */
  base: string;
  /** Prefix of the row headers' ids, which label each row's buttons. */
  rowId: string;
  load: () => Promise<T[]>;
  remove: (id: string) => Promise<void>;
  /** Header cells between the name and the actions. */
  columns: JSX.Element;
  /** The row's cells between the name and the actions. */
  cells: (entry: T) => JSX.Element;
};

export function BusinessEntryListPage<T extends Entry>(props: ListProps<T>) {
  usePageTitle(() => props.title);
  return (
    <BusinessAccess>
      <EntryList {...props} />
    </BusinessAccess>
  );
}

function EntryList<T extends Entry>(props: ListProps<T>) {
  const entries = createRemote(
    () => true,
    () => props.load(),
  );
  const rows = createMemo(() => {
    const collator = new Intl.Collator(locale());
    return [...(entries.data() ?? [])].sort((a, b) => collator.compare(a.name, b.name));
  });
  const [confirming, setConfirming] = createSignal<string>();
  const write = createWrite();
  // The edit page comes back here with the name of what it saved.
  const location = useLocation<{ saved: unknown }>();
  const saved = () => {
    const name = location.state?.saved;
    return typeof name === "string" ? t("business.console.saved", { name }) : undefined;
  };

  const remove = async (entry: T) => {
    if (write.busy()) return;
    const removeEntry = props.remove;
    await write.run(true, async () => {
      await removeEntry(entry.id);
      setConfirming(undefined);
      entries.reload();
      return t("business.console.deleted", { name: entry.name });
    });
  };

  return (
    <section>
      <h1>{props.title}</h1>
      <BusinessViews />
      <p class="lead">{props.lead}</p>
      <p>
        <A class="button" href={`${props.base}/neu`}>
          {props.newLabel}
        </A>
      </p>
      <ActionOutcome
        failureKey={write.failure()}
        success={write.success() ?? (write.failure() ? undefined : saved())}
      />
      <RemoteStatus remote={entries} />
      <Show when={entries.data()}>
        <Show
          when={rows().length > 0}
          fallback={<EmptyState title={props.emptyTitle} text={props.emptyText} />}
        >
          <DataTable caption={props.caption(rows().length)}>
            <thead>
              <tr>
                <th scope="col">{t("business.console.fields.name")}</th>
                {props.columns}
                <th scope="col">{t("business.console.columns.actions")}</th>
              </tr>
            </thead>
            <tbody>
              <For each={rows()}>
                {(entry) => (
                  <tr>
                    <th scope="row" id={`${props.rowId}-${entry.id}`}>
                      {entry.name}
                      <span class="staff-id">{entry.id}</span>
                      <Show when={entry.sample}>
                        <span class="staff-details">{t("business.common.sample")}</span>
                      </Show>
                    </th>
                    {props.cells(entry)}
                    <td>
                      <Show
                        when={confirming() === entry.id}
                        fallback={
                          <div class="button-row">
                            <A
                              class="button secondary"
                              href={`${props.base}/${encodeURIComponent(entry.id)}`}
                              aria-describedby={`${props.rowId}-${entry.id}`}
                            >
                              {t("business.console.edit")}
                            </A>
                            <button
                              type="button"
                              class="button secondary"
                              aria-describedby={`${props.rowId}-${entry.id}`}
                              onClick={() => setConfirming(entry.id)}
                            >
                              {t("business.console.delete")}
                            </button>
                          </div>
                        }
                      >
                        <ConfirmAction
                          question={t("business.console.deleteQuestion", { name: entry.name })}
                          text={t("business.console.deleteText")}
                          confirmLabel={
                            write.busy()
                              ? t("business.console.deleting")
                              : t("business.console.deleteConfirm")
                          }
                          onConfirm={() => void remove(entry)}
                          onCancel={() => setConfirming(undefined)}
                        />
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </DataTable>
        </Show>
      </Show>
    </section>
  );
}
