// The accessibility statement with its feedback form; the page brings its texts
// (src/locales/accessibility/), and both in Leichte Sprache: the statement and the start page's section. The admins' list of feedback is in ./console/routes.tsx.
import { Route } from "@solidjs/router";
import { lazy } from "solid-js";
import { loadTexts } from "../../lib/i18n";

const StatementPage = lazy(() =>
  Promise.all([import("./StatementPage"), loadTexts("accessibility")]).then(([module]) => module),
);

const EasyStatementPage = lazy(() =>
  Promise.all([import("./EasyStatementPage"), loadTexts("accessibility")]).then(([module]) => module),
);
// The start page's section in Leichte Sprache shares the statement's texts (one part, loaded on demand).
const EasyStartPage = lazy(() =>
  Promise.all([import("./EasyStartPage"), loadTexts("accessibility")]).then(([module]) => module),
);

export const accessibilityRoutes = (
  <>
    <Route path="/barrierefreiheit" component={StatementPage} />
    <Route path="/barrierefreiheit/leichte-sprache" component={EasyStatementPage} />
    <Route path="/leichte-sprache" component={EasyStartPage} />
  </>
);
