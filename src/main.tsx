// Entry: translations first, then the service worker and the sync, then the app.
import { render } from "solid-js/web";
import { App } from "./app/App";
import { initI18n } from "./lib/i18n";
import { registerServiceWorker } from "./lib/sw-bridge";
import { startSyncSchedule } from "./lib/sync-status";
import "./app/styles.css";

// The update path must not depend on the app rendering (a broken release must still be replaceable).
registerServiceWorker();

const root = document.getElementById("root");
if (!root) throw new Error("#root missing in index.html");

void initI18n().then(() => {
  root.textContent = "";
  render(() => <App />, root);
  startSyncSchedule();
  // Which languages the city reviewed, for the language picker; its own chunk, after the first paint.
  if (navigator.onLine)
    setTimeout(() => {
      void import("./features/translations/status")
        .then((status) => status.refreshLanguageStatus())
        .catch(() => undefined);
    }, 2000);
});
