// Writes .br and .gz next to every text asset of the build, so the server sends them without
// compressing on each request (see serveStatic's `precompressed`).
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);
const COMPRESSIBLE = /\.(js|css|html|svg|json|webmanifest|txt)$/;

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

export async function precompressDir(dir: string): Promise<void> {
  for await (const path of files(dir)) {
    if (!COMPRESSIBLE.test(path)) continue;
    const content = await readFile(path);
    if (content.length < 1024) continue;
    await writeFile(
      `${path}.br`,
      await brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
    await writeFile(`${path}.gz`, await gz(content, { level: 9 }));
  }
}

export function precompress(): Plugin {
  let outDir = "dist";
  return {
    name: "delmenhorst:precompress",
    apply: "build",
    enforce: "post",
    configResolved(config) {
      outDir = config.build.outDir;
    },
    // vite-plugin-pwa writes sw.js in its own closeBundle; compress after it.
    closeBundle: {
      order: "post",
      sequential: true,
      async handler() {
        await precompressDir(outDir);
      },
    },
  };
}
