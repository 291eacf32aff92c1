// The page for proposing a better translation; it brings its texts (src/locales/translations/).
// The admins' review is in ./console/routes.tsx.
import { Route } from "@solidjs/router";
import { lazy } from "solid-js";
import { loadTexts } from "../../lib/i18n";

const ImprovePage = lazy(() =>
  Promise.all([import("./ImprovePage"), loadTexts("translations")]).then(([module]) => module),
);

export const translationRoutes = <Route path="/uebersetzung-verbessern" component={ImprovePage} />;
