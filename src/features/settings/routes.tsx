// The resident's settings for this device; the page brings its texts (src/locales/settings/).
import { Route } from "@solidjs/router";
import { lazy } from "solid-js";
import { loadTexts } from "../../lib/i18n";

const DisplaySettingsPage = lazy(() =>
  Promise.all([import("./DisplaySettingsPage"), loadTexts("settings")]).then(([module]) => module),
);

export const settingsRoutes = <Route path="/einstellungen/darstellung" component={DisplaySettingsPage} />;
