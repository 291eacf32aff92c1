// The client's layering, read from the source: src/lib and src/ui stay below the features, a feature
// reaches another feature's console never, and static imports form no cycle (issue 18).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const SRC = join(ROOT, "src");

/**
 * Cycles known and accepted for now, each as the sorted files of one strongly connected component.
 * Every entry names the issue that removes it; an entry that no longer matches a cycle fails too.
 */
const ALLOWED_CYCLES: readonly (readonly string[])[] = [];

type Edge = { to: string; dynamic: boolean };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** The file a relative specifier names, as Vite resolves it; undefined for packages. */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ""));
  const candidate = [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")].find(
    isFile,
  );
  if (!candidate) throw new Error(`${relative(ROOT, from)}: cannot resolve "${specifier}"`);
  return candidate;
}

// Comments would hold false hits ("see ../app/focus.ts"), so they go before the specifiers are read.
const withoutComments = (code: string) =>
  code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
const STATIC = /(?:^|[\s;}])(?:import|export)\s+(?:[^"'`;]*?\s+from\s+)?["']([^"']+)["']/g;
const DYNAMIC = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

function importGraph(): Map<string, Edge[]> {
  const graph = new Map<string, Edge[]>();
  for (const file of sourceFiles(SRC)) {
    const code = withoutComments(readFileSync(file, "utf8"));
    const edges: Edge[] = [];
    for (const [pattern, dynamic] of [
      [STATIC, false],
      [DYNAMIC, true],
    ] as const) {
      for (const match of code.matchAll(pattern)) {
        const to = resolveSpecifier(file, match[1]!);
        if (to) edges.push({ to, dynamic });
      }
    }
    graph.set(file, edges);
  }
  return graph;
}

const rel = (path: string) => relative(ROOT, path).split("\\").join("/");
const layer = (path: string) => rel(path).split("/").slice(0, 2).join("/");
/** "map" for src/features/map/console/X.tsx, undefined outside a console folder. */
const consoleOwner = (path: string) => /^src\/features\/([^/]+)\/console\//.exec(rel(path))?.[1];
const featureOf = (path: string) => /^src\/features\/([^/]+)\//.exec(rel(path))?.[1];

/** Tarjan's strongly connected components of the static imports; those with a cycle only. */
function cycles(graph: Map<string, Edge[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const { to, dynamic } of graph.get(node) ?? []) {
      if (dynamic || !graph.has(to)) continue;
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    const selfLoop = graph.get(node)?.some((edge) => !edge.dynamic && edge.to === node);
    if (component.length > 1 || selfLoop) found.push(component.map(rel).sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** One concrete loop through a component, for a message a reader can follow. */
function loopThrough(graph: Map<string, Edge[]>, component: string[]): string {
  const members = new Set(component);
  const start = component[0]!;
  const path = [start];
  const seen = new Set([start]);
  for (;;) {
    const here = path.at(-1)!;
    const next = (graph.get(join(ROOT, here)) ?? [])
      .filter((edge) => !edge.dynamic)
      .map((edge) => rel(edge.to))
      .find((to) => members.has(to) && (to === start || !seen.has(to)));
    if (!next || next === start) return [...path, start].join(" -> ");
    path.push(next);
    seen.add(next);
  }
}

describe("the client's import graph", () => {
  const graph = importGraph();
  const edges = [...graph].flatMap(([from, list]) => list.map((edge) => ({ from, ...edge })));

  it("keeps src/lib and src/ui below the app shell and the features", () => {
    const upward = edges
      .filter(({ from }) => ["src/lib", "src/ui"].includes(layer(from)))
      .filter(({ to }) => ["src/app", "src/features"].includes(layer(to)))
      .map(({ from, to }) => `${rel(from)} imports ${rel(to)}`);
    expect(upward).toEqual([]);
  });

  it("lets no feature reach into another feature's console", () => {
    const sideways = edges
      .filter(({ to }) => consoleOwner(to) !== undefined && featureOf(to) !== undefined)
      .filter(({ from, to }) => featureOf(from) !== consoleOwner(to))
      // The console shell mounts every feature's consoleRoutes: that is its job.
      .filter(({ from }) => rel(from) !== "src/features/staff/routes.tsx")
      .map(({ from, to }) => `${rel(from)} imports ${rel(to)}`);
    expect(sideways).toEqual([]);
  });

  it("has no cycle among static imports but the allowed ones", () => {
    const found = cycles(graph);
    const key = (component: readonly string[]) => component.join(" ");
    const allowed = new Set(ALLOWED_CYCLES.map(key));
    const unexpected = found.filter((component) => !allowed.has(key(component)));
    expect(unexpected.map((component) => loopThrough(graph, component))).toEqual([]);
    // An allowed cycle that is gone should leave the list, so it cannot come back unnoticed.
    const present = new Set(found.map(key));
    expect(ALLOWED_CYCLES.map(key).filter((entry) => !present.has(entry))).toEqual([]);
  });
});
