// The staff console (Verwaltungskonsole): every page its own chunk, so nothing of it reaches the
// citizens' start bundle. The setup page sits outside the layout: it works while signed out.
import { Route } from "@solidjs/router";
import type { Component } from "solid-js";
import { consolePage as page } from "../../lib/console-page";
import { loadTexts } from "../../lib/i18n";
import { consoleRoutes as businessConsoleRoutes } from "../business/console/routes";
import { consoleRoutes as mapConsoleRoutes } from "../map/console/routes";

/** The shop console's texts live with the merchants' (src/locales/merchant/); the layout names it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same bound as solid's lazy()
const shopsPage = <T extends Component<any>>(load: () => Promise<{ default: T }>) =>
  page(() => loadTexts("merchant").then(load));

export const staffRoutes = (
  <>
    <Route path="/verwaltung/einrichten" component={page(() => import("./SetupPage"))} />
    <Route path="/verwaltung" component={shopsPage(() => import("./StaffLayout"))}>
      <Route path="/" component={page(() => import("./HomePage"))} />
      <Route
        path="/antraege"
        component={page(() => loadTexts("applications").then(() => import("./ApplicationsInboxPage")))}
      />
      <Route
        path="/antraege/:id"
        component={page(() => loadTexts("applications").then(() => import("./ApplicationDetailPage")))}
      />
      <Route path="/buerger" component={page(() => import("./CitizenSearchPage"))} />
      <Route path="/buerger/:id" component={page(() => import("./CitizenPage"))} />
      <Route path="/termine" component={page(() => import("./AppointmentsPage"))} />
      <Route path="/nachrichten" component={page(() => import("./SentMessagesPage"))} />
      <Route
        path="/meldungen"
        component={page(() => loadTexts("warnings").then(() => import("./NoticesPage")))}
      />
      {mapConsoleRoutes}
      {businessConsoleRoutes}
      <Route path="/einkaufen" component={shopsPage(() => import("./ShopsPage"))} />
      <Route path="/einkaufen/:id/verlauf" component={shopsPage(() => import("./ShopHistoryPage"))} />
      <Route path="/mitarbeitende" component={page(() => import("./StaffAccountsPage"))} />
      <Route path="/inhalte" component={page(() => import("./GuideEditorPage"))} />
      <Route path="/protokoll" component={page(() => import("./AuditPage"))} />
    </Route>
  </>
);
