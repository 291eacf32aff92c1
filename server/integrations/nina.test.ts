// The NINA client against a local server with recorded payloads and the broken answers seen in the wild.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "../../src/lib/contract/zod";
import {
  type NinaFixtureServer,
  readNinaFixture,
  startNinaFixtureServer,
} from "../testing/nina-fixture-server";
import { createNinaClient, type NinaClient, UpstreamError } from "./nina";

const DASHBOARD = "/dashboard/034010000000.json";
const MOW = "mow.DE-NW-BN-SE030-20201014-30-000";

let nina: NinaFixtureServer;
let client: NinaClient;

beforeEach(async () => {
  nina = await startNinaFixtureServer();
  // Generous: on a loaded CI machine a local answer can take longer than a hang test should wait.
  client = createNinaClient({ baseUrl: nina.baseUrl, timeoutMs: 5_000 });
});

/** A hang is only ever waited out by this client: nothing it asks for can answer in time anyway. */
const clientFor = (answer: object) =>
  "hang" in answer ? createNinaClient({ baseUrl: nina.baseUrl, timeoutMs: 200 }) : client;

afterEach(async () => {
  await nina.close();
});

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UpstreamError);
  return error instanceof UpstreamError ? error.reason : "";
}

describe("fetchDashboard", () => {
  it("returns the entries with the validators of the answer", async () => {
    const body = readNinaFixture("ha-dashboard-sample.json");
    nina.route(DASHBOARD, { body, etag: '"v1"', lastModified: "Fri, 05 Jan 2024 13:00:00 GMT" });

    const result = await client.fetchDashboard("034010000000");

    expect(result).toMatchObject({
      status: "ok",
      skipped: 0,
      etag: '"v1"',
      lastModified: "Fri, 05 Jan 2024 13:00:00 GMT",
    });
    if (result.status !== "ok") return;
    expect(result.entries.map((e) => e.id)).toEqual(["mow.DE-BW-S-SE018-20211102-18-001", MOW]);
    expect(result.entries[1]?.payload?.hash).toBe(
      "551db820a43be7e4f39283e1dfb71b212cd520c3ee478d44f43519e9c48fde4c",
    );
  });

  it("sends If-None-Match and If-Modified-Since and reports 304 as unchanged", async () => {
    nina.route(DASHBOARD, { body: [], etag: '"v1"' });

    const result = await client.fetchDashboard("034010000000", { etag: '"v1"', lastModified: "x" });

    expect(result).toEqual({ status: "unchanged" });
    expect(nina.requests[0]?.headers["if-none-match"]).toBe('"v1"');
    expect(nina.requests[0]?.headers["if-modified-since"]).toBe("x");
  });

  it("skips entries without an id and keeps the others", async () => {
    nina.route(DASHBOARD, { body: readNinaFixture("delmenhorst/dashboard-missing-fields.json") });
    const result = await client.fetchDashboard("034010000000");
    expect(result).toMatchObject({ status: "ok", skipped: 1, etag: null, lastModified: null });
    if (result.status === "ok")
      expect(result.entries).toEqual([expect.objectContaining({ id: expect.any(String) })]);
  });

  it("treats fields of the wrong type as missing", async () => {
    nina.route(DASHBOARD, { body: [{ id: "mow.X", payload: { version: "two", hash: 7 }, sent: 1 }] });
    const result = await client.fetchDashboard("034010000000");
    if (result.status !== "ok") throw new Error("expected ok");
    expect(result.entries).toEqual([{ id: "mow.X", payload: { version: undefined, hash: undefined } }]);
  });

  it.each([
    [
      "404 with an HTML page (a municipality ARS)",
      { status: 404, html: "<html><body>Not Found</body></html>" },
      "http 404",
    ],
    ["a server error", { status: 503, html: "<h1>Service Unavailable</h1>" }, "http 503"],
    ["an empty body", { empty: true }, "empty body"],
    ["invalid JSON", { invalidJson: true }, "not json"],
    ["a transfer cut off halfway", { cutOff: true, body: [{ id: "mow.X" }] }, "network"],
    ["an HTML page with status 200", { html: "<!DOCTYPE html><html></html>" }, "not json"],
    ["an object instead of a list", { body: { warnings: [] } }, "invalid shape"],
    ["null", { body: null }, "invalid shape"],
    ["no answer within the timeout", { hang: true }, "timeout"],
  ])("throws an UpstreamError for %s", async (_, answer, reason) => {
    nina.route(DASHBOARD, answer);
    expect(await reasonOf(clientFor(answer).fetchDashboard("034010000000"))).toBe(reason);
  });

  it("reports a refused connection as network", async () => {
    const closed = createNinaClient({ baseUrl: "http://127.0.0.1:1", timeoutMs: 200 });
    expect(await reasonOf(closed.fetchDashboard("034010000000"))).toBe("network");
  });

  it("reports our own shutdown as aborted, not as the upstream's failure", async () => {
    nina.route(DASHBOARD, { hang: true });
    const shutdown = new AbortController();
    const aborting = createNinaClient({ baseUrl: nina.baseUrl, timeoutMs: 5_000, signal: shutdown.signal });
    const pending = reasonOf(aborting.fetchDashboard("034010000000"));
    setTimeout(() => shutdown.abort(), 20);
    expect(await pending).toBe("aborted");
  });
});

