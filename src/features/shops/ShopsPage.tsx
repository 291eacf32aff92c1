// /einkaufen: the directory of Delmenhorst's shops, read from the device so that it works offline.
// Search forgives typos; filters and order stand in the address (?q=&gruppe=&offen=1 ...).
import { A, useSearchParams } from "@solidjs/router";
import { createMemo, createSignal, For, Match, onMount, Show, Switch } from "solid-js";
import type { OfferKind, Shop } from "../../lib/contract/shops";
import { locale, t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { requestSync } from "../../lib/sync-status";
import { EmptyState } from "../../ui/EmptyState";
import { usePageTitle } from "../../ui/page-title";
import { SampleNotice } from "../../ui/SampleNotice";
import type { LonLat } from "../map/distance";
import type { OpeningState } from "../offices/opening-state";
import { createNow } from "../warnings/now";
import { allShops, shopsSynced } from "./data";
import {
  createShopIndex,
  currentOffers,
  type DirectoryFilters,
  directoryEntries,
  type DirectoryParams,
  directoryParams,
  effectiveSort,
  hasFilters,
  parseDirectoryParams,
  searchShops,
} from "./directory";
import { FilterFields, NearMeButton, PhotoSwitch, SortField } from "./DirectoryControls";
import { categoryLabel, type TextFormat } from "./labels";
import { createEvaluator } from "./opening-evaluator";
import { describeOpening } from "./opening-text";
import { OsmAttribution } from "./OsmAttribution";
import { createPhotoPreference } from "./photo-preference";
import { ShopCard } from "./ShopCard";
import "./shops.css";

const EMPTY_FILTERS: DirectoryFilters = {
  query: "",
  group: null,
  openNow: false,
  delivery: false,
  wheelchair: false,
  onlineShop: false,
  sort: null,
};

const NO_OFFERS: ReadonlySet<OfferKind> = new Set();

export default function ShopsPage() {
  usePageTitle(() => t("shops.directory.title"));
  const [params, setParams] = useSearchParams<DirectoryParams>();
  const filters = createMemo(() => parseDirectoryParams(params));
  const update = (change: Partial<DirectoryFilters>) =>
    setParams(directoryParams({ ...filters(), ...change }), { replace: true });
  // Someone opening the directory wants the latest entries, not those of the last scheduled round.
  onMount(() => void requestSync());

  const source = createLiveQuery(() => async () => ({
    shops: await allShops(),
    synced: await shopsSynced(),
  }));
  const shops = (): Shop[] => source.data()?.shops ?? [];
  const format = (): TextFormat => ({ t, locale: locale() });
  const photos = createPhotoPreference();
  const [origin, setOrigin] = createSignal<LonLat | null>(null);

  // Opening states, once the evaluator is there, again each minute; entries with the same rule share one.
  const evaluator = createEvaluator();
  const now = createNow();
  const openings = createMemo(() => {
    const evaluate = evaluator();
    if (!evaluate) return undefined;
    const at = new Date(now());
    const byRule = new Map<string, OpeningState>();
    const byShop = new Map<string, OpeningState>();
    for (const shop of shops()) {
      if (shop.openingHours === null) continue;
      const state = byRule.get(shop.openingHours) ?? evaluate.openingState(shop.openingHours, at);
      byRule.set(shop.openingHours, state);
      byShop.set(shop.id, state);
    }
    return byShop;
  });
  const openingKind = (shop: Shop) =>
    shop.openingHours === null ? "unknown" : openings()?.get(shop.id)?.kind;

  // Built when the user starts searching (not on every visit), then kept while typing.
  const searching = createMemo(() => filters().query.trim() !== "");
  const index = createMemo(() =>
    searching() ? createShopIndex(shops(), (category) => categoryLabel(category, format())) : undefined,
  );
  const results = createMemo(() => {
    const searchIndex = index();
    return directoryEntries(shops(), filters(), {
      matches: searchIndex ? searchShops(searchIndex, filters().query) : null,
      opening: openingKind,
      origin: origin(),
    });
  });
  /** "Open now" cannot be answered before the evaluator is there. */
  const waitingForHours = () => filters().openNow && !openings();
  /** Which kinds of current offers (an offer, an event) each entry has, for its badges. */
  const offerKinds = createMemo(() => {
    const at = new Date(now());
    return new Map(
      shops().map((shop) => [shop.id, new Set(currentOffers(shop.offers, at).map((o) => o.kind))]),
    );
  });

  const countText = () => {
    if (!source.ready() || waitingForHours()) return "";
    const total = shops().length;
    if (total === 0) return "";
    return hasFilters(filters())
      ? t("shops.directory.countFiltered", { count: results().length, total })
      : t("shops.directory.count", { count: total });
  };

  return (
    <section class="shops-page">
      <h1>{t("shops.directory.title")}</h1>
      <p class="lead">{t("shops.directory.lead")}</p>
      <nav aria-label={t("shops.directory.linksLabel")}>
        <ul class="shops-links">
          <li>
            <A href="/einkaufen/termine">{t("shops.links.calendar")}</A>
          </li>
          <li>
            <A href="/einkaufen/haendler">{t("shops.links.merchants")}</A>
          </li>
          <li>
            <A href="/wirtschaft">{t("shops.links.business")}</A>
          </li>
        </ul>
      </nav>

      <form class="search" role="search" onSubmit={(event) => event.preventDefault()}>
        <label for="shops-search">{t("shops.directory.searchLabel")}</label>
        <input
          id="shops-search"
          type="search"
          autocomplete="off"
          aria-describedby="shops-search-hint"
          value={filters().query}
          onInput={(event) => update({ query: event.currentTarget.value })}
        />
        <p id="shops-search-hint" class="hint">
          {t("shops.directory.searchHint")}
        </p>
      </form>

      <FilterFields filters={filters()} onChange={update} />
      <NearMeButton
        located={origin() !== null}
        onPosition={(at) => {
          setOrigin(at);
          update({ sort: "distance" });
        }}
      />
      <div class="shops-view-options">
        <SortField
          sort={effectiveSort(filters(), { origin: origin() })}
          searching={searching()}
          located={origin() !== null}
          onChange={(sort) => update({ sort })}
        />
        <Show when={shops().some((shop) => shop.photo !== null)}>
          <PhotoSwitch preference={photos} />
        </Show>
      </div>

      <p class="shops-count" aria-live="polite">
        {countText()}
      </p>
      <Show when={source.data()} fallback={<p class="loading">{t("common.loading")}</p>}>
        {(data) => (
          <Switch>
            <Match when={data().shops.length === 0 && !data().synced}>
              <EmptyState
                title={t("shops.directory.notSyncedTitle")}
                text={t("shops.directory.notSyncedText")}
              />
            </Match>
            <Match when={data().shops.length === 0}>
              <EmptyState title={t("shops.directory.emptyTitle")} text={t("shops.directory.emptyText")} />
            </Match>
            <Match when={waitingForHours()}>
              <p class="loading">{t("shops.directory.evaluating")}</p>
            </Match>
            <Match when={results().length === 0}>
              <p>{t("shops.directory.noResults")}</p>
              <button
                type="button"
                class="button secondary"
                onClick={() => setParams(directoryParams(EMPTY_FILTERS), { replace: true })}
              >
                {t("shops.directory.filters.reset")}
              </button>
            </Match>
            <Match when={results().length > 0}>
              <ul class="card-list shops-list">
                <For each={results()}>
                  {(entry) => (
                    <ShopCard
                      shop={entry.shop}
                      meters={entry.meters}
                      opening={
                        openings() || entry.shop.openingHours === null
                          ? describeOpening(openings()?.get(entry.shop.id), new Date(now()), format())
                          : undefined
                      }
                      offerKinds={offerKinds().get(entry.shop.id) ?? NO_OFFERS}
                      showPhoto={photos.show()}
                    />
                  )}
                </For>
              </ul>
            </Match>
          </Switch>
        )}
      </Show>
      <Show when={shops().some((shop) => shop.source === "osm")}>
        <OsmAttribution />
      </Show>
      <h2>{t("shops.openData.title")}</h2>
      <p>{t("shops.openData.text")}</p>
      <ul class="shops-links">
        <li>
          <a href="/api/shops/export.geojson" download="delmenhorst-shopping.geojson">
            {t("shops.openData.geojson")}
          </a>
        </li>
        <li>
          <a href="/api/shops/export.csv" download="delmenhorst-shopping.csv">
            {t("shops.openData.csv")}
          </a>
        </li>
      </ul>
      <SampleNotice items={shops().map((shop) => ({ reviewedAt: shop.updatedAt, sample: shop.sample }))} />
    </section>
  );
}
