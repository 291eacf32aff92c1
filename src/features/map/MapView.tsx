// The interactive map: MapLibre (loaded with this view only), the basemap or its fallback, the city
// boundary, the overlays from the device, popups, the deep-linked feature and the user's position.
import type { GeoJSONSource, LngLatLike, Map as MapLibreMap, MapMouseEvent, Popup } from "maplibre-gl";
import { createEffect, createSignal, onCleanup, onMount, Show } from "solid-js";
import { render } from "solid-js/web";
import { CITY_BOUNDS, LAYER_BOUNDS } from "../../lib/contract/map-constants";
import { t } from "../../lib/i18n";
import { FeaturePopup } from "./FeaturePopup";
import type * as MapEngine from "./map-engine";
import { boundaryFillLayer, boundarySource, loadBaseStyle } from "./map-style";
import { positionFeatures, type UserPosition } from "./near-me";
import { createOverlayData, geometryBounds, itemKey, type OverlayItem } from "./overlay-data";
import {
  BOUNDARY_SOURCE,
  boundaryLineLayer,
  OVERLAY_LAYERS,
  type OverlayLayer,
  overlayLayerIds,
  overlayLayerSpecs,
  POSITION_SOURCE,
  positionLayers,
  sourceId,
} from "./overlays";

export type ObjectRef = { layer: OverlayLayer; id: string };

type MapState = "loading" | "idle" | "failed";
type Engine = typeof MapEngine;

/** Panning stops a little outside the city: the tile server has nothing further out. */
const MAX_BOUNDS: [number, number, number, number] = [
  LAYER_BOUNDS[0] - 0.08,
  LAYER_BOUNDS[1] - 0.05,
  LAYER_BOUNDS[2] + 0.08,
  LAYER_BOUNDS[3] + 0.05,
];
/** Touch targets: a tap this many pixels beside a point still hits it. */
const HIT_TOLERANCE = 8;
const FEATURE_ZOOM = 15;

function mapLocale(): Record<string, string> {
  return {
    "Map.Title": t("map.view.controls.map"),
    "NavigationControl.ZoomIn": t("map.view.controls.zoomIn"),
    "NavigationControl.ZoomOut": t("map.view.controls.zoomOut"),
    "NavigationControl.ResetBearing": t("map.view.controls.resetBearing"),
    "Popup.Close": t("map.view.controls.closePopup"),
    "AttributionControl.ToggleAttribution": t("map.view.controls.attribution"),
    "CooperativeGesturesHandler.WindowsHelpText": t("map.view.controls.gesturesWindows"),
    "CooperativeGesturesHandler.MacHelpText": t("map.view.controls.gesturesMac"),
    "CooperativeGesturesHandler.MobileHelpText": t("map.view.controls.gesturesMobile"),
  };
}

/** Where a popup points: the point itself, or the middle of an area's extent. */
function anchorOf(item: OverlayItem): [number, number] {
  const [west, south, east, north] = geometryBounds(item.geometry);
  return [(west + east) / 2, (south + north) / 2];
}

