// /api/staff/map: staff keep the layers; only what may be public reaches the sync feed; imports
// are all or nothing; a failing source keeps the old data.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { collectionOfLayer, type MapLayer } from "../../../src/lib/contract/map";
import { problemSchema } from "../../../src/lib/contract/problem";
import { z } from "../../../src/lib/contract/zod";
import { createAccountWithSession } from "../../testing/accounts";
import { createTestApp, type TestApp } from "../../testing/test-app";
import type { TestClient } from "../../testing/test-client";
import { listEntries } from "../../platform/sync/store";
import { importAllSources, runSourceImport } from "./service";
import { seedMapOnFirstStart } from "./seed";
import { writeSource } from "./store";

let t: TestApp;
let bauamt: TestClient;
let source: {
  server: Server;
  url: string;
  answer: (path: string) => { status: number; body: unknown } | "hang";
};

beforeEach(async () => {
  t = await createTestApp();
  ({ client: bauamt } = await createAccountWithSession(t, { role: "staff", department: "bauamt" }));
  const server = createServer((request, response) => {
    const answer = source.answer(request.url ?? "/");
    if (answer === "hang") return;
    response
      .writeHead(answer.status, { "content-type": "application/geo+json" })
      .end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  source = {
    server,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    answer: () => ({ status: 404, body: {} }),
  };
});

afterEach(async () => {
  source.server.closeAllConnections();
  await new Promise((resolve) => source.server.close(resolve));
  await t.close();
});

const lot = (overrides: Record<string, unknown> = {}) => ({
  geometry: { type: "Point", coordinates: [8.63, 53.05] },
  properties: {
    parcel: { district: "Delmenhorst", flur: 3, number: "12/1" },
    street: "Lange Straße",
    areaSqm: 400,
    planningLaw: { kind: "plan", plan: "47" },
    use: "mixed",
    development: "developed",
    availability: "available",
  },
  ...overrides,
});
const lotFeature = (id: string, properties: Record<string, unknown> = {}) => ({
  type: "Feature",
  id,
  geometry: lot().geometry,
  properties: { ...lot().properties, publication: "allowed", ...properties },
});
const collection = (...features: unknown[]) => ({ type: "FeatureCollection", features });

const feedIds = async (layer: MapLayer) =>
  (await listEntries(t.db, collectionOfLayer(layer))).map((e) => e.id).sort();
const problem = (body: unknown) => problemSchema.parse(body);

describe("features by hand", () => {
  it("publishes a vacant lot only while its owner's objection period allows it (§ 200 Abs. 3 BauGB)", async () => {
    const path = "/api/staff/map/layers/vacant-lots/features/bl-lange-12";
    const created = await bauamt.json("PUT", path, lot());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: "bl-lange-12", publication: "notice-period", source: "manual" });
    expect(await feedIds("vacant-lots")).toEqual([]);

    expect((await bauamt.json("PUT", path, lot({ publication: "allowed" }))).status).toBe(200);
    expect(await feedIds("vacant-lots")).toEqual(["bl-lange-12"]);

    await bauamt.json("PUT", path, lot({ publication: "objected" }));
    expect(await feedIds("vacant-lots")).toEqual([]);
    const list = await bauamt.json<{ features: { id: string; publication: string }[] }>(
      "GET",
      "/api/staff/map/layers/vacant-lots/features",
    );
    expect(list.body.features).toMatchObject([{ id: "bl-lange-12", publication: "objected" }]);
  });

  it("refuses coordinates outside the city (latitude and longitude swapped) and names the field", async () => {
    const swapped = lot({ geometry: { type: "Point", coordinates: [53.05, 8.63] } });
    const response = await bauamt.json("PUT", "/api/staff/map/layers/vacant-lots/features/bl-x", swapped);
    expect(response.status).toBe(400);
    expect(problem(response.body)).toMatchObject({
      code: "validation_failed",
      errors: [expect.objectContaining({ path: "geometry.coordinates" })],
    });
    const outOfRange = lot({ geometry: { type: "Point", coordinates: [8.63, 253.05] } });
    expect(
      (await bauamt.json("PUT", "/api/staff/map/layers/vacant-lots/features/bl-x", outOfRange)).status,
    ).toBe(400);
    expect(await feedIds("vacant-lots")).toEqual([]);
  });

  it("removes a feature from the feed when it is deleted", async () => {
    await seedMapOnFirstStart(t.db);
    expect(await feedIds("vacant-lots")).toContain("bl-stedinger-88");
    const gone = await bauamt.fetch("/api/staff/map/layers/vacant-lots/features/bl-stedinger-88", {
      method: "DELETE",
    });
    expect(gone.status).toBe(204);
    expect(await feedIds("vacant-lots")).not.toContain("bl-stedinger-88");
  });
});

