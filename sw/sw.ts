/// <reference lib="webworker" />
// The service worker only wires modules together; it holds no business rules.
import { clientsClaim } from "workbox-core";
import { registerOutboxReplay } from "./background-sync";
import { registerMapCaches } from "./map-tiles";
import { registerPrecacheAndShell } from "./precache";
import { registerPush } from "./push";
import { registerRuntimeCaches } from "./runtime-caches";
import { registerSync } from "./sync";

declare const self: ServiceWorkerGlobalScope;

registerPrecacheAndShell(self.__WB_MANIFEST);
// Before the runtime caches: a sprite image must come from the saved map, not the image cache.
registerMapCaches();
registerRuntimeCaches();
registerOutboxReplay(self);
registerSync(self);
registerPush(self);

// The first install takes control at once, so the app works offline from the first visit.
// Later versions wait until the user agrees to reload (src/lib/sw-bridge.ts).
clientsClaim();
self.addEventListener("message", (event) => {
  if ((event.data as { type?: unknown } | null)?.type === "SKIP_WAITING") void self.skipWaiting();
});
