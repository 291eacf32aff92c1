// /api/staff/waste: the waste department (department "abfall") and admins keep the collection
// districts (their iCalendar file: uploaded, or fetched daily from an address) and the street →
// district table (CSV). Both reach residents through the change feed.
import { createRoute } from "@hono/zod-openapi";
import {
  districtWriteSchema,
  icsImportSchema,
  importResultSchema,
  staffDistrictSchema,
  streetsImportResultSchema,
  streetsImportSchema,
  WASTE_STREETS_COLLECTION,
  wasteDistrictIdSchema,
  wasteStreetSchema,
} from "../../../src/lib/contract/waste";
import { z } from "../../../src/lib/contract/zod";
import { idParam, jsonAnswer, jsonBody, plainAnswer, problems } from "../../http/openapi";
import { JSON_BODY_PROBLEMS, jsonRequired, staffOnly } from "../../http/route-guards";
import { createRouter } from "../../http/router";
import { liveEntryRows } from "../../platform/sync/store";
import {
  importCalendar,
  listStaffDistricts,
  refreshDistrict,
  removeDistrict,
  saveDistrict,
  WASTE_DEPARTMENT,
} from "./service";
import { importStreets } from "./streets";

const keepers = staffOnly([WASTE_DEPARTMENT]);
const STAFF_PROBLEMS = { 401: ["unauthenticated"], 403: ["forbidden"] } as const;
const districtParams = z.object({ id: wasteDistrictIdSchema });
// A path that is no district id names no district (404), not a malformed request.
const anyIdParams = z.object({ id: idParam });

const listDistrictsRoute = createRoute({
  method: "get",
  path: "/districts",
  summary: "The collection districts with their next day and the state of their last import.",
  middleware: [keepers] as const,
  responses: {
    200: jsonAnswer(z.object({ districts: z.array(staffDistrictSchema) }), "The districts"),
    ...problems(STAFF_PROBLEMS),
  },
});

const putDistrictRoute = createRoute({
  method: "put",
  path: "/districts/{id}",
  summary: "Creates a district or changes its name, source address and bin words (its dates stay).",
  middleware: [keepers, jsonRequired()] as const,
  request: { params: districtParams, body: jsonBody(districtWriteSchema) },
  responses: {
    200: jsonAnswer(staffDistrictSchema, "Changed"),
    201: jsonAnswer(staffDistrictSchema, "Created"),
    ...problems({ ...STAFF_PROBLEMS, ...JSON_BODY_PROBLEMS }),
  },
});

const deleteDistrictRoute = createRoute({
  method: "delete",
  path: "/districts/{id}",
  summary: "Removes a district, its dates and the reminders for it.",
  middleware: [keepers] as const,
  request: { params: anyIdParams },
  responses: { 204: plainAnswer("Removed"), ...problems({ ...STAFF_PROBLEMS, 404: ["not_found"] }) },
});

const importRoute = createRoute({
  method: "post",
  path: "/districts/{id}/import",
  summary: "Imports an iCalendar file into a district; a broken file keeps the last good dates (422).",
  middleware: [keepers, jsonRequired()] as const,
  request: { params: anyIdParams, body: jsonBody(icsImportSchema) },
  responses: {
    200: jsonAnswer(importResultSchema, "Imported"),
    ...problems({ ...STAFF_PROBLEMS, ...JSON_BODY_PROBLEMS, 404: ["not_found"], 422: ["ics_invalid"] }),
  },
});

const refreshRoute = createRoute({
  method: "post",
  path: "/districts/{id}/refresh",
  summary: "Fetches the district's source address now and imports it (as the daily refresh does).",
  middleware: [keepers] as const,
  request: { params: anyIdParams },
  responses: {
    200: jsonAnswer(importResultSchema, "Imported"),
    ...problems({
      ...STAFF_PROBLEMS,
      404: ["not_found"],
      409: ["conflict"],
      422: ["ics_invalid"],
      502: ["ics_invalid"],
    }),
  },
});

const listStreetsRoute = createRoute({
  method: "get",
  path: "/streets",
  summary: "The street → district table.",
  middleware: [keepers] as const,
  responses: {
    200: jsonAnswer(z.object({ streets: z.array(wasteStreetSchema) }), "The streets"),
    ...problems(STAFF_PROBLEMS),
  },
});

const importStreetsRoute = createRoute({
  method: "post",
  path: "/streets/import",
  summary: "Replaces the street → district table from CSV (street; from; to; parity; district).",
  middleware: [keepers, jsonRequired()] as const,
  request: { body: jsonBody(streetsImportSchema) },
  responses: {
    200: jsonAnswer(streetsImportResultSchema, "Imported"),
    ...problems({ ...STAFF_PROBLEMS, ...JSON_BODY_PROBLEMS, 400: ["csv_invalid"] }),
  },
});

export function staffWasteRoutes() {
  const app = createRouter();

  app.openapi(listDistrictsRoute, async (c) =>
    c.json({ districts: await listStaffDistricts(c.var.db, new Date()) }, 200),
  );

  app.openapi(putDistrictRoute, async (c) => {
    const { district, created } = await saveDistrict(
      c.var.db,
      c.req.valid("param").id,
      c.req.valid("json"),
      new Date(),
    );
    return created ? c.json(district, 201) : c.json(district, 200);
  });

  app.openapi(deleteDistrictRoute, async (c) => {
    await removeDistrict(c.var.db, c.req.valid("param").id);
    return c.body(null, 204);
  });

  app.openapi(importRoute, async (c) => {
    const result = await importCalendar(
      c.var.db,
      c.req.valid("param").id,
      c.req.valid("json").ics,
      new Date(),
    );
    return c.json(result, 200);
  });

  app.openapi(refreshRoute, async (c) => {
    const result = await refreshDistrict(c.var.db, c.req.valid("param").id, new Date());
    return c.json(result, 200);
  });

  app.openapi(listStreetsRoute, async (c) => {
    const rows = await liveEntryRows(c.var.db, WASTE_STREETS_COLLECTION);
    const streets = rows
      .map((row) => wasteStreetSchema.parse(JSON.parse(row.data ?? "null")))
      .sort((a, b) => a.name.localeCompare(b.name, "de"));
    return c.json({ streets }, 200);
  });

  app.openapi(importStreetsRoute, async (c) =>
    c.json(await importStreets(c.var.db, c.req.valid("json").csv), 200),
  );

  return app;
}
