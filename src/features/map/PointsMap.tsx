// A small map beside a form or a list (the defect reports, their console's inbox, the council's
// followed areas): the pin the resident places (a tap on the map puts it there), optionally a circle
// around it, or a list's places as points (a tap opens one). It reuses the map's engine and basemap;
// keyboard users move the pin with the buttons beside it and read the list instead of the points.
import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";
import type { FeatureCollection } from "geojson";
import { createEffect, createSignal, onCleanup, onMount, Show } from "solid-js";
import { CITY_BOUNDS } from "../../lib/contract/map-constants";
import { t } from "../../lib/i18n";
import { type MapPoint, pointsBounds } from "./map-points";
import { boundaryFillLayer, boundarySource, loadBaseStyle } from "./map-style";
import "./map.css";
import "./points-map.css";
import { BOUNDARY_SOURCE, boundaryLineLayer } from "./overlays";
import { circlePolygon, type Pin } from "./pin";

/** Close enough to see the street a single place is in. */
const FIT_MAX_ZOOM = 16;

const PIN_SOURCE = "picked-pin";
const POINTS_SOURCE = "listed-points";
const CIRCLE_SOURCE = "picked-circle";
const PIN_COLOUR = "#0d47a1";
const PIN_ZOOM = 17;

const pinData = (pin: Pin | null | undefined): FeatureCollection => ({
  type: "FeatureCollection",
  features: pin
    ? [{ type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [pin.lon, pin.lat] } }]
    : [],
});

/** The circle around the pin (a followed area); none without a pin or a radius. */
const circleData = (pin: Pin | null | undefined, radiusM: number | undefined): FeatureCollection => ({
  type: "FeatureCollection",
  features:
    pin && radiusM ? [{ type: "Feature", properties: {}, geometry: circlePolygon(pin, radiusM) }] : [],
});

const pointsData = (points: readonly MapPoint[]): FeatureCollection => ({
  type: "FeatureCollection",
  features: points.map((point) => ({
    type: "Feature",
    properties: { id: point.id, colour: point.colour },
    geometry: { type: "Point", coordinates: [point.lon, point.lat] },
  })),
});

export function PointsMap(props: {
  pin?: Pin | null;
  onPick?: (pin: Pin) => void;
  /** A circle of this radius around the pin (the area a resident follows). */
  circleM?: number;
  points?: readonly MapPoint[];
  onOpen?: (id: string) => void;
  /** Move the view to the points whenever they change (the console's inbox: the map shows what the list shows). */
  fitToPoints?: boolean;
  /** What the map shows, for screen readers (the canvas has no other name). */
  label: string;
  /** The console has its own texts (src/locales/staff/); the residents' pages use map.pointsMap.*. */
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
      const [engine, base] = await Promise.all([import("./map-engine"), loadBaseStyle()]);
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
        created.addSource(CIRCLE_SOURCE, { type: "geojson", data: circleData(props.pin, props.circleM) });
        created.addLayer({
          id: `${CIRCLE_SOURCE}-fill`,
          type: "fill",
          source: CIRCLE_SOURCE,
          paint: { "fill-color": PIN_COLOUR, "fill-opacity": 0.12 },
        });
        created.addLayer({
          id: `${CIRCLE_SOURCE}-line`,
          type: "line",
          source: CIRCLE_SOURCE,
          paint: { "line-color": PIN_COLOUR, "line-width": 2 },
        });
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
            "circle-color": PIN_COLOUR,
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
      console.error("points map: could not start", error);
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

  // The circle follows the pin and the radius chosen, and the map keeps all of it in view.
  createEffect(() => {
    const target = map();
    const data = circleData(props.pin, props.circleM);
    target?.getSource<GeoJSONSource>(CIRCLE_SOURCE)?.setData(data);
    const [circle] = data.features;
    const ring = circle?.geometry.type === "Polygon" ? circle.geometry.coordinates[0] : undefined;
    const bounds = ring && pointsBounds(ring.map(([lon = 0, lat = 0]) => ({ lat, lon })));
    if (target && bounds) target.fitBounds(bounds, { padding: 24, animate: false });
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
    <div class="map-frame points-map">
      <Show when={state() === "failed"}>
        <p class="notice" role="alert">
          {props.texts?.failed ?? t("map.pointsMap.failed")}
        </p>
      </Show>
      <div class="map-stage">
        <div ref={container} class="map-view" data-map-state={state()} />
        <Show when={state() === "loading"}>
          <p class="map-loading">{props.texts?.loading ?? t("map.pointsMap.loading")}</p>
        </Show>
      </div>
    </div>
  );
}
