// The map's pages, each its own chunk; their texts come with them (src/locales/map/). The map page
// names warning levels and shop categories too, so it loads the warnings' and the shops' texts as well.
import { Route } from "@solidjs/router";
import { type Component, lazy } from "solid-js";
import { loadTexts } from "../../lib/i18n";

const page = (load: () => Promise<{ default: Component }>) =>
  lazy(() =>
    Promise.all([load(), loadTexts("map"), loadTexts("warnings"), loadTexts("shops")]).then(
      ([module]) => module,
    ),
  );

export const mapRoutes = (
  <>
    <Route path="/karte" component={page(() => import("./MapPage"))} />
    <Route path="/karte/liste" component={page(() => import("./ListPage"))} />
    <Route path="/karte/:layer/:id" component={page(() => import("./FeaturePage"))} />
  </>
);
