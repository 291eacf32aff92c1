// Open311 GeoReport v2 as a standard client uses it: discovery and services in JSON and XML, a
// form-encoded POST readable at once by its id and token, the spec's filters, element names in the
// order of the recorded CfA, SF311, Chicago and Köln answers, and broken input answered with the
// spec's errors and a 4xx, never a 5xx.
import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REPORT_CATEGORIES } from "../../../src/lib/contract/reports";
import { createAccountWithSession } from "../../testing/accounts";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { BREMEN, TOWN_HALL } from "./test-helpers";

const fixture = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/open311/${name}`, import.meta.url), "utf8");
const parser = new XMLParser({ parseTagValue: false });
type Element = Record<string, unknown>;
const xml = (text: string): Element => parser.parse(text) as Element;
const asList = (value: unknown): Element[] =>
  (Array.isArray(value) ? value : value === undefined || value === "" ? [] : [value]) as Element[];

let t: TestApp;

beforeEach(async () => {
  t = await createTestApp();
});

afterEach(async () => {
  await t.close();
});

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = { "content-type": "application/x-www-form-urlencoded" };

const post = (fields: Record<string, string>, format = "json", headers: Record<string, string> = FORM) =>
  t.app.request(`/open311/v2/requests.${format}`, { method: "POST", headers, body: form(fields) });

const lampRequest = (extra: Record<string, string> = {}) => ({
  service_code: "street-lighting",
  lat: String(TOWN_HALL.lat),
  long: String(TOWN_HALL.lon),
  description: "Laterne dunkel (OPEN311-TEXT)",
  email: "open311-reporter@example.org",
  first_name: "Erika",
  last_name: "Mustermann",
  phone: "04221 99999",
  ...extra,
});

async function expectError(response: Response, status: number, format: "json" | "xml" = "json") {
  expect(response.status).toBe(status);
  const text = await response.text();
  if (format === "json") {
    const body = JSON.parse(text) as { code: number; description: string }[];
    expect(body).toEqual([{ code: status, description: expect.any(String) }]);
  } else {
    const body = xml(text);
    const errors = body.errors as Element;
    expect(Object.keys((errors.error as Element) ?? {})).toEqual(["code", "description"]);
    expect(Object.keys(xml(fixture("cfa-error-404-not-found.xml")).errors as Element)).toEqual(["error"]);
  }
}

describe("discovery and services", () => {
  it("announces the endpoint in JSON and XML", async () => {
    const json = await t.app.request("/open311/v2/discovery.json");
    expect(json.status).toBe(200);
    const doc = (await json.json()) as { endpoints: { url: string; formats: string[] }[] };
    expect(doc.endpoints[0]?.url).toMatch(/\/open311\/v2$/);
    expect(doc.endpoints[0]?.formats).toEqual(["text/xml", "application/json"]);
    const asXml = xml(await (await t.app.request("/open311/v2/discovery.xml")).text());
    const endpoint = ((asXml.discovery as Element).endpoints as Element).endpoint as Element;
    expect((endpoint.formats as Element).format).toEqual(["text/xml", "application/json"]);
  });

  it("lists the ten categories as services with the fields real servers send", async () => {
    const response = await t.app.request("/open311/v2/services.json");
    expect(response.headers.get("content-type")).toContain("application/json");
    const list = (await response.json()) as Element[];
    expect(list.map((s) => s.service_code)).toEqual([...REPORT_CATEGORIES]);
    // Every field Chicago's services carry, in the spec's order.
    const chicago = JSON.parse(fixture("chicago-services-trimmed.json")) as Element[];
    const chicagoKeys = Object.keys(chicago[1]!);
    expect(Object.keys(list[0]!)).toEqual(chicagoKeys);

    const asXml = xml(await (await t.app.request("/open311/v2/services.xml")).text());
    const services = asList((asXml.services as Element).service);
    expect(services).toHaveLength(REPORT_CATEGORIES.length);
    const sf = asList((xml(fixture("sf311-services-trimmed.xml")).services as Element).service);
    expect(Object.keys(services[0]!).sort()).toEqual(Object.keys(sf[0]!).sort());
  });

  it("answers a service definition, and 404 for an unknown code", async () => {
    const known = await t.app.request("/open311/v2/services/graffiti.json");
    expect(await known.json()).toEqual({ service_code: "graffiti", attributes: [] });
    const knownXml = xml(await (await t.app.request("/open311/v2/services/graffiti.xml")).text());
    expect((knownXml.service_definition as Element).service_code).toBe("graffiti");
    await expectError(await t.app.request("/open311/v2/services/potholes.json"), 404);
    await expectError(await t.app.request("/open311/v2/services/potholes.xml"), 404, "xml");
  });
});

describe("POST requests", () => {
  it("takes a form-encoded request, readable at once by its id and its token", async () => {
    const response = await post(lampRequest(), "xml");
    expect(response.status).toBe(200);
    const created = xml(await response.text());
    const request = (created.service_requests as Element).request as Element;
    const cfa = (xml(fixture("cfa-post-service-request-response.xml")).service_requests as Element)
      .request as Element;
    expect(Object.keys(request)).toEqual(Object.keys(cfa));
    const id = String(request.service_request_id);

    const read = await t.app.request(`/open311/v2/requests/${id}.json`);
    const [record] = (await read.json()) as Element[];
    expect(record).toMatchObject({
      service_request_id: id,
      status: "open",
      service_code: "street-lighting",
      lat: TOWN_HALL.lat,
      long: TOWN_HALL.lon,
      // Not reviewed yet: no text.
      description: null,
      agency_responsible: "Stadtwerke Delmenhorst",
    });
    const token = xml(await (await t.app.request(`/open311/v2/tokens/${id}.xml`)).text());
    const tokenRecord = (token.service_requests as Element).request as Element;
    const cfaToken = (xml(fixture("cfa-request-id-from-token.xml")).service_requests as Element)
      .request as Element;
    expect(Object.keys(tokenRecord)).toEqual(Object.keys(cfaToken));

    // The name and phone are not kept; the email only for the console.
    const row = await t.db.selectFrom("defect_reports").selectAll().executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain("Mustermann");
    expect(JSON.stringify(row)).not.toContain("99999");
    expect(row).toMatchObject({
      email: "open311-reporter@example.org",
      source: "open311",
      department: "stadtwerke",
    });
  });

  it("refuses broken input with the spec's errors and a 4xx", async () => {
    const cases: [Record<string, string>, number][] = [
      [{ ...lampRequest(), service_code: "" }, 400],
      [{ ...lampRequest(), service_code: "potholes" }, 404],
      [{ ...lampRequest(), lat: "" }, 400],
      [{ ...lampRequest(), lat: "north" }, 400],
      [{ ...lampRequest(), long: "1e2" }, 400],
      [{ ...lampRequest(), lat: "95" }, 400],
      [{ ...lampRequest(), lat: String(BREMEN.lat), long: String(BREMEN.lon) }, 400],
      [{ service_code: "graffiti", address_string: "Rathausplatz 1" }, 400],
      [{ ...lampRequest(), email: "not-an-address" }, 400],
      [{ ...lampRequest(), description: "x".repeat(4001) }, 400],
      [{ ...lampRequest(), api_key: "made-up" }, 403],
      [{ ...lampRequest(), jurisdiction_id: "bremen.de" }, 404],
    ];
    for (const [fields, status] of cases) await expectError(await post(fields), status);
    await expectError(await post(lampRequest(), "xml", { "content-type": "application/json" }), 400, "xml");
    await expectError(await post(lampRequest(), "json", {}), 400);
    const huge = await t.app.request("/open311/v2/requests.json", {
      method: "POST",
      headers: FORM,
      body: form({ ...lampRequest(), description: "x".repeat(100_000) }),
    });
    await expectError(huge, 413);
    await expectError(await t.app.request("/open311/v2/requests.html"), 404);
    await expectError(await t.app.request("/open311/v2/requests/%E0%A4%A.json"), 404);
    expect(await t.db.selectFrom("defect_reports").selectAll().execute()).toHaveLength(0);
  });

  it("limits requests without a key, and a key the admins issued lifts the limit", async () => {
    for (let i = 0; i < 20; i++) expect((await post(lampRequest())).status).toBe(200);
    await expectError(await post(lampRequest()), 429);
    const { client: admin } = await createAccountWithSession(t, { role: "admin" });
    const issued = await admin.json<{ secret: string; key: { id: string } }>(
      "POST",
      "/api/staff/reports/api-keys",
      {
        client: "Stadtreinigung Werkzeug",
      },
    );
    const keyed = await post(lampRequest({ api_key: issued.body.secret }));
    expect(keyed.status).toBe(200);
    const row = await t.db
      .selectFrom("defect_reports")
      .select("source")
      .orderBy("created_at", "desc")
      .executeTakeFirstOrThrow();
    expect(row.source).toBe(`open311:${issued.body.key.id}`);
    await admin.fetch(`/api/staff/reports/api-keys/${issued.body.key.id}`, { method: "DELETE" });
    await expectError(await post(lampRequest({ api_key: issued.body.secret })), 403);
  });
});

describe("GET requests", () => {
  it("answers with the CfA sample's elements in its order, and filters as the spec says", async () => {
    const first = ((await (await post(lampRequest())).json()) as Element[])[0]!.service_request_id as string;
    await post(lampRequest({ service_code: "graffiti" }));
    const staff = (await createAccountWithSession(t, { role: "staff", department: "stadtwerke" })).client;
    await staff.json("POST", `/api/staff/reports/${first}/status`, {
      status: "done",
      publicNote: "Repariert.",
    });

    const asXml = xml(await (await t.app.request("/open311/v2/requests.xml")).text());
    const ours = asList((asXml.service_requests as Element).request);
    const cfa = asList((xml(fixture("cfa-service-requests.xml")).service_requests as Element).request);
    expect(ours).toHaveLength(2);
    expect(Object.keys(ours[0]!)).toEqual(Object.keys(cfa[0]!));
    // Every field Köln's JSON records carry is there too.
    const koeln = JSON.parse(fixture("koeln-sagsuns-requests-trimmed.json")) as Element[];
    const json = (await (await t.app.request("/open311/v2/requests.json")).json()) as Element[];
    for (const key of Object.keys(koeln[0]!)) expect(Object.keys(json[0]!)).toContain(key);

    const list = async (query: string) =>
      ((await (await t.app.request(`/open311/v2/requests.json?${query}`)).json()) as Element[]).map(
        (r) => `${String(r.service_code)}:${String(r.status)}`,
      );
    expect(await list("status=closed")).toEqual(["street-lighting:closed"]);
    expect(await list("status=open")).toEqual(["graffiti:open"]);
    expect(await list("service_code=graffiti")).toEqual(["graffiti:open"]);
    expect(await list(`service_request_id=${first}`)).toEqual(["street-lighting:closed"]);
    expect(await list("start_date=2000-01-01T00:00:00Z&end_date=2001-01-01T00:00:00Z")).toEqual([]);
    const closed = json.find((r) => r.status === "closed");
    expect(closed?.status_notes).toBe("Repariert.");

    await expectError(await t.app.request("/open311/v2/requests.json?status=pending"), 400);
    await expectError(await t.app.request("/open311/v2/requests.json?start_date=yesterday"), 400);
    await expectError(await t.app.request("/open311/v2/requests.json?service_code=potholes"), 404);
    await expectError(await t.app.request("/open311/v2/requests/not-an-id.xml"), 404, "xml");
    await expectError(await t.app.request("/open311/v2/tokens/not-a-token.json"), 404);
  });

  it("reads an empty list as the spec's empty answer", async () => {
    const asXml = xml(await (await t.app.request("/open311/v2/requests.xml")).text());
    expect(asXml.service_requests).toBe("");
    expect(await (await t.app.request("/open311/v2/requests.json")).json()).toEqual([]);
  });
});
