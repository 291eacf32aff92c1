// What the server writes to disk (the database, VAPID keys, the setup link, the tile cache) is for
// the server's user only, whatever umask the process was started with.
import { chmodSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../db/database";
import { announceFirstAdminLink } from "../features/auth/first-admin";
import { TILE_BOUNDS, TILE_MAX_ZOOM } from "../features/map/routes";
import { loadVapidKeys } from "../features/push/vapid";
import { createTileProxy } from "../integrations/tiles";
import { startTileFixtureServer } from "../testing/tile-fixture-server";

const modeOf = (path: string) => statSync(path).mode & 0o777;

let root: string;
let umask: number;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "delmenhorst-modes-"));
  // The most permissive umask: every mode below is set by the server itself.
  umask = process.umask(0);
});
afterEach(() => {
  process.umask(umask);
  rmSync(root, { recursive: true, force: true });
});

describe("files in DATA_DIR", () => {
  it("are the owner's only: the folder 0700, the database and its WAL 0600", async () => {
    const dataDir = join(root, "data");
    const db = await openDatabase({ dataDir });
    await db.destroy();
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(join(dataDir, "delmenhorst.sqlite"))).toBe(0o600);
    const reopened = await openDatabase({ dataDir });
    try {
      expect(modeOf(join(dataDir, "delmenhorst.sqlite-wal"))).toBe(0o600);
    } finally {
      await reopened.destroy();
    }
  });

  it("tighten a database file an older version left readable by all", async () => {
    const dataDir = join(root, "data");
    await (await openDatabase({ dataDir })).destroy();
    const file = join(dataDir, "delmenhorst.sqlite");
    chmodSync(file, 0o644);
    const db = await openDatabase({ dataDir });
    await db.destroy();
    expect(modeOf(file)).toBe(0o600);
  });

  it("keep the setup link 0600, also when the file existed with another mode", async () => {
    const dataDir = join(root, "data");
    const db = await openDatabase({});
    try {
      await announceFirstAdminLink(db, "http://localhost:8080", dataDir);
      expect(modeOf(dataDir)).toBe(0o700);
      expect(modeOf(join(dataDir, "admin-setup-link.txt"))).toBe(0o600);
      chmodSync(join(dataDir, "admin-setup-link.txt"), 0o644);
      await announceFirstAdminLink(db, "http://localhost:8080", dataDir);
      expect(modeOf(join(dataDir, "admin-setup-link.txt"))).toBe(0o600);
    } finally {
      await db.destroy();
    }
  });

  it("keep the VAPID keys 0600 in a folder of mode 0700", () => {
    const dataDir = join(root, "data");
    loadVapidKeys({ dataDir, vapidKeys: undefined });
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(join(dataDir, "vapid.json"))).toBe(0o600);
  });

  it("keep the tile cache in folders of mode 0700 and files of mode 0600", async () => {
    const upstream = await startTileFixtureServer();
    try {
      const cacheDir = join(root, "data", "map-cache");
      const proxy = createTileProxy({
        styleUrl: upstream.styleUrl,
        cacheDir,
        bounds: TILE_BOUNDS,
        maxZoom: TILE_MAX_ZOOM,
      });
      await proxy.style();
      const entries = await readdir(cacheDir, { recursive: true });
      expect(entries.length).toBeGreaterThan(1);
      expect(modeOf(cacheDir)).toBe(0o700);
      for (const entry of entries) {
        const path = join(cacheDir, entry);
        expect(modeOf(path), entry).toBe(statSync(path).isDirectory() ? 0o700 : 0o600);
      }
    } finally {
      await upstream.close();
    }
  });
});