export function MapView(props: {
  visible: OverlayLayer[];
  focus: ObjectRef | null;
  position: UserPosition | null;
}) {
  let container!: HTMLDivElement;
  const overlays = createOverlayData();
  const [map, setMap] = createSignal<MapLibreMap>();
  const [state, setState] = createSignal<MapState>("loading");
  const [fallback, setFallback] = createSignal(false);
  const [focusMissing, setFocusMissing] = createSignal(false);
  let engine: Engine | undefined;
  let instance: MapLibreMap | undefined;
  let popup: { popup: Popup; layer: OverlayLayer } | undefined;
  let disposed = false;

  onMount(() => void start());
  onCleanup(() => {
    disposed = true;
    popup?.popup.remove();
    instance?.remove();
  });

  async function start() {
    try {
      const [loaded, base] = await Promise.all([import("./map-engine"), loadBaseStyle()]);
      await loaded.loadStylesheet();
      if (disposed) return;
      engine = loaded;
      setFallback(!base.fromServer);
      const created = new loaded.Map({
        container,
        style: base.style,
        bounds: [...CITY_BOUNDS],
        fitBoundsOptions: { padding: 12 },
        maxBounds: MAX_BOUNDS,
        minZoom: 9,
        maxZoom: 18,
        locale: mapLocale(),
        attributionControl: { compact: false },
        cooperativeGestures: true,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
      });
      instance = created;
      created.touchZoomRotate.disableRotation();
      created.keyboard.disableRotation();
      created.addControl(new loaded.NavigationControl({ showCompass: false }), "top-right");
      created.on("error", (event) => console.warn("map:", event.error?.message ?? event));
      created.on("load", () => {
        addOverlays(created, !base.fromServer);
        setMap(created);
        created.once("idle", () => {
          // A User Timing mark: the bench reads the time from navigation to the first drawn map.
          performance.mark("map:first-idle");
          setState("idle");
          overlays.evaluateOpeningHours();
        });
      });
      created.on("click", (event) => onMapClick(created, event));
      created.on("mousemove", (event) => {
        created.getCanvas().style.cursor = hitAt(created, event) ? "pointer" : "";
      });
    } catch (error) {
      console.error("map: could not start", error);
      setState("failed");
    }
  }

  function addOverlays(target: MapLibreMap, withFill: boolean) {
    target.addSource(BOUNDARY_SOURCE, boundarySource);
    if (withFill) target.addLayer(boundaryFillLayer);
    target.addLayer(boundaryLineLayer);
    const specs = OVERLAY_LAYERS.map((layer) => overlayLayerSpecs(layer));
    for (const layer of OVERLAY_LAYERS)
      target.addSource(sourceId(layer), { type: "geojson", data: overlays.collections()[layer] });
    // All areas below all points: a school inside a fibre area stays clickable.
    for (const spec of specs.flatMap((s) => s.areas)) target.addLayer(spec);
    for (const spec of specs.flatMap((s) => s.points)) target.addLayer(spec);
    target.addSource(POSITION_SOURCE, { type: "geojson", data: positionFeatures(null) });
    for (const spec of positionLayers) target.addLayer(spec);
  }

  const interactiveLayers = (target: MapLibreMap) =>
    props.visible
      .flatMap((layer) => {
        const ids = overlayLayerIds(layer);
        return [...ids.points, ...ids.areas];
      })
      .filter((id) => target.getLayer(id) !== undefined);

  function hitAt(target: MapLibreMap, event: MapMouseEvent): OverlayItem | undefined {
    if (!map()) return undefined;
    const { x, y } = event.point;
    const hits = target.queryRenderedFeatures(
      [
        [x - HIT_TOLERANCE, y - HIT_TOLERANCE],
        [x + HIT_TOLERANCE, y + HIT_TOLERANCE],
      ],
      { layers: interactiveLayers(target) },
    );
    // Points before areas: they are the smaller target.
    hits.sort((a, b) => Number(b.layer.type === "circle") - Number(a.layer.type === "circle"));
    for (const hit of hits) {
      const key: unknown = hit.properties["key"];
      const item = typeof key === "string" ? overlays.items().get(key) : undefined;
      if (item) return item;
    }
    return undefined;
  }

  function onMapClick(target: MapLibreMap, event: MapMouseEvent) {
    const item = hitAt(target, event);
    if (!item) return;
    openPopup(target, item, item.geometry.type === "Point" ? anchorOf(item) : event.lngLat, true);
  }

  function openPopup(target: MapLibreMap, item: OverlayItem, at: LngLatLike, focus: boolean) {
    if (!engine) return;
    popup?.popup.remove();
    const key = itemKey(item.layer, item.id);
    const content = document.createElement("div");
    // The record may change while the popup is open (a sync): it shows the current one.
    const dispose = render(() => <FeaturePopup item={overlays.items().get(key) ?? item} />, content);
    const opened = new engine.Popup({ maxWidth: "18rem", focusAfterOpen: focus })
      .setLngLat(at)
      .setDOMContent(content)
      .addTo(target);
    opened.getElement()?.addEventListener("keydown", (event) => {
      if (event.key !== "Escape") return;
      opened.remove();
      target.getCanvas().focus();
    });
    opened.on("close", () => {
      dispose();
      if (popup?.popup === opened) popup = undefined;
    });
    popup = { popup: opened, layer: item.layer };
  }

  // Overlay data from the device, as it changes (a sync, the opening hours passing).
  createEffect(() => {
    const target = map();
    const collections = overlays.collections();
    if (!target) return;
    for (const layer of OVERLAY_LAYERS)
      target.getSource<GeoJSONSource>(sourceId(layer))?.setData(collections[layer]);
  });

  // The layer switcher.
  createEffect(() => {
    const target = map();
    const visible = new Set(props.visible);
    if (!target) return;
    for (const layer of OVERLAY_LAYERS) {
      const ids = overlayLayerIds(layer);
      for (const id of [...ids.areas, ...ids.points])
        target.setLayoutProperty(id, "visibility", visible.has(layer) ? "visible" : "none");
    }
    if (popup && !visible.has(popup.layer)) popup.popup.remove();
  });

  // The deep link ?objekt=<layer>/<id>: centre on it and open its popup, once the data is there.
  let focused: string | undefined;
  createEffect(() => {
    const target = map();
    const ref = props.focus;
    if (!target || !ref) return setFocusMissing(false);
    const key = itemKey(ref.layer, ref.id);
    const items = overlays.items();
    const item = items.get(key);
    // Only a layer the device has data of can tell that a feature is not there (not: not yet synced).
    setFocusMissing(!item && overlays.ready() && [...items.values()].some((i) => i.layer === ref.layer));
    if (!item || focused === key) return;
    focused = key;
    const [west, south, east, north] = geometryBounds(item.geometry);
    if (item.geometry.type === "Point")
      target.jumpTo({ center: [west, south], zoom: Math.max(target.getZoom(), FEATURE_ZOOM) });
    else target.fitBounds([west, south, east, north], { padding: 40, maxZoom: 16, animate: false });
    openPopup(target, item, anchorOf(item), false);
  });

  // "In meiner Nähe": the position found, centred when it is within the map's area.
  createEffect(() => {
    const target = map();
    const position = props.position;
    if (!target) return;
    target.getSource<GeoJSONSource>(POSITION_SOURCE)?.setData(positionFeatures(position));
    if (!position) return;
    const [west, south, east, north] = MAX_BOUNDS;
    if (position.lon < west || position.lon > east || position.lat < south || position.lat > north) return;
    target.jumpTo({ center: [position.lon, position.lat], zoom: Math.max(target.getZoom(), FEATURE_ZOOM) });
  });

  return (
    <div class="map-frame">
      <Show when={fallback()}>
        <p class="notice">{t("map.view.fallbackBasemap")}</p>
      </Show>
      <Show when={focusMissing()}>
        <p class="notice" role="status">
          {t("map.view.focusMissing")}
        </p>
      </Show>
      <Show when={state() === "failed"}>
        <p class="notice" role="alert">
          {t("map.view.failed")}
        </p>
      </Show>
      <div class="map-stage">
        {/* The container is MapLibre's alone: Solid would clear it when its own children go. */}
        <div ref={container} class="map-view" data-map-state={state()} />
        <Show when={state() === "loading"}>
          <p class="map-loading">{t("map.view.loading")}</p>
        </Show>
      </div>
    </div>
  );
}