describe("GeoJSON import", () => {
  const importPath = "/api/staff/map/layers/vacant-lots/import";

  it("replaces the earlier imported features and keeps those entered by hand", async () => {
    await seedMapOnFirstStart(t.db);
    await bauamt.json(
      "PUT",
      "/api/staff/map/layers/vacant-lots/features/bl-hand",
      lot({ publication: "allowed" }),
    );
    const response = await bauamt.json(
      "POST",
      importPath,
      collection(lotFeature("bl-1"), {
        ...lotFeature("ignored"),
        id: undefined,
        properties: { ...lotFeature("x").properties, id: "bl-2" },
      }),
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ imported: 2, removed: 4 });
    expect(await feedIds("vacant-lots")).toEqual(["bl-1", "bl-2", "bl-hand"]);
  });

  it("drops properties the layer does not know, such as an owner's name", async () => {
    await bauamt.json(
      "POST",
      importPath,
      collection(lotFeature("bl-1", { eigentuemer: "Erika Mustermann" })),
    );
    const [entry] = await listEntries(t.db, "map-vacant-lots");
    expect(JSON.stringify(entry?.data)).not.toContain("Mustermann");
  });

  it("rejects a malformed collection as a whole, names the faults and keeps the old data", async () => {
    await bauamt.json("POST", importPath, collection(lotFeature("bl-1")));
    const cases = [
      { type: "Feature" },
      collection(lotFeature("bl-2"), lotFeature("bl-2")),
      collection(lotFeature("bl-3"), {
        ...lotFeature("bl-4"),
        geometry: { type: "Point", coordinates: [8.63] },
      }),
      collection({
        ...lotFeature("bl-5"),
        geometry: {
          type: "Polygon",
          coordinates: [
            [
              [8.6, 53],
              [8.61, 53],
              [8.61, 53.01],
            ],
          ],
        },
      }),
      collection(lotFeature("bl-6", { areaSqm: -5 })),
    ];
    for (const body of cases) {
      const response = await bauamt.json("POST", importPath, body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      const details = problem(response.body);
      expect(details.code).toBe("geojson_invalid");
      expect(details.errors?.length).toBeGreaterThan(0);
    }
    const duplicate = problem((await bauamt.json("POST", importPath, cases[1])).body);
    expect(duplicate.errors).toContainEqual({ path: "features.1.id", message: 'id "bl-2" appears twice' });
    const badPosition = problem((await bauamt.json("POST", importPath, cases[2])).body);
    expect(badPosition.errors?.[0]?.path).toMatch(/^features\.1\.geometry/);
    expect(await feedIds("vacant-lots")).toEqual(["bl-1"]);
  });

  it("answers 400 to a body that is not JSON", async () => {
    const response = await bauamt.fetch(importPath, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ not json",
    });
    expect(response.status).toBe(400);
    expect(problem(await response.json()).code).toBe("malformed_json");
  });
});

