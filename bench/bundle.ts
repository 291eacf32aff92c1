// What a page costs to load: every same-origin JS and CSS file it fetched, gzipped.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Response } from "playwright-core";
import { CHROMIUM_FLAGS, chromiumPath } from "./browser";
import { sleep } from "./server";

export type Chunk = { path: string; rawBytes: number; gzipBytes: number };

// Files requested after the network went quiet (idle-time prefetches, lazy routes) still count.
const SETTLE_MS = 2_000;

/**
 * Sizes are recomputed with gzip -9 rather than read from Content-Length: the server may send
 * brotli, or nothing compressed, and the budget should not depend on that.
 */
export function gzipBytes(body: Buffer): number {
  return gzipSync(body, { level: 9 }).length;
}

/** KB as Vite prints them (1 KB = 1000 bytes), so the numbers match the build output. */
export function toKb(bytes: number): number {
  return Math.round(bytes / 10) / 100;
}

/** Loads `pagePath` (`/`, `/konto`) in a fresh Chromium; returns the JS and CSS it fetched, largest first. */
export async function pageChunks(baseUrl: string, pagePath: string): Promise<Chunk[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
  try {
    // Blocking the service worker keeps its precache (the whole app) out of the count.
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    const origin = new URL(baseUrl).origin;
    const bodies = new Map<string, Promise<Buffer>>();
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (url.origin !== origin || !isJsOrCss(response)) return;
      const path = url.pathname + url.search;
      if (bodies.has(path)) return;
      // Read the body right away: it is gone once the page navigates or closes.
      const body = readBody(response, path);
      body.catch(() => {}); // awaited (and reported) below; this keeps it from counting as unhandled
      bodies.set(path, body);
    });
    await page.goto(`${baseUrl}${pagePath}`, { waitUntil: "networkidle" });
    await sleep(SETTLE_MS);
    const chunks = await Promise.all(
      [...bodies].map(async ([path, body]) => {
        const bytes = await body;
        return { path, rawBytes: bytes.length, gzipBytes: gzipBytes(bytes) };
      }),
    );
    return chunks.sort((a, b) => b.gzipBytes - a.gzipBytes);
  } finally {
    await browser.close();
  }
}

function isJsOrCss(response: Response): boolean {
  const type = response.request().resourceType();
  if (type === "script" || type === "stylesheet") return true;
  // Module preloads can be typed "other"; the file name or content type still tells.
  if (/\.(m?js|css)$/.test(new URL(response.url()).pathname)) return true;
  return /javascript|text\/css/.test(response.headers()["content-type"] ?? "");
}

async function readBody(response: Response, path: string): Promise<Buffer> {
  if (!response.ok()) throw new Error(`${path} answered ${response.status()}`);
  return response.body();
}

/** Every JS chunk of the build, gzipped, largest first: shows the big lazy chunks, too. */
export async function distChunks(distDir: string): Promise<Chunk[]> {
  const assets = join(distDir, "assets");
  const names = (await readdir(assets)).filter((name) => name.endsWith(".js"));
  const chunks = await Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(join(assets, name));
      return { path: `/assets/${name}`, rawBytes: bytes.length, gzipBytes: gzipBytes(bytes) };
    }),
  );
  return chunks.sort((a, b) => b.gzipBytes - a.gzipBytes);
}
