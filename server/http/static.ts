// Serves the built app: hashed assets forever, everything else revalidated, the shell for deep links.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import type { AppEnv } from "./env";

const IMMUTABLE = "public, max-age=31536000, immutable";
const REVALIDATE = "no-cache";

/**
 * Served as /sw.js when SW_KILL_SWITCH is set: replaces a broken worker, removes every cache,
 * unregisters itself and reloads open pages, which then run without a service worker.
 */
export const KILL_SWITCH_WORKER = `// Delmenhorst App: kill-switch service worker
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) await caches.delete(key);
    await self.registration.unregister();
    for (const client of await self.clients.matchAll({ type: "window" })) client.navigate(client.url);
  })());
});
`;

export function staticRoutes(staticDir: string) {
  const app = new Hono<AppEnv>();
  let shell: Promise<string> | undefined;
  const readShell = () => (shell ??= readFile(join(staticDir, "index.html"), "utf8"));

  app.get("/sw.js", async (c, next) => {
    c.header("Cache-Control", REVALIDATE);
    if (!c.var.config.swKillSwitch) return next();
    return c.body(KILL_SWITCH_WORKER, 200, { "Content-Type": "text/javascript; charset=utf-8" });
  });

  // Cache-Control goes on the file's response itself: serveStatic's onFound runs after the response
  // is made, so a c.header() there is lost. Decided by the URL, not by where staticDir lies.
  const files = serveStatic<AppEnv>({ root: staticDir, precompressed: true });
  app.use("*", async (c, next) => {
    const found = await files(c, next);
    if (!(found instanceof Response)) return;
    found.headers.set("Cache-Control", c.req.path.startsWith("/assets/") ? IMMUTABLE : REVALIDATE);
    return found;
  });

  // Deep links (/dienstleistungen/personalausweis) get the shell; the router takes over.
  app.get("*", async (c) => {
    if (!c.req.header("accept")?.includes("text/html")) return c.notFound();
    try {
      return c.html(await readShell(), 200, { "Cache-Control": REVALIDATE });
    } catch {
      shell = undefined;
      return c.text("The app is not built yet: run npm run build.", 503);
    }
  });

  return app;
}
