// Delmenhorst Shopping for residents, each page its own chunk; their texts come with them
// (src/locales/shops/). The merchants' pages have their own routes (./merchant/).
import { Route } from "@solidjs/router";
import { type Component, lazy } from "solid-js";
import { loadTexts } from "../../lib/i18n";

const page = (load: () => Promise<{ default: Component }>) =>
  lazy(() => Promise.all([load(), loadTexts("shops")]).then(([module]) => module));

export const shopsRoutes = (
  <>
    <Route path="/einkaufen" component={page(() => import("./ShopsPage"))} />
    <Route path="/einkaufen/termine" component={page(() => import("./CalendarPage"))} />
    <Route path="/einkaufen/:id" component={page(() => import("./ShopPage"))} />
  </>
);
