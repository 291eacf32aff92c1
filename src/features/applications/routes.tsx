// The online applications' pages, each its own chunk; their texts come with them
// (src/locales/applications/), and the account's, whose form parts and session they use.
import { Route } from "@solidjs/router";
import { type Component, lazy } from "solid-js";
import { loadTexts } from "../../lib/i18n";

/** A page chunk that renders once its texts are there too. */
const page = (load: () => Promise<{ default: Component }>) =>
  lazy(() =>
    Promise.all([load(), loadTexts("applications"), loadTexts("account")]).then(([module]) => module),
  );

export const applicationsRoutes = (
  <>
    <Route path="/antraege" component={page(() => import("./ApplicationsPage"))} />
    <Route path="/antraege/neu/:type" component={page(() => import("./NewDraftPage"))} />
    <Route path="/antraege/entwurf/:id/:step" component={page(() => import("./DraftPage"))} />
    <Route path="/antraege/:id" component={page(() => import("./ApplicationPage"))} />
  </>
);
