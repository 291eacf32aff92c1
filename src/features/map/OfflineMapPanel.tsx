// "Karte offline speichern": choose the zoom levels, see the size first, follow the download, cancel
// it, and delete the saved map again.
import type { StyleSpecification } from "maplibre-gl";
import { createMemo, createSignal, Match, onCleanup, onMount, Show, Switch } from "solid-js";
import type { OfflineInfo } from "../../lib/contract/map";
import { OFFLINE_MAX_ZOOM, OFFLINE_MIN_ZOOM } from "../../lib/contract/map-constants";
import { createWrite } from "../../lib/write";
import { FieldRow, SelectInput } from "../../ui/Field";
import { formatDateTime } from "../../lib/date-format";
import { locale, t } from "../../lib/i18n";
import {
  deleteOfflineMap,
  DownloadCancelled,
  fetchOfflineInfo,
  fetchStyleForDownload,
  freeStorageBytes,
  offlineStorageSupported,
  type Progress,
  type SavedMap,
  saveOfflineMap,
  savedOfflineMap,
} from "./offline-map";
import { planOfflineMap } from "./offline-plan";

const DEFAULT_FROM = 10;
const DEFAULT_TO = 16;

type Outcome = "saved" | "cancelled" | "failed" | "deleted" | "noSpace";

export function formatBytes(bytes: number): string {
  const megabytes = bytes / 1_000_000;
  const [value, unit] = megabytes >= 1 ? [megabytes, "megabyte"] : [bytes / 1000, "kilobyte"];
  return new Intl.NumberFormat(locale(), {
    style: "unit",
    unit,
    maximumFractionDigits: value >= 10 ? 0 : 1,
  }).format(value);
}

