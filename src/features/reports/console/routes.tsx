// The defect reports' console pages under /verwaltung/maengel (mounted by
// src/features/staff/routes.tsx), each its own chunk. /verwaltung/meldungen was taken by the city
// notices; the reports' texts live with the console's (src/locales/staff/, de and en).
import { Route } from "@solidjs/router";
import { consolePage } from "../../../lib/console-page";

export const consoleRoutes = (
  <>
    <Route path="/maengel" component={consolePage(() => import("./ReportsInboxPage"))} />
    <Route path="/maengel/statistik" component={consolePage(() => import("./ReportStatisticsPage"))} />
    <Route path="/maengel/schluessel" component={consolePage(() => import("./ApiKeysPage"))} />
    <Route path="/maengel/:id" component={consolePage(() => import("./ReportPage"))} />
  </>
);
