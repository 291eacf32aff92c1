// Business support by the economic development agency (dwfg): each page its own chunk; their texts
// come with them (src/locales/business/). The consultation form uses the account's form parts and
// their texts.
import { Route } from "@solidjs/router";
import { type Component, lazy } from "solid-js";
import { loadTexts } from "../../lib/i18n";

const page = (load: () => Promise<{ default: Component }>) =>
  lazy(() => Promise.all([load(), loadTexts("business"), loadTexts("account")]).then(([module]) => module));

export const businessRoutes = (
  <>
    <Route path="/wirtschaft" component={page(() => import("./BusinessPage"))} />
    <Route path="/wirtschaft/digital" component={page(() => import("./ProvidersPage"))} />
    <Route path="/wirtschaft/foerderung" component={page(() => import("./FundingPage"))} />
    <Route path="/wirtschaft/beratung" component={page(() => import("./ConsultationPage"))} />
  </>
);
