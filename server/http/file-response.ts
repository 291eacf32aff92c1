// A stored file as a download.
import type { Context } from "hono";
import type { AppEnv } from "./env";

/** The file as a download: private, never cached by a shared cache or the service worker. */
export function fileResponse(
  c: Context<AppEnv>,
  file: { name: string; media_type: string; content: Uint8Array },
) {
  const encoded = encodeURIComponent(file.name);
  return c.body(new Uint8Array(file.content), 200, {
    "Content-Type": file.media_type,
    "Content-Disposition": `attachment; filename="${file.name.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encoded}`,
    "Cache-Control": "private, no-store",
  });
}
