import { Route, Router } from "@solidjs/router";
import { createResource, createSignal, type JSX, lazy, Show } from "solid-js";
import { loadTexts } from "../lib/i18n";
import { accessibilityRoutes } from "../features/accessibility/routes";
import { translationRoutes } from "../features/translations/routes";
import { accountRoutes } from "../features/account/routes";
import { applicationsRoutes } from "../features/applications/routes";
import { appointmentsRoutes } from "../features/appointments/routes";
import { businessRoutes } from "../features/business/routes";
import { wasteRoutes } from "../features/waste/routes";
import { councilRoutes } from "../features/council/routes";
import { reportsRoutes } from "../features/reports/routes";
import { chatRoutes } from "../features/chat/routes";
import { mapRoutes } from "../features/map/routes";
import { merchantRoutes } from "../features/shops/merchant/routes";
import { settingsRoutes } from "../features/settings/routes";
import { shopsRoutes } from "../features/shops/routes";
import { warningsRoutes } from "../features/warnings/routes";
import { Layout } from "./Layout";

// Every feature is its own chunk, loaded when its route is first visited.
const StartPage = lazy(() => import("../features/start/StartPage"));
const ServicesPage = lazy(() => import("../features/services/ServicesPage"));
const ServicePage = lazy(() => import("../features/services/ServicePage"));
const LifeSituationPage = lazy(() => import("../features/services/LifeSituationPage"));
const OfficePage = lazy(() => import("../features/offices/OfficePage"));
// "Mehr" names every area of the app: its texts are a part of their own, out of the start bundle.
const MorePage = lazy(() =>
  Promise.all([import("../features/more/MorePage"), loadTexts("more")]).then(([module]) => module),
);
const NotFoundPage = lazy(() => import("./NotFoundPage"));

// The staff console's route table (a dozen features' console routes, about 2 KB gzip) is a chunk of its
// own that residents never load: until it is there, one route holds every /verwaltung address and loads
// it; the router then matches the address again against the console's real routes.
const [consoleRoutes, setConsoleRoutes] = createSignal<JSX.Element>();
const loadConsoleRoutes = () =>
  import("../features/staff/routes").then(({ staffRoutes }) => {
    setConsoleRoutes(() => staffRoutes);
    return true;
  });

function ConsoleRoutesLoading() {
  // Read inside the layout's Suspense (its loading line) and ErrorBoundary (a failed load).
  const [loaded] = createResource(loadConsoleRoutes);
  return <Show when={loaded()}>{null}</Show>;
}

export function App() {
  return (
    <Router root={Layout}>
      <Route path="/" component={StartPage} />
      <Route path="/dienstleistungen" component={ServicesPage} />
      <Route path="/dienstleistungen/:id" component={ServicePage} />
      <Route path="/lebenslagen/:id" component={LifeSituationPage} />
      <Route path="/standorte/:id" component={OfficePage} />
      {warningsRoutes}
      {mapRoutes}
      {businessRoutes}
      {wasteRoutes}
      {councilRoutes}
      {reportsRoutes}
      {chatRoutes}
      {merchantRoutes}
      {shopsRoutes}
      {appointmentsRoutes}
      {accountRoutes}
      {applicationsRoutes}
      {consoleRoutes() ?? <Route path="/verwaltung/*" component={ConsoleRoutesLoading} />}
      {settingsRoutes}
      {accessibilityRoutes}
      {translationRoutes}
      <Route path="/mehr" component={MorePage} />
      <Route path="*" component={NotFoundPage} />
    </Router>
  );
}
