// The waste collection calendar (/abfall): its page is its own chunk with its texts (src/locales/waste/).
import { Route } from "@solidjs/router";
import { lazy } from "solid-js";
import { loadTexts } from "../../lib/i18n";

const WastePage = lazy(() =>
  Promise.all([import("./WastePage"), loadTexts("waste")]).then(([module]) => module),
);

export const wasteRoutes = <Route path="/abfall" component={WastePage} />;
