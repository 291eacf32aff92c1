// A server of our own for tests that restart it (update flow, kill switch): same port, so the
// browser sees the same origin and the same service worker registration.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type RunningServer = { url: string; stop: () => Promise<void> };

export const repoRoot = join(import.meta.dirname, "..", "..", "..");

export function newDataDir(): string {
  return mkdtempSync(join(tmpdir(), "delmenhorst-e2e-own-"));
}

export async function startServer(port: number, env: Record<string, string>): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    cwd: repoRoot,
    // These servers test the app shell: no warnings to fetch (tests talk only to loopback).
    env: { ...process.env, PORT: String(port), LOG_LEVEL: "warn", NINA_POLL_SECONDS: "0", ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server on ${port} did not start`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
