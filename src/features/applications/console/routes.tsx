// The applications console under /verwaltung (mounted by src/features/staff/routes.tsx): the
// department's inbox and one application, each its own chunk, with the applications' texts.
import { Route } from "@solidjs/router";
import type { Component } from "solid-js";
import { consolePage } from "../../../lib/console-page";
import { loadTexts } from "../../../lib/i18n";

const applicationsPage = (load: () => Promise<{ default: Component }>) =>
  consolePage(() => loadTexts("applications").then(load));

export const consoleRoutes = (
  <>
    <Route path="/antraege" component={applicationsPage(() => import("./ApplicationsInboxPage"))} />
    <Route path="/antraege/:id" component={applicationsPage(() => import("./ApplicationDetailPage"))} />
  </>
);
