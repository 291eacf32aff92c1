// The map's console pages under /verwaltung (mounted by src/features/staff/routes.tsx), each its own
// chunk. They name layers and values in the residents' words (src/locales/map/).
import { Route } from "@solidjs/router";
import type { Component } from "solid-js";
import { consolePage } from "../../../lib/console-page";
import { loadTexts } from "../../../lib/i18n";

const mapPage = (load: () => Promise<{ default: Component }>) =>
  consolePage(() => loadTexts("map").then(load));
const editor = mapPage(() => import("./MapFeatureEditPage"));

export const consoleRoutes = (
  <>
    <Route path="/karte" component={mapPage(() => import("./MapLayersPage"))} />
    <Route path="/karte/:layer" component={mapPage(() => import("./MapLayerPage"))} />
    <Route path="/karte/:layer/neu" component={editor} />
    <Route path="/karte/:layer/bearbeiten/:id" component={editor} />
  </>
);
