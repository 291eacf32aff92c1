// /api/staff/business: the economic development agency (department "wirtschaft") and admins answer
// consultation requests and keep the directory of digital providers and the funding programmes.
// Providers and programmes live in the change feed: a save reaches residents with the next sync.
import { createRoute } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import {
  businessIdSchema,
  consultationSchema,
  digitalProviderSchema,
  fundingProgrammeSchema,
  fundingWriteSchema,
  providerWriteSchema,
} from "../../../src/lib/contract/business";
import { z } from "../../../src/lib/contract/zod";
import type { AppEnv } from "../../http/env";
import { JSON_BODY_PROBLEMS, jsonRequired } from "../../http/route-guards";
import { idParam, jsonAnswer, jsonBody, plainAnswer, problems } from "../../http/openapi";
import { ProblemError } from "../../http/problem";
import { createRouter } from "../../http/router";
import { requireStaff } from "../../http/session";
import {
  BUSINESS_DEPARTMENT,
  findProgramme,
  findProvider,
  listProgrammes,
  listProviders,
  markDone,
  readConsultations,
  removeProgramme,
  removeProvider,
  saveProgramme,
  saveProvider,
} from "./service";

export { BUSINESS_DEPARTMENT } from "./service";

const agency = (c: Context<AppEnv>) => requireStaff(c, [BUSINESS_DEPARTMENT]);
/** Before any input is read: who may not use the console learns nothing about the request. */
const agencyOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  agency(c);
  await next();
};

const STAFF_PROBLEMS = { 401: ["unauthenticated"], 403: ["forbidden"] } as const;
const slugParams = z.object({ id: businessIdSchema });

function staffRoute<const P extends string, const M extends "get" | "put" | "post" | "delete">(
  method: M,
  path: P,
  summary: string,
) {
  return { method, path, summary, middleware: [agencyOnly] };
}

const listConsultationsRoute = createRoute({
  ...staffRoute(
    "get",
    "/consultations",
    "Open requests oldest first, then the latest answered ones (audited).",
  ),
  responses: {
    200: jsonAnswer(z.object({ consultations: z.array(consultationSchema) }), "The requests"),
    ...problems(STAFF_PROBLEMS),
  },
});

const doneRoute = createRoute({
  ...staffRoute("post", "/consultations/{id}/done", "Marks a request answered (doing it twice is fine)."),
  // Not a UUID: no such request (404), as before the declaration.
  request: { params: z.object({ id: idParam }) },
  responses: {
    200: jsonAnswer(consultationSchema, "The request, answered"),
    ...problems({ ...STAFF_PROBLEMS, 404: ["not_found"] }),
  },
});

const listProvidersRoute = createRoute({
  ...staffRoute("get", "/providers", "The directory of digital service providers."),
  responses: {
    200: jsonAnswer(z.object({ providers: z.array(digitalProviderSchema) }), "The providers"),
    ...problems(STAFF_PROBLEMS),
  },
});

const getProviderRoute = createRoute({
  ...staffRoute("get", "/providers/{id}", "One provider."),
  request: { params: slugParams },
  responses: {
    200: jsonAnswer(digitalProviderSchema, "The provider"),
    ...problems({ ...STAFF_PROBLEMS, 404: ["not_found"] }),
  },
});

const putProviderRoute = createRoute({
  ...staffRoute("put", "/providers/{id}", "Creates or replaces a provider (reaches residents by sync)."),
  middleware: [agencyOnly, jsonRequired()],
  request: { params: slugParams, body: jsonBody(providerWriteSchema) },
  responses: {
    200: jsonAnswer(digitalProviderSchema, "Replaced"),
    201: jsonAnswer(digitalProviderSchema, "Created"),
    ...problems({ ...STAFF_PROBLEMS, ...JSON_BODY_PROBLEMS }),
  },
});

const deleteProviderRoute = createRoute({
  ...staffRoute("delete", "/providers/{id}", "Removes a provider."),
  request: { params: slugParams },
  responses: {
    204: plainAnswer("Removed"),
    ...problems({ ...STAFF_PROBLEMS, 404: ["not_found"] }),
  },
});

const listFundingRoute = createRoute({
  ...staffRoute("get", "/funding", "The funding programmes."),
  responses: {
    200: jsonAnswer(z.object({ programmes: z.array(fundingProgrammeSchema) }), "The programmes"),
    ...problems(STAFF_PROBLEMS),
  },
});

const getFundingRoute = createRoute({
  ...staffRoute("get", "/funding/{id}", "One funding programme."),
  request: { params: slugParams },
  responses: {
    200: jsonAnswer(fundingProgrammeSchema, "The programme"),
    ...problems({ ...STAFF_PROBLEMS, 404: ["not_found"] }),
  },
});

const putFundingRoute = createRoute({
  ...staffRoute(
    "put",
    "/funding/{id}",
    "Creates or replaces a programme; not open after its end or deadline.",
  ),
  middleware: [agencyOnly, jsonRequired()],
  request: { params: slugParams, body: jsonBody(fundingWriteSchema) },
  responses: {
    200: jsonAnswer(fundingProgrammeSchema, "Replaced"),
    201: jsonAnswer(fundingProgrammeSchema, "Created"),
    ...problems({ ...STAFF_PROBLEMS, ...JSON_BODY_PROBLEMS }),
  },
});

const deleteFundingRoute = createRoute({
  ...staffRoute("delete", "/funding/{id}", "Removes a programme."),
  request: { params: slugParams },
  responses: {
    204: plainAnswer("Removed"),
    ...problems({ ...STAFF_PROBLEMS, 404: ["not_found"] }),
  },
});

export function staffBusinessRoutes() {
  const app = createRouter();

  app.openapi(listConsultationsRoute, async (c) =>
    c.json({ consultations: await readConsultations(c.var.db, agency(c)) }, 200),
  );

  app.openapi(doneRoute, async (c) => {
    const id = z.uuid().safeParse(c.req.valid("param").id);
    if (!id.success) throw new ProblemError(404, "not_found");
    return c.json(await markDone(c.var.db, agency(c), id.data), 200);
  });

  app.openapi(listProvidersRoute, async (c) => c.json({ providers: await listProviders(c.var.db) }, 200));

  app.openapi(getProviderRoute, async (c) =>
    c.json(await findProvider(c.var.db, c.req.valid("param").id), 200),
  );

  app.openapi(putProviderRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { record, created } = await saveProvider(c.var.db, { id, ...c.req.valid("json") });
    return created ? c.json(record, 201) : c.json(record, 200);
  });

  app.openapi(deleteProviderRoute, async (c) => {
    await removeProvider(c.var.db, c.req.valid("param").id);
    return c.body(null, 204);
  });

  app.openapi(listFundingRoute, async (c) => c.json({ programmes: await listProgrammes(c.var.db) }, 200));

  app.openapi(getFundingRoute, async (c) =>
    c.json(await findProgramme(c.var.db, c.req.valid("param").id), 200),
  );

  app.openapi(putFundingRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { record, created } = await saveProgramme(c.var.db, { id, ...c.req.valid("json") });
    return created ? c.json(record, 201) : c.json(record, 200);
  });

  app.openapi(deleteFundingRoute, async (c) => {
    await removeProgramme(c.var.db, c.req.valid("param").id);
    return c.body(null, 204);
  });

  return app;
}
