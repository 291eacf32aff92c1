// A small map for the reports: the pin the resident places (a tap on the map puts it there) or the
// reports of the list as points (a tap opens one). It reuses the map feature's engine and basemap;
// keyboard users move the pin with the buttons beside it and read the list instead of the points.
import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";
import type { FeatureCollection } from "geojson";
import { createEffect, createSignal, onCleanup, onMount, Show } from "solid-js";
import { CITY_BOUNDS } from "../../lib/contract/map-constants";
import { t } from "../../lib/i18n";
import { boundaryFillLayer, boundarySource, loadBaseStyle } from "../map/map-style";
import { BOUNDARY_SOURCE, boundaryLineLayer } from "../map/overlays";
import "../map/map.css";
import { type MapPoint, pointsBounds } from "./map-points";
import type { Pin } from "./report-form";

const OPEN_COLOUR = "#b3261e";
const CLOSED_COLOUR = "#2e7d32";
/** Close enough to see the street a single report is in. */
const FIT_MAX_ZOOM = 16;

const PIN_SOURCE = "report-pin";
const POINTS_SOURCE = "report-points";
const PIN_ZOOM = 17;

const pinData = (pin: Pin | null | undefined): FeatureCollection => ({
  type: "FeatureCollection",
  features: pin
    ? [{ type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [pin.lon, pin.lat] } }]
    : [],
});

const pointsData = (points: readonly MapPoint[]): FeatureCollection => ({
  type: "FeatureCollection",
  features: points.map((point) => ({
    type: "Feature",
    properties: { id: point.id, colour: point.colour ?? (point.open ? OPEN_COLOUR : CLOSED_COLOUR) },
    geometry: { type: "Point", coordinates: [point.lon, point.lat] },
  })),
});

export function ReportsMap(props: {
  pin?: Pin | null;
  onPick?: (pin: Pin) => void;
  points?: readonly MapPoint[];
  onOpen?: (id: string) => void;
  /** Move the view to the points whenever they change (the console's inbox: the map shows what the list shows). */
  fitToPoints?: boolean;
  /** What the map shows, for screen readers (the canvas has no other name). */
  label: string;
  /** The console has its own texts (src/locales/staff/); the residents' pages use reports.map.*. */
  texts?: { loading: string; failed: string };
}) {
  let container!: HTMLDivElement;
  const [map, setMap] = createSignal<MapLibreMap>();
  const [state, setState] = createSignal<"loading" | "idle" | "failed">("loading");
  let instance: MapLibreMap | undefined;
  let disposed = false;

  onMount(() => void start());
  onCleanup(() => {
    disposed = true;
    instance?.remove();
  });

  async function start() {
    try {
      const [engine, base] = await Promise.all([import("../map/map-engine"), loadBaseStyle()]);
      await engine.loadStylesheet();
      if (disposed) return;
      const created = new engine.Map({
        container,
        style: base.style,
        bounds: [...CITY_BOUNDS],
        fitBoundsOptions: { padding: 8 },
        minZoom: 10,
        maxZoom: 19,
        attributionControl: { compact: true },
        cooperativeGestures: true,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
      });
      instance = created;
      created.getCanvas().setAttribute("aria-label", props.label);
      created.addControl(new engine.NavigationControl({ showCompass: false }), "top-right");
      // eslint-disable-next-line solid/reactivity -- MapLibre's event: reads the props when it fires
      created.on("load", () => {
        created.addSource(BOUNDARY_SOURCE, boundarySource);
        if (!base.fromServer) created.addLayer(boundaryFillLayer);
        created.addLayer(boundaryLineLayer);
        created.addSource(POINTS_SOURCE, { type: "geojson", data: pointsData(props.points ?? []) });
        created.addLayer({
          id: POINTS_SOURCE,
          type: "circle",
          source: POINTS_SOURCE,
          paint: {
            "circle-radius": 7,
            "circle-color": ["get", "colour"],
            "circle-stroke-color": "#ffffff",
            "circle-stroke-width": 2,
          },
        });
        created.addSource(PIN_SOURCE, { type: "geojson", data: pinData(props.pin) });
        created.addLayer({
          id: PIN_SOURCE,
          type: "circle",
          source: PIN_SOURCE,
          paint: {
            "circle-radius": 9,
            "circle-color": "#0d47a1",
            "circle-stroke-color": "#ffffff",
            "circle-stroke-width": 3,
          },
        });
        setMap(created);
        created.once("idle", () => setState("idle"));
      });
      // eslint-disable-next-line solid/reactivity -- MapLibre's event: reads the props when it fires
      created.on("click", (event) => {
        if (props.onPick) return props.onPick({ lat: event.lngLat.lat, lon: event.lngLat.lng });
        const [hit] = created.queryRenderedFeatures(
          [
            [event.point.x - 8, event.point.y - 8],
            [event.point.x + 8, event.point.y + 8],
          ],
          { layers: [POINTS_SOURCE] },
        );
        const id: unknown = hit?.properties["id"];
        if (typeof id === "string") props.onOpen?.(id);
      });
    } catch (error) {
      console.error("reports map: could not start", error);
      setState("failed");
    }
  }

  // The pin follows the form (a tap, the buttons, the position); the map keeps it in view.
  createEffect(() => {
    const target = map();
    const pin = props.pin;
    if (!target) return;
    target.getSource<GeoJSONSource>(PIN_SOURCE)?.setData(pinData(pin));
    if (pin && !target.getBounds().contains([pin.lon, pin.lat]))
      target.jumpTo({ center: [pin.lon, pin.lat], zoom: Math.max(target.getZoom(), PIN_ZOOM - 2) });
  });

  // The name follows what the map shows (the console's "map of 3 reports" after a filter change).
  createEffect(() => map()?.getCanvas().setAttribute("aria-label", props.label));

  createEffect(() => {
    const target = map();
    const points = props.points ?? [];
    target?.getSource<GeoJSONSource>(POINTS_SOURCE)?.setData(pointsData(points));
    const bounds = props.fitToPoints ? pointsBounds(points) : undefined;
    if (target && bounds) target.fitBounds(bounds, { padding: 40, maxZoom: FIT_MAX_ZOOM, animate: false });
  });

  return (
    <div class="map-frame reports-map">
      <Show when={state() === "failed"}>
        <p class="notice" role="alert">
          {props.texts?.failed ?? t("reports.map.failed")}
        </p>
      </Show>
      <div class="map-stage">
        <div ref={container} class="map-view" data-map-state={state()} />
        <Show when={state() === "loading"}>
          <p class="map-loading">{props.texts?.loading ?? t("reports.map.loading")}</p>
        </Show>
      </div>
    </div>
  );
}
