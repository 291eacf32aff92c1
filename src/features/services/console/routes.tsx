// The guide editor under /verwaltung/inhalte (mounted by src/features/staff/routes.tsx), a chunk of
// its own with its texts (src/locales/services/: only the console's; the guide's own are in the start
// bundle).
import { Route } from "@solidjs/router";
import { consolePage } from "../../../lib/console-page";
import { loadTexts } from "../../../lib/i18n";

export const consoleRoutes = (
  <Route
    path="/inhalte"
    component={consolePage(() => loadTexts("services").then(() => import("./GuideEditorPage")))}
  />
);
