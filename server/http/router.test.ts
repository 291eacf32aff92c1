// The validation hook every feature router shares: what it refuses for all routes at once.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import type { AppEnv } from "./env";
import { jsonAnswer, problems } from "./openapi";
import { ProblemError, problemResponse } from "./problem";
import { createRouter } from "./router";

const listRoute = createRoute({
  method: "get",
  path: "/items",
  request: {
    query: z.object({
      // Coercing schemas turn ["1", "2"] into "1,2" or true: on their own they would take a repeat.
      page: z.coerce.string().optional(),
      archived: z.coerce.boolean().optional(),
      tag: z.array(z.string()).optional(),
    }),
  },
  responses: { 200: jsonAnswer(z.object({}).passthrough(), "The query as read"), ...problems() },
});

function app() {
  const router = createRouter();
  router.openapi(listRoute, (c) => c.json(c.req.valid("query"), 200));
  const root = new OpenAPIHono<AppEnv>();
  root.route("/", router);
  root.onError((error, c) => {
    if (error instanceof ProblemError) return problemResponse(c, error);
    throw error;
  });
  return root;
}

describe("createRouter's validation hook", () => {
  it.each([
    ["page=1&page=2", "page"],
    ["archived=false&archived=true", "archived"],
    ["tag=a&tag=b&page=1&page=1", "page"],
  ])("refuses a query key given twice where one value is expected (%s)", async (query, key) => {
    const response = await app().request(`/items?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({
      code: "validation_failed",
      errors: [{ path: key, message: expect.stringMatching(/once/) }],
    });
  });

  it("takes a key given once, and a repeated key where the schema asks for a list", async () => {
    const response = await app().request("/items?page=2&archived=true&tag=a&tag=b");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ page: "2", archived: true, tag: ["a", "b"] });
  });
});
