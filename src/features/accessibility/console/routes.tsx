// The accessibility feedback's console page under /verwaltung/barrierefreiheit (mounted by
// src/features/staff/routes.tsx), its own chunk with the feature's texts.
import { Route } from "@solidjs/router";
import { consolePage } from "../../../lib/console-page";
import { loadTexts } from "../../../lib/i18n";

export const consoleRoutes = (
  <Route
    path="/barrierefreiheit"
    component={consolePage(() => loadTexts("accessibility").then(() => import("./FeedbackConsolePage")))}
  />
);
