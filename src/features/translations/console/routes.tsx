// The translation review's console page under /verwaltung/uebersetzungen (mounted by
// src/features/staff/routes.tsx), its own chunk; console texts live with the staff console's
// (German and English only, src/locales/staff/).
import { Route } from "@solidjs/router";
import { consolePage } from "../../../lib/console-page";

export const consoleRoutes = (
  <Route path="/uebersetzungen" component={consolePage(() => import("./TranslationsConsolePage"))} />
);
