// Defect reports ("Mängelmelder"): the form, the public list and page, following an area, and the
// signed-in resident's own reports; each page its own chunk with its texts (src/locales/reports/, and
// the map's for the small map and the place picker, src/features/map/PointsMap.tsx).
import { Route } from "@solidjs/router";
import { type Component, lazy } from "solid-js";
import { loadTexts } from "../../lib/i18n";

const page = (load: () => Promise<{ default: Component }>) =>
  lazy(() => Promise.all([load(), loadTexts("reports"), loadTexts("map")]).then(([module]) => module));

export const reportsRoutes = (
  <>
    <Route path="/melden" component={page(() => import("./NewReportPage"))} />
    <Route path="/meldungen" component={page(() => import("./ReportListPage"))} />
    <Route path="/meldungen/folgen" component={page(() => import("./FollowAreaPage"))} />
    <Route path="/meldungen/:id" component={page(() => import("./ReportPage"))} />
    <Route path="/konto/meldungen" component={page(() => import("./MyReportsPage"))} />
  </>
);