describe("fetchWarning and fetchWarningArea", () => {
  const details = z.record(z.string(), z.unknown()).parse(readNinaFixture("ha-warning-details-sample.json"));

  it.each(Object.keys(details))("reads the details of %s", async (id) => {
    nina.route(`/warnings/${id}.json`, { body: details[id] });
    const warning = await client.fetchWarning(id);
    expect(warning.identifier).toBe(id);
    expect(warning.info?.[0]?.headline).toEqual(expect.any(String));
  });

  it.each([
    ["404", { status: 404, html: "<html></html>" }, "http 404"],
    ["an empty body", { empty: true }, "empty body"],
    ["invalid JSON", { invalidJson: true }, "not json"],
    ["a transfer cut off halfway", { cutOff: true, body: { identifier: MOW } }, "network"],
    ["a list", { body: [] }, "invalid shape"],
    ["a hang", { hang: true }, "timeout"],
  ])("throws for details answered with %s", async (_, answer, reason) => {
    nina.route(`/warnings/${MOW}.json`, answer);
    expect(await reasonOf(clientFor(answer).fetchWarning(MOW))).toBe(reason);
  });

  it("keeps the polygons of the GeoJSON with their count and bounding box", async () => {
    nina.route(`/warnings/${MOW}.geojson`, { body: readNinaFixture("delmenhorst/mow-area.geojson") });
    expect(await client.fetchWarningArea(MOW)).toEqual({
      polygons: 1,
      bbox: [8.62, 53.03, 8.7, 53.08],
      coordinates: [
        [
          [
            [8.62, 53.03],
            [8.7, 53.03],
            [8.7, 53.08],
            [8.62, 53.08],
            [8.62, 53.03],
          ],
        ],
      ],
    });
  });

  it("simplifies long rings to about 10 m and at most 400 points, and keeps them closed", async () => {
    const ring = Array.from({ length: 2001 }, (_, i) => {
      const angle = (i / 2000) * 2 * Math.PI;
      return [8.63 + 0.05 * Math.cos(angle) + 1e-7, 53.05 + 0.03 * Math.sin(angle), 12.5];
    });
    nina.route(`/warnings/${MOW}.geojson`, {
      body: { type: "Feature", geometry: { type: "MultiPolygon", coordinates: [[ring]] } },
    });
    const area = await client.fetchWarningArea(MOW);
    const kept = area.coordinates?.[0]?.[0] ?? [];
    expect(kept.length).toBeLessThanOrEqual(401);
    expect(kept.length).toBeGreaterThan(300);
    expect(kept[0]).toEqual([8.68, 53.05]);
    expect(kept.at(-1)).toEqual(kept[0]);
  });

  it("reports a GeoJSON without polygon, and skips broken coordinates", async () => {
    nina.route(`/warnings/${MOW}.geojson`, { body: { type: "FeatureCollection", features: [] } });
    expect(await client.fetchWarningArea(MOW)).toEqual({ polygons: 0, bbox: null, coordinates: null });
    const broken = {
      type: "Polygon",
      coordinates: [
        [
          ["8.6", 53],
          [8.7, 53],
        ],
      ],
    };
    nina.route(`/warnings/${MOW}.geojson`, {
      body: {
        type: "FeatureCollection",
        features: [{ geometry: broken }, { geometry: { type: "Point", coordinates: [8, 53] } }],
      },
    });
    expect(await client.fetchWarningArea(MOW)).toEqual({ polygons: 0, bbox: null, coordinates: null });
  });
});
