// The warnings' pages, each its own chunk; their texts come with them (src/locales/warnings/).
import { Route } from "@solidjs/router";
import { type Component, lazy } from "solid-js";
import { loadTexts } from "../../lib/i18n";

/** A page chunk that renders once the warnings' texts are there too. */
const page = (load: () => Promise<{ default: Component }>) =>
  lazy(() => Promise.all([load(), loadTexts("warnings")]).then(([module]) => module));

export const warningsRoutes = (
  <>
    <Route path="/warnungen" component={page(() => import("./WarningsPage"))} />
    <Route path="/warnungen/benachrichtigungen" component={page(() => import("./PushSettingsPage"))} />
    <Route path="/warnungen/:id" component={page(() => import("./WarningPage"))} />
  </>
);
