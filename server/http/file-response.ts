// A stored file as a download.
import type { Context } from "hono";
import type { AppEnv } from "./env";

/**
 * The file as a download: private, never cached by a shared cache or the service worker. `inline`
 * lets a browser show it (a photo opened from a chat); PDFs and everything else are attachments.
 */
export function fileResponse(
  c: Context<AppEnv>,
  file: { name: string; media_type: string; content: Uint8Array },
  options: { inline?: boolean } = {},
) {
  const encoded = encodeURIComponent(file.name);
  const disposition = options.inline ? "inline" : "attachment";
  return c.body(new Uint8Array(file.content), 200, {
    "Content-Type": file.media_type,
    "Content-Disposition": `${disposition}; filename="${file.name.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encoded}`,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  });
}
