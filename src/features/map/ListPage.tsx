// /karte/liste?ebene=<layer>: the map as a list (the accessible alternative to the map, WCAG 1.1.1):
// every entry of one layer, searchable, nearest first. Reads from the device, so it works offline;
// the position is asked for only after the tap and stays in this page's memory.
import { A, useSearchParams } from "@solidjs/router";
import { createMemo, createSignal, For, Match, onMount, Show, Switch } from "solid-js";
import { locale, localized, t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { requestSync } from "../../lib/sync-status";
import { EmptyState } from "../../ui/EmptyState";
import { usePageTitle } from "../../ui/page-title";
import { SampleNotice } from "../../ui/SampleNotice";
import { allOffices } from "../services/data";
import { layerFeatures } from "./data";
import { formatDistance, type LonLat, RATHAUS } from "./distance";
import type { FactFormat } from "./feature-facts";
import {
  byDistance,
  entryOfFeature,
  entryOfOffice,
  filterEntries,
  isListLayer,
  LIST_LAYERS,
  type ListEntry,
  type ListLayer,
} from "./list-entries";
import "./map-list.css";

const DEFAULT_LAYER: ListLayer = "vacant-lots";

/** Where distances are measured from; the Rathaus until the user shares a position. */
type Origin =
  | { kind: "rathaus"; problem?: "denied" | "unavailable" }
  | { kind: "locating" }
  | { kind: "device"; at: LonLat };

export default function ListPage() {
  const [params, setParams] = useSearchParams<{ ebene?: string; q?: string }>();
  const layer = (): ListLayer => (isListLayer(params.ebene) ? params.ebene : DEFAULT_LAYER);
  const query = () => params.q ?? "";
  const layerName = () => t(`map.layers.${layer()}`);
  usePageTitle(() => `${t("map.list.title")}: ${layerName()}`);
  // Someone opening the list wants the city's latest, not the state of the last scheduled round.
  onMount(() => void requestSync());

  const source = createLiveQuery(() => {
    const current = layer();
    return async () =>
      current === "offices"
        ? { layer: current, offices: await allOffices(), features: [] }
        : { layer: current, offices: [], features: await layerFeatures(current) };
  });
  /** The chosen layer's entries; undefined while it loads (the previous layer's are not shown). */
  const entries = createMemo((): ListEntry[] | undefined => {
    const data = source.data();
    if (!data || data.layer !== layer()) return undefined;
    const format: FactFormat = { t, locale: locale() };
    return [
      ...data.offices.map((office) => entryOfOffice(office, localized(office.text).name, format)),
      ...data.features.map((feature) => entryOfFeature(feature, format)),
    ];
  });
  const reviewed = () => {
    const data = source.data();
    return [
      ...(data?.offices ?? []),
      ...(data?.features ?? []).map((f) => ({ reviewedAt: f.updatedAt, sample: f.sample })),
    ];
  };

  const [origin, setOrigin] = createSignal<Origin>({ kind: "rathaus" });
  const originPoint = (): LonLat => {
    const current = origin();
    return current.kind === "device" ? current.at : RATHAUS;
  };
  const problem = () => {
    const current = origin();
    return current.kind === "rathaus" ? current.problem : undefined;
  };
  const locate = () => {
    if (!("geolocation" in navigator)) return setOrigin({ kind: "rathaus", problem: "unavailable" });
    setOrigin({ kind: "locating" });
    navigator.geolocation.getCurrentPosition(
      (position) => setOrigin({ kind: "device", at: [position.coords.longitude, position.coords.latitude] }),
      (error) =>
        setOrigin({
          kind: "rathaus",
          problem: error.code === error.PERMISSION_DENIED ? "denied" : "unavailable",
        }),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  const results = createMemo(() =>
    byDistance(filterEntries(entries() ?? [], query()), originPoint(), locale()),
  );
  const countText = () => {
    const all = entries();
    if (!all) return "";
    return query().trim()
      ? t("map.list.countFiltered", { count: results().length, total: all.length })
      : t("map.list.count", { count: all.length });
  };

  return (
    <section class="map-list">
      <h1>{t("map.list.title")}</h1>
      <p class="lead">{t("map.list.lead")}</p>
      <p>
        <A href="/karte">{t("map.list.showMap")}</A>
      </p>

      <nav aria-label={t("map.list.layersLabel")}>
        <ul class="chips map-layer-links">
          <For each={LIST_LAYERS}>
            {(option) => (
              <li>
                {/* Plain links: the router's <A> would mark every one of them current (same path). */}
                <a
                  href={`/karte/liste?ebene=${option}`}
                  aria-current={option === layer() ? "page" : undefined}
                >
                  {t(`map.layers.${option}`)}
                </a>
              </li>
            )}
          </For>
        </ul>
      </nav>

      <h2>{layerName()}</h2>
      <form class="search" role="search" onSubmit={(event) => event.preventDefault()}>
        <label for="map-list-search">{t("map.list.searchLabel")}</label>
        <input
          id="map-list-search"
          type="search"
          autocomplete="off"
          aria-describedby="map-list-search-hint"
          value={query()}
          onInput={(event) => setParams({ q: event.currentTarget.value || undefined }, { replace: true })}
        />
        <p id="map-list-search-hint" class="hint">
          {t("map.list.searchHint")}
        </p>
      </form>

      <div class="map-origin">
        <p>{origin().kind === "device" ? t("map.list.fromDevice") : t("map.list.fromRathaus")}</p>
        {/* One button whose words change: the focus stays on it when the origin switches. */}
        <button
          type="button"
          class="button secondary"
          // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
          aria-disabled={origin().kind === "locating" ? "true" : undefined}
          onClick={() => {
            const current = origin().kind;
            if (current === "device") setOrigin({ kind: "rathaus" });
            else if (current !== "locating") locate();
          }}
        >
          {origin().kind === "device" ? t("map.list.useRathaus") : t("map.list.useLocation")}
        </button>
        <p class="hint">{t("map.list.locationPrivacy")}</p>
        <p role="status">
          <Switch>
            <Match when={origin().kind === "locating"}>{t("map.list.locating")}</Match>
            <Match when={problem() === "denied"}>{t("map.list.locationDenied")}</Match>
            <Match when={problem() === "unavailable"}>{t("map.list.locationUnavailable")}</Match>
          </Switch>
        </p>
      </div>

      <p class="map-list-count" aria-live="polite">
        {countText()}
      </p>
      <Show when={entries()} fallback={<p class="loading">{t("common.loading")}</p>}>
        {(all) => (
          <Show
            when={all().length > 0}
            fallback={<EmptyState title={t("map.list.emptyTitle")} text={t("map.list.emptyText")} />}
          >
            <Show
              when={results().length > 0}
              fallback={<p>{t("map.list.noResults", { query: query().trim() })}</p>}
            >
              <ul class="card-list">
                <For each={results()}>
                  {(result) => (
                    <li class="card">
                      <A href={result.entry.href}>{result.entry.title}</A>
                      <p>{result.entry.location}</p>
                      <p class="map-distance">
                        {t("map.list.distance", { distance: formatDistance(result.meters, locale()) })}
                      </p>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <SampleNotice items={reviewed()} />
          </Show>
        )}
      </Show>
    </section>
  );
}
