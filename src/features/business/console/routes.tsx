// Business support's console pages under /verwaltung/wirtschaft (mounted by
// src/features/staff/routes.tsx), each its own chunk. They name services, topics and statuses in the
// residents' words (src/locales/business/).
import { Route } from "@solidjs/router";
import type { Component } from "solid-js";
import { consolePage } from "../../../lib/console-page";
import { loadTexts } from "../../../lib/i18n";

const businessPage = (load: () => Promise<{ default: Component }>) =>
  consolePage(() => loadTexts("business").then(load));
const providerEditor = businessPage(() => import("./BusinessProviderEditPage"));
const fundingEditor = businessPage(() => import("./BusinessFundingEditPage"));

export const consoleRoutes = (
  <>
    <Route path="/wirtschaft" component={businessPage(() => import("./BusinessConsolePage"))} />
    <Route path="/wirtschaft/anbieter" component={businessPage(() => import("./BusinessProvidersPage"))} />
    <Route path="/wirtschaft/anbieter/neu" component={providerEditor} />
    <Route path="/wirtschaft/anbieter/:id" component={providerEditor} />
    <Route path="/wirtschaft/foerderung" component={businessPage(() => import("./BusinessFundingPage"))} />
    <Route path="/wirtschaft/foerderung/neu" component={fundingEditor} />
    <Route path="/wirtschaft/foerderung/:id" component={fundingEditor} />
  </>
);
