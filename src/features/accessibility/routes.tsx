// The accessibility statement with its feedback form; the page brings its texts
// (src/locales/accessibility/). The admins' list of feedback is in ./console/routes.tsx.
import { Route } from "@solidjs/router";
import { lazy } from "solid-js";
import { loadTexts } from "../../lib/i18n";

const StatementPage = lazy(() =>
  Promise.all([import("./StatementPage"), loadTexts("accessibility")]).then(([module]) => module),
);

export const accessibilityRoutes = <Route path="/barrierefreiheit" component={StatementPage} />;
