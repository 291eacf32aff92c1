// /open311/v2: Open311 GeoReport v2 for the city's tools and third-party apps. The format is the
// path's suffix (.json or .xml); POST requests come as application/x-www-form-urlencoded, the way
// the spec's clients send them; errors are the spec's list of {code, description}.
// Not declared through createRoute and /api/openapi.json: the router there answers problem+json and
// JSON only, while these routes answer XML as well and must answer errors in the spec's format. The
// specification itself is their contract; open311.test.ts checks the answers against it.
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { addressKey, createLimiter } from "../../http/rate-limit";
import { mediaTypeOf as contentTypeOf } from "../../http/route-guards";
import {
  discovery,
  errorBody,
  type Format,
  isServiceCode,
  listBody,
  mediaTypeOf,
  Open311Error,
  serviceDefinition,
  services,
  xmlDocument,
} from "./open311";
import {
  apiKeyOf,
  createServiceRequest,
  listServiceRequests,
  oneServiceRequest,
  requestOfToken,
} from "./open311-service";

const MINUTE = 60_000;
/** A form with a 4,000-character description is far below this. */
const MAX_FORM_BYTES = 32 * 1024;
const JURISDICTION = "delmenhorst.de";
/** When this endpoint last changed in a way clients notice (discovery's changeset). */
const CHANGESET = "2026-12-06T00:00:00Z";

/** "services.json" → ["services", "json"] (hono decoded the path already); else no resource of the spec. */
function split(file: string): [string, Format] {
  const match = /^(.+)\.(json|xml)$/.exec(file);
  if (!match?.[1] || (match[2] !== "json" && match[2] !== "xml")) throw new Open311Error(404, "Not found");
  return [match[1], match[2]];
}

/** The format an error is written in: the path's suffix, JSON when it has none. */
const formatOfPath = (path: string): Format => (path.endsWith(".xml") ? "xml" : "json");

function answer(c: Context<AppEnv>, format: Format, body: string, status: 200 | 201 = 200) {
  return c.body(body, status, {
    "Content-Type": mediaTypeOf(format),
    "Cache-Control": "no-store",
    // Third-party web apps read the public data from their own pages.
    "Access-Control-Allow-Origin": "*",
  });
}

function checkJurisdiction(c: Context<AppEnv>, value: string | null | undefined) {
  if (value && value !== JURISDICTION)
    throw new Open311Error(404, `Jurisdiction not found: ${value.slice(0, 80)}`);
  return c;
}

export function open311Routes() {
  const app = new Hono<AppEnv>();
  // Without an API key as many as an anonymous report from the app may make; a key lifts it.
  const anonymousWrites = createLimiter({ name: "open311-writes", windowMs: 60 * MINUTE, max: 20 });
  const reads = createLimiter({ name: "open311-reads", windowMs: MINUTE, max: 120 });
  const limited = (limiter: ReturnType<typeof createLimiter>, c: Context<AppEnv>) => {
    try {
      limiter.hit(addressKey(c.var.clientIp));
    } catch {
      throw new Open311Error(429, "Too many requests: try again later, or ask the city for an api_key");
    }
  };

  app.onError((error, c) => {
    const format = formatOfPath(c.req.path);
    let problem: Open311Error;
    if (error instanceof Open311Error) problem = error;
    else if (error instanceof ProblemError && error.status === 413)
      problem = new Open311Error(413, "Request too large");
    else if (error instanceof HTTPException && error.status < 500)
      problem = new Open311Error(400, error.message);
    else {
      c.var.logger.error({ err: error, path: c.req.path }, "unhandled error in Open311");
      problem = new Open311Error(500, "Internal error");
    }
    return c.body(errorBody(format, problem), problem.status, {
      "Content-Type": mediaTypeOf(format),
      "Cache-Control": "no-store",
    });
  });

  app.get("/:file{discovery\\.(json|xml)}", (c) => {
    const [, format] = split(c.req.param("file"));
    const doc = discovery(c.var.config.appOrigin, CHANGESET);
    if (format === "json") return answer(c, format, JSON.stringify(doc));
    const endpoints = { endpoint: doc.endpoints.map((e) => ({ ...e, formats: { format: e.formats } })) };
    return answer(c, format, xmlDocument("discovery", { ...doc, endpoints }));
  });

  app.get("/:file{services\\.(json|xml)}", (c) => {
    const [, format] = split(c.req.param("file"));
    checkJurisdiction(c, c.req.query("jurisdiction_id"));
    return answer(c, format, listBody(format, "services", "service", services()));
  });

  app.get("/services/:file", (c) => {
    const [code, format] = split(c.req.param("file"));
    checkJurisdiction(c, c.req.query("jurisdiction_id"));
    if (!isServiceCode(code)) throw new Open311Error(404, `Service not found: ${code.slice(0, 80)}`);
    const definition = serviceDefinition(code);
    return answer(
      c,
      format,
      format === "json"
        ? JSON.stringify(definition)
        : xmlDocument("service_definition", { service_code: code, attributes: "" }),
    );
  });

  app.get("/:file{requests\\.(json|xml)}", async (c) => {
    const [, format] = split(c.req.param("file"));
    limited(reads, c);
    const query = new URL(c.req.url).searchParams;
    checkJurisdiction(c, query.get("jurisdiction_id"));
    const requests = await listServiceRequests(c.var.db, query, c.var.config.appOrigin, new Date());
    return answer(c, format, listBody(format, "service_requests", "request", requests));
  });

  app.post(
    "/:file{requests\\.(json|xml)}",
    bodyLimit({
      maxSize: MAX_FORM_BYTES,
      onError: () => {
        throw new Open311Error(413, `Request too large: at most ${MAX_FORM_BYTES} bytes`);
      },
    }),
    async (c) => {
      const [, format] = split(c.req.param("file"));
      if (contentTypeOf(c.req.header("content-type")) !== "application/x-www-form-urlencoded") {
        throw new Open311Error(400, "Send the request as application/x-www-form-urlencoded");
      }
      const form = new URLSearchParams(await c.req.text());
      checkJurisdiction(c, form.get("jurisdiction_id") ?? c.req.query("jurisdiction_id"));
      const now = new Date();
      const apiKey = await apiKeyOf(c.var.db, form.get("api_key") ?? c.req.query("api_key"), now);
      if (!apiKey) limited(anonymousWrites, c);
      const created = await createServiceRequest(c.var.db, form, apiKey, now);
      // The spec names no success status; 200 is what its clients expect.
      return answer(c, format, listBody(format, "service_requests", "request", [created]));
    },
  );

  app.get("/requests/:file", async (c) => {
    const [id, format] = split(c.req.param("file"));
    limited(reads, c);
    checkJurisdiction(c, c.req.query("jurisdiction_id"));
    const request = await oneServiceRequest(c.var.db, id, c.var.config.appOrigin);
    return answer(c, format, listBody(format, "service_requests", "request", [request]));
  });

  app.get("/tokens/:file", async (c) => {
    const [token, format] = split(c.req.param("file"));
    limited(reads, c);
    checkJurisdiction(c, c.req.query("jurisdiction_id"));
    const found = await requestOfToken(c.var.db, token);
    return answer(c, format, listBody(format, "service_requests", "request", [found]));
  });

  app.all("*", (c) => {
    throw new Open311Error(c.req.method === "GET" || c.req.method === "POST" ? 404 : 400, "Not found");
  });

  return app;
}
