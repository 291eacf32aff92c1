// The largest language file a resident's language switch loads (issue 20): every file of
// src/locales (the main file of a language and its parts, each its own chunk, loaded on demand),
// as gzip -9 of its minified JSON. Vite builds a file as JSON.parse of that text or as object
// literals per key, a few bytes apart. The staff console's texts (src/locales/staff/, German and
// English only) are no language a resident switches to and are left out.
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { gzipBytes, toKb } from "./bundle";

export type LocaleFile = { source: string; gzipKb: number };

async function collect(dir: string, root: string, into: LocaleFile[]): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const source = relative(root, path);
    if (entry.isDirectory()) {
      if (source !== join("src", "locales", "staff")) await collect(path, root, into);
    } else if (entry.name.endsWith(".json")) {
      const minified = JSON.stringify(JSON.parse(await readFile(path, "utf8")));
      into.push({ source, gzipKb: toKb(gzipBytes(Buffer.from(minified))) });
    }
  }
}

/** Every resident language file, largest first. */
export async function localeFiles(root: string): Promise<LocaleFile[]> {
  const files: LocaleFile[] = [];
  await collect(join(root, "src", "locales"), root, files);
  return files.sort((a, b) => b.gzipKb - a.gzipKb);
}