describe("import sources", () => {
  const statusSchema = z.object({
    layers: z.array(
      z.object({
        layer: z.string(),
        features: z.number(),
        published: z.number(),
        import: z.object({ lastResult: z.unknown() }),
      }),
    ),
  });

  it("reads every page of an OGC API Features collection", async () => {
    source.answer = (path) => {
      if (!path.startsWith("/ogc/collections/bauluecken/items?")) return { status: 404, body: {} };
      const second = path.includes("page=2");
      const next = { rel: "next", href: "/ogc/collections/bauluecken/items?page=2" };
      return {
        status: 200,
        body: { ...collection(lotFeature(second ? "bl-2" : "bl-1")), links: second ? [] : [next] },
      };
    };
    const put = await bauamt.json("PUT", "/api/staff/map/layers/vacant-lots/source", {
      kind: "ogc-features",
      url: `${source.url}/ogc`,
      collection: "bauluecken",
    });
    expect(put.status).toBe(200);
    const run = await bauamt.json("POST", "/api/staff/map/layers/vacant-lots/source/run");
    expect(run.status).toBe(200);
    expect(run.body).toEqual({ imported: 2, removed: 0 });
    expect(await feedIds("vacant-lots")).toEqual(["bl-1", "bl-2"]);
    const status = statusSchema.parse((await bauamt.json("GET", "/api/staff/map/layers")).body);
    expect(status.layers).toEqual([
      expect.objectContaining({
        layer: "vacant-lots",
        features: 2,
        published: 2,
        import: expect.objectContaining({ lastResult: { ok: true, features: 2 } }),
      }),
    ]);
  });

  it("keeps the old data when the source fails, answers invalid data or does not answer", async () => {
    await bauamt.json("POST", "/api/staff/map/layers/vacant-lots/import", collection(lotFeature("bl-old")));
    await bauamt.json("PUT", "/api/staff/map/layers/vacant-lots/source", {
      kind: "geojson",
      url: `${source.url}/lots.geojson`,
    });
    const run = () => bauamt.json("POST", "/api/staff/map/layers/vacant-lots/source/run");

    source.answer = () => ({ status: 500, body: {} });
    const failed = await run();
    expect(failed.status).toBe(502);
    expect(problem(failed.body).code).toBe("layer_source_failed");

    source.answer = () => ({ status: 200, body: collection(lotFeature("bl-new", { areaSqm: "groß" })) });
    const invalid = await run();
    expect(invalid.status).toBe(502);
    expect(problem(invalid.body).errors?.[0]?.path).toMatch(/^features\.0\.properties\.areaSqm/);

    source.answer = () => "hang";
    await expect(
      runSourceImport(
        t.db,
        "vacant-lots",
        { kind: "geojson", url: `${source.url}/lots.geojson` },
        { timeoutMs: 200 },
      ),
    ).rejects.toMatchObject({ status: 504, code: "layer_source_timeout" });

    expect(await feedIds("vacant-lots")).toEqual(["bl-old"]);
    const status = statusSchema.parse((await bauamt.json("GET", "/api/staff/map/layers")).body);
    expect(status.layers[0]?.import.lastResult).toMatchObject({ ok: false });
  });

  it("refreshes every layer with a source, and one failing layer does not stop the others", async () => {
    const school = {
      type: "Feature",
      id: "schule-1",
      geometry: { type: "Point", coordinates: [8.64, 53.05] },
      properties: {
        name: "Grundschule",
        kind: "primary",
        address: { street: "Schulweg 1", postalCode: "27753" },
      },
    };
    source.answer = (path) =>
      path === "/schools.geojson" ? { status: 200, body: collection(school) } : { status: 503, body: {} };
    await writeSource(t.db, "vacant-lots", { kind: "geojson", url: `${source.url}/lots.geojson` });
    await writeSource(t.db, "schools", { kind: "geojson", url: `${source.url}/schools.geojson` });
    const outcomes: Record<string, unknown> = {};
    await importAllSources(t.db, (layer, outcome) => {
      outcomes[layer] = outcome instanceof Error ? "failed" : outcome;
    });
    expect(outcomes).toEqual({ "vacant-lots": "failed", schools: { imported: 1, removed: 0 } });
    expect(await feedIds("schools")).toEqual(["schule-1"]);
  });

  it("needs the collection name for OGC API Features and WFS", async () => {
    const response = await bauamt.json("PUT", "/api/staff/map/layers/vacant-lots/source", {
      kind: "wfs",
      url: `${source.url}/wfs`,
    });
    expect(response.status).toBe(400);
    expect(problem(response.body).errors).toEqual([expect.objectContaining({ path: "collection" })]);
  });
});
