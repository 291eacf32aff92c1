// The shop directory's console pages under /verwaltung/einkaufen (mounted by
// src/features/staff/routes.tsx), each its own chunk. Their texts live with the merchants'
// (src/locales/merchant/).
import { Route } from "@solidjs/router";
import type { Component } from "solid-js";
import { consolePage } from "../../../lib/console-page";
import { loadTexts } from "../../../lib/i18n";

const shopsPage = (load: () => Promise<{ default: Component }>) =>
  consolePage(() => loadTexts("merchant").then(load));

export const consoleRoutes = (
  <>
    <Route path="/einkaufen" component={shopsPage(() => import("./ShopsPage"))} />
    <Route path="/einkaufen/:id/verlauf" component={shopsPage(() => import("./ShopHistoryPage"))} />
  </>
);
