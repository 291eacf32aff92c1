// The city notices' console page under /verwaltung/meldungen (mounted by
// src/features/staff/routes.tsx), a chunk of its own that speaks the warnings' words
// (src/locales/warnings/).
import { Route } from "@solidjs/router";
import { consolePage } from "../../../lib/console-page";
import { loadTexts } from "../../../lib/i18n";

export const consoleRoutes = (
  <Route
    path="/meldungen"
    component={consolePage(() => loadTexts("warnings").then(() => import("./NoticesPage")))}
  />
);
