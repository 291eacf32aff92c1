// Every entry of the directory with its merchant: search, whether it is public, where it comes
// from, how the merchant's changes go out (switchable), and its history.
import { A } from "@solidjs/router";
import { createMemo, createSignal, For, Show } from "solid-js";
import type { MerchantTrust } from "../../../lib/contract/shops";
import { t } from "../../../lib/i18n";
import { EmptyState } from "../../../ui/EmptyState";
import { trustLabel } from "../merchant/labels";
import { publicPath } from "../merchant/paths";
import { DataTable } from "../../../ui/DataTable";
import { createWrite } from "../../../lib/write";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { TextInput } from "../../../ui/Field";
import { createRemote } from "../../../lib/remote";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import { fetchEntries, setEntryTrust, type StaffEntry } from "./api";

/** A long table is hard to read and slow: the search narrows it. */
const SHOWN = 100;

export const historyPath = (id: string) => `/verwaltung/einkaufen/${encodeURIComponent(id)}/verlauf`;

/** Case and umlauts do not matter: "muller" finds "Müller". */
const fold = (text: string) =>
  text.toLowerCase().replace(/ä|ae/g, "a").replace(/ö|oe/g, "o").replace(/ü|ue/g, "u").replace(/ß/g, "ss");

function matches(entry: StaffEntry, terms: string[]): boolean {
  const text = fold(
    [
      entry.shop.name,
      entry.shop.id,
      entry.shop.address.street,
      entry.owner?.name ?? "",
      entry.owner?.email ?? "",
    ].join(" "),
  );
  return terms.every((term) => text.includes(term));
}

export function ShopEntries() {
  const entries = createRemote(() => true, fetchEntries);
  const [query, setQuery] = createSignal("");
  const write = createWrite<string>();

  const found = createMemo(() => {
    const terms = fold(query()).split(/\s+/).filter(Boolean);
    return (entries.data() ?? [])
      .filter((entry) => matches(entry, terms))
      .sort((a, b) => a.shop.name.localeCompare(b.shop.name));
  });

  const switchTrust = (entry: StaffEntry) => {
    const trust: MerchantTrust = entry.trust === "trusted" ? "review" : "trusted";
    return write.run(entry.shop.id, async () => {
      await setEntryTrust(entry.shop.id, trust);
      entries.set(
        (entries.data() ?? []).map((candidate) =>
          candidate.shop.id === entry.shop.id ? { ...candidate, trust } : candidate,
        ),
      );
      return t("merchant.console.entries.trustSet", { shop: entry.shop.name, trust: trustLabel(trust) });
    });
  };

  return (
    <section aria-labelledby="shop-entries-title">
      <h2 id="shop-entries-title">{t("merchant.console.entries.title")}</h2>
      <p>{t("merchant.console.entries.lead")}</p>
      <form class="staff-form" role="search" onSubmit={(event) => event.preventDefault()}>
        <TextInput
          id="shop-entries-search"
          type="search"
          label={t("merchant.console.entries.search")}
          hint={t("merchant.console.entries.searchHint")}
          value={query()}
          onInput={setQuery}
        />
      </form>
      <RemoteStatus remote={entries} />
      <ActionOutcome failureKey={write.failure()} success={write.success()} />
      <Show when={entries.data()}>
        <Show
          when={found().length > 0}
          fallback={
            <EmptyState
              title={t("merchant.console.entries.emptyTitle")}
              text={t("merchant.console.entries.emptyText")}
            />
          }
        >
          <p role="status">
            {found().length > SHOWN
              ? t("merchant.console.entries.countLimited", { count: found().length, shown: SHOWN })
              : t("merchant.console.entries.count", { count: found().length })}
          </p>
          <DataTable caption={t("merchant.console.entries.caption")}>
            <thead>
              <tr>
                <th scope="col">{t("merchant.console.columns.entry")}</th>
                <th scope="col">{t("merchant.console.columns.public")}</th>
                <th scope="col">{t("merchant.console.columns.source")}</th>
                <th scope="col">{t("merchant.console.columns.merchant")}</th>
                <th scope="col">{t("merchant.console.columns.trust")}</th>
                <th scope="col">{t("merchant.console.columns.history")}</th>
              </tr>
            </thead>
            <tbody>
              <For each={found().slice(0, SHOWN)}>
                {(entry) => (
                  <tr>
                    <th scope="row">
                      <Show when={entry.live} fallback={entry.shop.name}>
                        <a href={publicPath(entry.shop.id)}>{entry.shop.name}</a>
                      </Show>
                      <span class="staff-id">{entry.shop.id}</span>
                    </th>
                    <td>{entry.live ? t("merchant.console.yes") : t("merchant.console.no")}</td>
                    <td>
                      {t(`merchant.console.sources.${entry.shop.source}`)}
                      <Show when={entry.shop.sample}>
                        <span class="staff-details">{t("merchant.console.entries.sample")}</span>
                      </Show>
                    </td>
                    <td>
                      <Show when={entry.owner} fallback={t("merchant.console.none")}>
                        {(owner) => (
                          <>
                            {owner().name}
                            <span class="staff-details">{owner().email}</span>
                          </>
                        )}
                      </Show>
                    </td>
                    <td>
                      <Show when={entry.owner} fallback={t("merchant.console.none")}>
                        <p class="staff-cell-list">{trustLabel(entry.trust)}</p>
                        <button
                          type="button"
                          class="button secondary"
                          disabled={write.busy() === entry.shop.id}
                          onClick={() => void switchTrust(entry)}
                        >
                          {entry.trust === "trusted"
                            ? t("merchant.console.entries.toReview")
                            : t("merchant.console.entries.toTrusted")}
                          <span class="visually-hidden">
                            {" "}
                            {t("merchant.console.entries.forShop", { shop: entry.shop.name })}
                          </span>
                        </button>
                      </Show>
                    </td>
                    <td>
                      <A href={historyPath(entry.shop.id)}>
                        {t("merchant.console.entries.history")}
                        <span class="visually-hidden">
                          {" "}
                          {t("merchant.console.entries.forShop", { shop: entry.shop.name })}
                        </span>
                      </A>
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
