// The merchant's pages of Delmenhorst Shopping, each its own chunk, with their texts
// (src/locales/merchant/) and the account's (sign-in state, form parts).
import { Route } from "@solidjs/router";
import { type Component, lazy } from "solid-js";
import { loadTexts } from "../../../lib/i18n";

const page = (load: () => Promise<{ default: Component }>) =>
  lazy(() => Promise.all([load(), loadTexts("merchant"), loadTexts("account")]).then(([module]) => module));

/** Before the directory's `/einkaufen/:id` in the route table, which would read "haendler" as an id. */
export const merchantRoutes = (
  <>
    <Route path="/einkaufen/haendler" component={page(() => import("./MerchantPage"))} />
    <Route path="/einkaufen/haendler/neu" component={page(() => import("./NewEntryPage"))} />
    <Route path="/einkaufen/haendler/:id" component={page(() => import("./EditEntryPage"))} />
    <Route path="/einkaufen/:id/beanspruchen" component={page(() => import("./ClaimPage"))} />
  </>
);
