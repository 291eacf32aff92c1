// The staff console (Verwaltungskonsole): the shell's own pages and every feature's consoleRoutes
// (src/features/<feature>/console/routes.tsx). Every page is its own chunk, so nothing of it reaches the
// citizens' start bundle. The setup page sits outside the layout: it works while signed out.
import { Route } from "@solidjs/router";
import { consolePage as page } from "../../lib/console-page";
import { loadTexts } from "../../lib/i18n";
import { consoleRoutes as accessibilityConsoleRoutes } from "../accessibility/console/routes";
import { consoleRoutes as applicationsConsoleRoutes } from "../applications/console/routes";
import { consoleRoutes as appointmentsConsoleRoutes } from "../appointments/console/routes";
import { consoleRoutes as businessConsoleRoutes } from "../business/console/routes";
import { consoleRoutes as councilConsoleRoutes } from "../council/console/routes";
import { consoleRoutes as chatConsoleRoutes } from "../chat/console/routes";
import { consoleRoutes as mapConsoleRoutes } from "../map/console/routes";
import { consoleRoutes as reportsConsoleRoutes } from "../reports/console/routes";
import { consoleRoutes as servicesConsoleRoutes } from "../services/console/routes";
import { consoleRoutes as shopsConsoleRoutes } from "../shops/console/routes";
import { consoleRoutes as translationsConsoleRoutes } from "../translations/console/routes";
import { consoleRoutes as warningsConsoleRoutes } from "../warnings/console/routes";
import { consoleRoutes as wasteConsoleRoutes } from "../waste/console/routes";

/** The layout names the shop console, whose texts live with the merchants' (src/locales/merchant/). */
const layout = page(() => loadTexts("merchant").then(() => import("./StaffLayout")));

export const staffRoutes = (
  <>
    <Route path="/verwaltung/einrichten" component={page(() => import("./SetupPage"))} />
    <Route path="/verwaltung" component={layout}>
      <Route path="/" component={page(() => import("./HomePage"))} />
      {chatConsoleRoutes}
      {applicationsConsoleRoutes}
      <Route path="/buerger" component={page(() => import("./CitizenSearchPage"))} />
      <Route path="/buerger/:id" component={page(() => import("./CitizenPage"))} />
      {appointmentsConsoleRoutes}
      <Route path="/nachrichten" component={page(() => import("./SentMessagesPage"))} />
      {warningsConsoleRoutes}
      {reportsConsoleRoutes}
      {mapConsoleRoutes}
      {businessConsoleRoutes}
      {accessibilityConsoleRoutes}
      {translationsConsoleRoutes}
      {shopsConsoleRoutes}
      {wasteConsoleRoutes}
      {councilConsoleRoutes}
      <Route path="/mitarbeitende" component={page(() => import("./StaffAccountsPage"))} />
      {servicesConsoleRoutes}
      <Route path="/protokoll" component={page(() => import("./AuditPage"))} />
    </Route>
  </>
);
