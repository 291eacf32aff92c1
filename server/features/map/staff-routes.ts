// /api/staff/map: the departments keep their map layers: features by hand, GeoJSON imports and
// the import source of each layer (OGC API Features, WFS, GeoJSON URL).
import { createRoute } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import {
  featureWriteSchema,
  importResultSchema,
  LAYER_DEPARTMENTS,
  layerImportStatusSchema,
  layerSourceSchema,
  MAP_LAYERS,
  staffLayersSchema,
  staffMapFeatureSchema,
} from "../../../src/lib/contract/map";
import { z } from "../../../src/lib/contract/zod";
import type { AppEnv } from "../../http/env";
import { JSON_BODY_PROBLEMS, jsonRequired } from "../../http/route-guards";
import { jsonAnswer, jsonBody, plainAnswer, problems } from "../../http/openapi";
import { ProblemError } from "../../http/problem";
import { createRouter } from "../../http/router";
import { requireStaff } from "../../http/session";
import {
  featuresFromGeoJson,
  layersOf,
  removeFeature,
  replaceImported,
  runLayerSource,
  saveFeature,
  setSource,
  unsetSource,
} from "./service";
import { listFeatures } from "./store";

const layerParam = z.enum(MAP_LAYERS);
const idParam = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/);
const layerParams = z.object({ layer: layerParam });
const featureParams = z.object({ layer: layerParam, id: idParam });

/**
 * The layer of the path, if the signed-in person's department keeps it (admins: every layer). Runs
 * before the input is validated: an unknown layer is 404 and a stranger learns nothing more.
 */
const layerKeeper: MiddlewareHandler<AppEnv> = async (c, next) => {
  const layer = layerParam.safeParse(c.req.param("layer"));
  if (!layer.success) throw new ProblemError(404, "not_found");
  requireStaff(c, [LAYER_DEPARTMENTS[layer.data]]);
  await next();
};
const anyStaff: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireStaff(c);
  await next();
};

const STAFF_PROBLEMS = { 401: ["unauthenticated"], 403: ["forbidden"], 404: ["not_found"] } as const;

const layersRoute = createRoute({
  method: "get",
  path: "/layers",
  summary: "The layers the signed-in staff member keeps, with counts and import sources.",
  middleware: [anyStaff],
  responses: {
    200: jsonAnswer(staffLayersSchema, "The layers"),
    ...problems({ 401: ["unauthenticated"], 403: ["forbidden"] }),
  },
});

const featuresRoute = createRoute({
  method: "get",
  path: "/layers/{layer}/features",
  summary: "Every feature of a layer, with what only staff see.",
  middleware: [layerKeeper],
  request: { params: layerParams },
  responses: {
    200: jsonAnswer(z.object({ features: z.array(staffMapFeatureSchema) }), "The features"),
    ...problems(STAFF_PROBLEMS),
  },
});

const putFeatureRoute = createRoute({
  method: "put",
  path: "/layers/{layer}/features/{id}",
  summary: "Creates or replaces a feature by hand (checked against the layer's schema).",
  middleware: [layerKeeper, jsonRequired()],
  request: { params: featureParams, body: jsonBody(featureWriteSchema) },
  responses: {
    200: jsonAnswer(staffMapFeatureSchema, "Replaced"),
    201: jsonAnswer(staffMapFeatureSchema, "Created"),
    ...problems({ ...STAFF_PROBLEMS, ...JSON_BODY_PROBLEMS }),
  },
});

const deleteFeatureRoute = createRoute({
  method: "delete",
  path: "/layers/{layer}/features/{id}",
  summary: "Removes a feature.",
  middleware: [layerKeeper],
  request: { params: featureParams },
  responses: { 204: plainAnswer("Removed"), ...problems(STAFF_PROBLEMS) },
});

const importRoute = createRoute({
  method: "post",
  path: "/layers/{layer}/import",
  summary: "Replaces the imported features with a GeoJSON FeatureCollection (all or nothing, at most 5 MB).",
  middleware: [layerKeeper, jsonRequired()],
  request: { params: layerParams, body: jsonBody(z.unknown(), "A GeoJSON FeatureCollection") },
  responses: {
    200: jsonAnswer(importResultSchema, "Imported"),
    ...problems({
      ...JSON_BODY_PROBLEMS,
      ...STAFF_PROBLEMS,
      422: ["geojson_invalid"],
    }),
  },
});

const putSourceRoute = createRoute({
  method: "put",
  path: "/layers/{layer}/source",
  summary: "Sets the layer's import source (OGC API Features, WFS, GeoJSON URL).",
  middleware: [layerKeeper, jsonRequired()],
  request: { params: layerParams, body: jsonBody(layerSourceSchema) },
  responses: {
    200: jsonAnswer(layerImportStatusSchema, "The source and its last run"),
    ...problems({ ...STAFF_PROBLEMS, ...JSON_BODY_PROBLEMS }),
  },
});

const deleteSourceRoute = createRoute({
  method: "delete",
  path: "/layers/{layer}/source",
  summary: "Removes the layer's import source (its features stay).",
  middleware: [layerKeeper],
  request: { params: layerParams },
  responses: { 204: plainAnswer("Removed"), ...problems(STAFF_PROBLEMS) },
});

const runSourceRoute = createRoute({
  method: "post",
  path: "/layers/{layer}/source/run",
  summary: "Imports from the layer's source now; a failure is recorded and the layer keeps its data.",
  middleware: [layerKeeper],
  request: { params: layerParams },
  responses: {
    200: jsonAnswer(importResultSchema, "Imported"),
    ...problems({
      ...STAFF_PROBLEMS,
      502: ["layer_source_failed"],
      504: ["layer_source_timeout"],
    }),
  },
});

export function staffMapRoutes() {
  const app = createRouter();

  app.openapi(layersRoute, async (c) => c.json({ layers: await layersOf(c.var.db, requireStaff(c)) }, 200));

  app.openapi(featuresRoute, async (c) =>
    c.json({ features: await listFeatures(c.var.db, c.req.valid("param").layer) }, 200),
  );

  app.openapi(putFeatureRoute, async (c) => {
    const { layer, id } = c.req.valid("param");
    const { feature, created } = await saveFeature(c.var.db, layer, id, c.req.valid("json"), new Date());
    const answer = { ...feature.record, publication: feature.publication, source: feature.source };
    return created ? c.json(answer, 201) : c.json(answer, 200);
  });

  app.openapi(deleteFeatureRoute, async (c) => {
    const { layer, id } = c.req.valid("param");
    await removeFeature(c.var.db, layer, id);
    return c.body(null, 204);
  });

  app.openapi(importRoute, async (c) => {
    const { layer } = c.req.valid("param");
    const features = featuresFromGeoJson(layer, c.req.valid("json"), new Date());
    return c.json(await replaceImported(c.var.db, layer, features), 200);
  });

  app.openapi(putSourceRoute, async (c) =>
    c.json(await setSource(c.var.db, c.req.valid("param").layer, c.req.valid("json")), 200),
  );

  app.openapi(deleteSourceRoute, async (c) => {
    await unsetSource(c.var.db, c.req.valid("param").layer);
    return c.body(null, 204);
  });

  app.openapi(runSourceRoute, async (c) =>
    c.json(await runLayerSource(c.var.db, c.req.valid("param").layer), 200),
  );

  return app;
}
