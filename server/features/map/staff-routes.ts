// /api/staff/map: the departments keep their map layers: features by hand, GeoJSON imports and
// the import source of each layer (OGC API Features, WFS, GeoJSON URL).
import type { Context } from "hono";
import {
  featureWriteSchema,
  LAYER_DEPARTMENTS,
  layerSourceSchema,
  MAP_LAYERS,
  type MapLayer,
} from "../../../src/lib/contract/map";
import { z } from "../../../src/lib/contract/zod";
import type { AppEnv } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { createRouter } from "../../http/router";
import { requireStaff } from "../../http/session";
import { parseInput, readJson } from "../../http/validate";
import { featureFromWrite, featuresFromGeoJson, replaceImported, runSourceImport } from "./service";
import {
  deleteFeatures,
  findFeature,
  layerCounts,
  listFeatures,
  readSource,
  removeSource,
  saveFeatures,
  writeSource,
} from "./store";

const layerParam = z.enum(MAP_LAYERS);
const idParam = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/);

/** The layer of the path, if the signed-in person's department keeps it (admins: every layer). */
function editableLayer(c: Context<AppEnv>): MapLayer {
  const layer = layerParam.safeParse(c.req.param("layer"));
  if (!layer.success) throw new ProblemError(404, "not_found");
  requireStaff(c, [LAYER_DEPARTMENTS[layer.data]]);
  return layer.data;
}

export function staffMapRoutes() {
  const app = createRouter();

  app.get("/layers", async (c) => {
    const account = requireStaff(c);
    const counts = await layerCounts(c.var.db);
    const mine = MAP_LAYERS.filter(
      (l) => account.role === "admin" || LAYER_DEPARTMENTS[l] === account.department,
    );
    const layers = await Promise.all(
      mine.map(async (layer) => ({
        layer,
        ...(counts.get(layer) ?? { features: 0, published: 0 }),
        import: await readSource(c.var.db, layer),
      })),
    );
    return c.json({ layers }, 200);
  });

  app.get("/layers/:layer/features", async (c) => {
    const layer = editableLayer(c);
    return c.json({ features: await listFeatures(c.var.db, layer) }, 200);
  });

  app.put("/layers/:layer/features/:id", async (c) => {
    const layer = editableLayer(c);
    const id = parseInput(idParam, c.req.param("id"));
    const write = await readJson(c.req, featureWriteSchema);
    const feature = featureFromWrite(layer, id, write, new Date());
    const created = await c.var.db.transaction().execute(async (trx) => {
      const existed = (await findFeature(trx, layer, id)) !== undefined;
      await saveFeatures(trx, layer, [feature]);
      return !existed;
    });
    return c.json(
      { ...feature.record, publication: feature.publication, source: feature.source },
      created ? 201 : 200,
    );
  });

  app.delete("/layers/:layer/features/:id", async (c) => {
    const layer = editableLayer(c);
    const id = parseInput(idParam, c.req.param("id"));
    const removed = await c.var.db.transaction().execute((trx) => deleteFeatures(trx, layer, [id]));
    if (removed === 0) throw new ProblemError(404, "not_found");
    return c.body(null, 204);
  });

  app.post("/layers/:layer/import", async (c) => {
    const layer = editableLayer(c);
    const body = await readJson(c.req, z.unknown());
    const features = featuresFromGeoJson(layer, body, new Date());
    return c.json(await replaceImported(c.var.db, layer, features), 200);
  });

  app.put("/layers/:layer/source", async (c) => {
    const layer = editableLayer(c);
    const source = await readJson(c.req, layerSourceSchema);
    if (source.kind !== "geojson" && !source.collection)
      throw new ProblemError(400, "validation_failed", undefined, [
        { path: "collection", message: "OGC API Features and WFS need the collection or type name" },
      ]);
    await writeSource(c.var.db, layer, source);
    return c.json(await readSource(c.var.db, layer), 200);
  });

  app.delete("/layers/:layer/source", async (c) => {
    const layer = editableLayer(c);
    if (!(await removeSource(c.var.db, layer))) throw new ProblemError(404, "not_found");
    return c.body(null, 204);
  });

  app.post("/layers/:layer/source/run", async (c) => {
    const layer = editableLayer(c);
    const { source } = await readSource(c.var.db, layer);
    if (!source) throw new ProblemError(404, "not_found", "This layer has no import source");
    const result = await runSourceImport(c.var.db, layer, source);
    return c.json(result, 200);
  });

  return app;
}
