// The council information system for residents (/rat), each page its own chunk; their texts come
// with them (src/locales/council/).
import { Route } from "@solidjs/router";
import { type Component, lazy } from "solid-js";
import { loadTexts } from "../../lib/i18n";

const page = (load: () => Promise<{ default: Component }>) =>
  lazy(() => Promise.all([load(), loadTexts("council")]).then(([module]) => module));

export const councilRoutes = (
  <>
    <Route path="/rat" component={page(() => import("./CouncilPage"))} />
    <Route path="/rat/sitzung/:id" component={page(() => import("./MeetingPage"))} />
    <Route path="/rat/vorlage/:id" component={page(() => import("./PaperPage"))} />
    <Route path="/rat/gremium/:id" component={page(() => import("./OrganizationPage"))} />
    <Route path="/rat/person/:id" component={page(() => import("./PersonPage"))} />
    <Route
      path="/rat/themen"
      // Its area picker is the map's (src/features/map/PositionPicker.tsx), with the map's texts.
      component={page(() => loadTexts("map").then(() => import("./CouncilTopicsPage")))}
    />
    <Route path="/rat/veranstaltungen" component={page(() => import("./InfoEventsPage"))} />
    <Route path="/rat/veranstaltungen/:id" component={page(() => import("./InfoEventPage"))} />
  </>
);