export function OfflineMapPanel() {
  const [saved, setSaved] = createSignal<SavedMap | null>(null);
  const [info, setInfo] = createSignal<OfflineInfo | null>(null);
  const [style, setStyle] = createSignal<StyleSpecification | null>(null);
  const [unavailable, setUnavailable] = createSignal(false);
  const [from, setFrom] = createSignal(DEFAULT_FROM);
  const [to, setTo] = createSignal(DEFAULT_TO);
  /** The download; its outcome is one of the panel's (below), as are "no space" and "deleted". */
  const download = createWrite({
    explain: (error) => {
      if (!(error instanceof DownloadCancelled)) console.warn("map offline: not saved", error);
      return void setOutcome(error instanceof DownloadCancelled ? "cancelled" : "failed");
    },
  });
  const [progress, setProgress] = createSignal<Progress>({ done: 0, total: 0 });
  const [outcome, setOutcome] = createSignal<Outcome | null>(null);
  const [free, setFree] = createSignal(0);
  let controller: AbortController | undefined;

  const number = (value: number) => new Intl.NumberFormat(locale()).format(value);
  const range = () => ({
    min: Math.max(OFFLINE_MIN_ZOOM, info()?.minZoom ?? OFFLINE_MIN_ZOOM),
    max: Math.min(OFFLINE_MAX_ZOOM, info()?.maxZoom ?? OFFLINE_MAX_ZOOM),
  });
  const levels = () => {
    const { min, max } = range();
    return Array.from({ length: max - min + 1 }, (_, i) => min + i);
  };
  const zoomOptions = () => levels().map((z) => ({ value: String(z), label: String(z) }));
  const plan = createMemo(() => {
    const s = style();
    const i = info();
    return s && i ? planOfflineMap(s, i, from(), to()) : null;
  });

  async function loadPlanInputs() {
    try {
      const [offlineInfo, mapStyle] = await Promise.all([fetchOfflineInfo(), fetchStyleForDownload()]);
      setInfo(offlineInfo);
      setStyle(mapStyle);
      setFrom((z) => Math.min(Math.max(z, range().min), range().max));
      setTo((z) => Math.min(Math.max(z, from()), range().max));
      setUnavailable(false);
    } catch (error) {
      console.warn("map offline: size not known", error);
      setUnavailable(true);
    }
  }
  const retryWhenOnline = () => {
    if (unavailable()) void loadPlanInputs();
  };

  onMount(() => {
    if (!offlineStorageSupported()) return;
    void savedOfflineMap().then(setSaved);
    void loadPlanInputs();
    window.addEventListener("online", retryWhenOnline);
  });
  onCleanup(() => {
    window.removeEventListener("online", retryWhenOnline);
    controller?.abort();
  });

  async function save() {
    const current = plan();
    if (!current || download.busy()) return;
    setOutcome(null);
    const space = await freeStorageBytes();
    if (space !== null && current.estimatedBytes > space) {
      setFree(space);
      setOutcome("noSpace");
      return;
    }
    controller = new AbortController();
    const [zoom, signal] = [{ from: from(), to: to() }, controller.signal];
    setProgress({ done: 0, total: current.urls.length + 1 });
    await download.run(true, async () => {
      const { ENGINE_FILES } = await import("./map-engine");
      setSaved(
        await saveOfflineMap(current, zoom, { signal, onProgress: setProgress, codeFiles: ENGINE_FILES }),
      );
      setOutcome("saved");
    });
    controller = undefined;
  }

  async function remove() {
    await deleteOfflineMap();
    setSaved(null);
    setOutcome("deleted");
  }

  const chooseFrom = (value: number) => {
    setFrom(value);
    if (to() < value) setTo(value);
  };
  const chooseTo = (value: number) => {
    setTo(value);
    if (from() > value) setFrom(value);
  };

  return (
    <section class="map-offline" aria-labelledby="map-offline-title">
      <h2 id="map-offline-title">{t("map.offline.title")}</h2>
      <Show when={offlineStorageSupported()} fallback={<p>{t("map.offline.unsupported")}</p>}>
        <p>{t("map.offline.text")}</p>
        <p class="map-offline-current">
          <Show when={saved()} fallback={t("map.offline.none")}>
            {(current) =>
              t("map.offline.current", {
                from: current().fromZoom,
                to: current().toZoom,
                size: formatBytes(current().bytes),
                date: formatDateTime(current().savedAt),
              })
            }
          </Show>
        </p>

        <FieldRow>
          <SelectInput
            id="map-offline-from"
            label={t("map.offline.fromZoom")}
            value={String(from())}
            options={zoomOptions()}
            disabled={Boolean(download.busy())}
            onChange={(value) => chooseFrom(Number(value))}
            short
          />
          <SelectInput
            id="map-offline-to"
            label={t("map.offline.toZoom")}
            value={String(to())}
            options={zoomOptions()}
            disabled={Boolean(download.busy())}
            onChange={(value) => chooseTo(Number(value))}
            short
          />
        </FieldRow>
        <p class="hint">{t("map.offline.zoomHint", { min: range().min, max: range().max })}</p>
        <p class="map-offline-estimate" aria-live="polite">
          <Show
            when={plan()}
            fallback={unavailable() ? t("map.offline.estimateUnavailable") : t("common.loading")}
          >
            {(p) =>
              t("map.offline.estimate", { tiles: number(p().tiles), size: formatBytes(p().estimatedBytes) })
            }
          </Show>
        </p>

        <Show
          when={download.busy()}
          fallback={
            <div class="button-row">
              <button type="button" class="button" disabled={!plan()} onClick={() => void save()}>
                {t("map.offline.save")}
              </button>
              <Show when={saved()}>
                <button type="button" class="button secondary" onClick={() => void remove()}>
                  {t("map.offline.delete")}
                </button>
              </Show>
            </div>
          }
        >
          <p>
            <label for="map-offline-progress">{t("map.offline.progressLabel")}</label>
            <progress id="map-offline-progress" max={progress().total} value={progress().done} />
            <span class="hint">
              {t("map.offline.progress", { done: number(progress().done), total: number(progress().total) })}
            </span>
          </p>
          <button type="button" class="button secondary" onClick={() => controller?.abort()}>
            {t("map.offline.cancel")}
          </button>
        </Show>

        <div role="status">
          <Switch>
            <Match when={outcome() === "saved" && saved()}>
              {(result) => (
                <p>
                  {t("map.offline.saved", {
                    files: number(result().files),
                    size: formatBytes(result().bytes),
                    from: result().fromZoom,
                    to: result().toZoom,
                  })}
                  <Show when={result().failed > 0}>
                    {" "}
                    {t("map.offline.partial", { count: result().failed })}
                  </Show>
                </p>
              )}
            </Match>
            <Match when={outcome() === "cancelled"}>
              <p>{t("map.offline.cancelled")}</p>
            </Match>
            <Match when={outcome() === "deleted"}>
              <p>{t("map.offline.deleted")}</p>
            </Match>
          </Switch>
        </div>
        <Show when={outcome() === "failed"}>
          <p class="field-error" role="alert">
            {t("map.offline.failed")}
          </p>
        </Show>
        <Show when={outcome() === "noSpace"}>
          <p class="field-error" role="alert">
            {t("map.offline.noSpace", { free: formatBytes(free()) })}
          </p>
        </Show>
      </Show>
    </section>
  );
}
