// The server's layers, read from the source (issue 18): SQL only in store files, and the shared
// layers (server/http, server/platform, server/db, server/lib) below the features, never importing one.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SERVER = import.meta.dirname;

/**
 * Files that still hold SQL outside a store, each naming who moves it; an entry whose file no longer
 * holds SQL fails too, so the list only shrinks.
 */
const SQL_OUTSIDE_STORES_FOR_NOW: readonly string[] = [];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

const rel = (path: string) => relative(SERVER, path).split("\\").join("/");
const withoutComments = (code: string) =>
  code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");

/** Test code may set rows up directly: tests, their fixtures and server/testing. */
const isTestCode = (path: string) =>
  /\.test\.ts$|(^|\/|-)fixtures\.ts$/.test(path) || path.startsWith("testing/");
const isStore = (path: string) => /(^|\/|-)store\.ts$/.test(path);
/** The database layer itself: dialects, migrations, the storage probe. */
const isDbLayer = (path: string) => path.startsWith("db/") && !isStore(path);

const SQL =
  /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\(|\bsql`|\bsql\.(raw|ref|table)\(/;

describe("the server's layers", () => {
  const files = sourceFiles(SERVER).map((path) => ({
    path: rel(path),
    code: withoutComments(readFileSync(path, "utf8")),
  }));

  it("keeps SQL in store files", () => {
    const holding = files
      .filter(({ path }) => !isTestCode(path) && !isStore(path) && !isDbLayer(path))
      .filter(({ code }) => SQL.test(code))
      .map(({ path }) => path);
    expect(holding.filter((path) => !SQL_OUTSIDE_STORES_FOR_NOW.includes(path))).toEqual([]);
    expect(SQL_OUTSIDE_STORES_FOR_NOW.filter((path) => !holding.includes(path))).toEqual([]);
  });

  it("lets no shared layer import a feature", () => {
    const importsOfFeatures = files
      .filter(({ path }) => /^(http|platform|db|lib|mail|integrations)\//.test(path) && !isTestCode(path))
      .flatMap(({ path, code }) =>
        [...code.matchAll(/\bfrom\s+["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g)]
          .map((match) => match[1] ?? match[2]!)
          .filter((specifier) => specifier.startsWith("."))
          .map((specifier) => rel(resolve(SERVER, path, "..", specifier)))
          .filter((target) => target.startsWith("features/"))
          // Database composes every feature's table types (tables.ts): types only, by design.
          .filter((target) => !(path === "db/schema.ts" && /^features\/[^/]+\/tables$/.test(target)))
          .map((target) => `${path} imports ${target}`),
      );
    expect(importsOfFeatures).toEqual([]);
  });
});
