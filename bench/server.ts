// Builds the app when needed and runs the production server as a child process, the way it runs
// in production (node --import tsx server/index.ts), on a fresh SQLite database.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export type RunningServer = {
  baseUrl: string;
  /** The origin the app expects on state-changing requests (its own, http://localhost:port). */
  appOrigin: string;
  stop: () => Promise<void>;
};

const PREFERRED_PORT = 8199;
const READY_TIMEOUT_MS = 60_000;
// The server forces its own exit 10 s after SIGTERM; give it a little longer before SIGKILL.
const STOP_TIMEOUT_MS = 12_000;

/** What the build reads: a file here newer than dist/index.html makes the build stale. */
const BUILD_INPUTS = ["src", "sw", "public", "index.html", "vite.config.ts", "package-lock.json"];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

/** Where the bench builds and serves the app: dist/, or BUILD_OUT_DIR as for `npm run build`. */
export function distDir(root: string): string {
  return process.env.BUILD_OUT_DIR ? resolve(root, process.env.BUILD_OUT_DIR) : join(root, "dist");
}

/**
 * Builds with `npx vite build` unless dist/index.html is newer than every build input (a build of
 * another branch or of older sources would measure the wrong app).
 */
export async function ensureBuilt(root: string): Promise<void> {
  const built = join(distDir(root), "index.html");
  if (existsSync(built)) {
    const inputs = BUILD_INPUTS.map((name) => join(root, name)).filter((path) => existsSync(path));
    if (Math.max(...inputs.map(newestChange)) <= statSync(built).mtimeMs) return;
    console.log("dist/ is older than the sources: building with npx vite build ...");
  } else {
    console.log("dist/index.html is missing: building with npx vite build ...");
  }
  // --emptyOutDir: a BUILD_OUT_DIR outside the project would otherwise keep the chunks of older builds.
  const child = spawn("npx", ["vite", "build", "--emptyOutDir"], { cwd: root, stdio: "inherit" });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", resolve);
  });
  if (code !== 0) throw new Error(`npx vite build failed with exit code ${code}`);
}

/** `env` adds to or overrides the bench's environment of the server. */
export async function startServer(root: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<RunningServer> {
  const port = await findFreePort(PREFERRED_PORT);
  const dataDir = await mkdtemp(join(tmpdir(), "delmenhorst-bench-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    // Only this machine needs to reach the bench server.
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    STATIC_DIR: distDir(root),
    LOG_LEVEL: "warn",
    // The bench measures pages and the API; it must not poll the real NINA.
    NINA_POLL_SECONDS: "0",
  };
  // A developer's shell may point at PostgreSQL or switch the worker off; the bench wants neither.
  delete env.DATABASE_URL;
  delete env.SW_KILL_SWITCH;
  delete env.PUBLIC_ORIGIN;
  Object.assign(env, extraEnv);

  // stdout/stderr are inherited: with LOG_LEVEL=warn the server only speaks when something is wrong.
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    cwd: root,
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = new Promise<string>((resolve) => {
    child.once("exit", (code, signal) => resolve(signal ? `signal ${signal}` : `exit code ${code}`));
    child.once("error", (error) => resolve(error.message));
  });

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      await terminate(child, exited);
      await rm(dataDir, { recursive: true, force: true });
    })());

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(baseUrl, exited);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, appOrigin: `http://localhost:${port}`, stop };
}

/** Polls /readyz until it answers 200; gives up when the server exits or after READY_TIMEOUT_MS. */
async function waitUntilReady(baseUrl: string, exited: Promise<string>): Promise<void> {
  let exitReason: string | undefined;
  void exited.then((reason) => (exitReason = reason));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exitReason) throw new Error(`the server stopped before it was ready (${exitReason})`);
    try {
      const response = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`the server was not ready after ${READY_TIMEOUT_MS / 1000} s`);
}

async function terminate(child: ChildProcess, exited: Promise<string>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/** The preferred port when nothing listens there, else one the system picks. */
export async function findFreePort(preferred: number): Promise<number> {
  return (await tryListen(preferred)) ?? (await tryListen(0)) ?? preferred;
}

function tryListen(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(undefined));
    probe.listen(port, "127.0.0.1", () => {
      const address = probe.address();
      const actual = typeof address === "object" && address ? address.port : undefined;
      probe.close(() => resolve(actual));
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
