// The guide editor under /verwaltung/inhalte (mounted by src/features/staff/routes.tsx): services,
// offices (/aemter) and life situations (/lebenslagen), each a chunk of its own with its texts
// (src/locales/services/: only the console's; the guide's own are in the start bundle).
import { Route } from "@solidjs/router";
import { consolePage } from "../../../lib/console-page";
import { loadTexts } from "../../../lib/i18n";

export const consoleRoutes = (
  <>
    <Route
      path="/inhalte"
      component={consolePage(() => loadTexts("services").then(() => import("./GuideEditorPage")))}
    />
    <Route
      path="/inhalte/aemter"
      component={consolePage(() => loadTexts("services").then(() => import("./OfficeEditorPage")))}
    />
    <Route
      path="/inhalte/lebenslagen"
      component={consolePage(() => loadTexts("services").then(() => import("./LifeSituationEditorPage")))}
    />
  </>
);
