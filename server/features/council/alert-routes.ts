// /api/council/follows: council alerts for residents. A device (its push subscription, proven by the
// manage token as the defect reports' followed areas are) follows a committee, a keyword or an area;
// signed in, it may ask for the weekly mail too. The pushes themselves come from the import (alerts.ts).
import { createRoute } from "@hono/zod-openapi";
import {
  councilFollowListSchema,
  councilFollowRequestSchema,
  councilFollowSchema,
} from "../../../src/lib/contract/council-alerts";
import { z } from "../../../src/lib/contract/zod";
import { idParam, jsonAnswer, jsonBody, plainAnswer, problems } from "../../http/openapi";
import { pushTokenHeaders, pushTokenOf } from "../../http/push-token";
import { rateLimit } from "../../http/rate-limit";
import { JSON_BODY_PROBLEMS, jsonRequired } from "../../http/route-guards";
import { createRouter } from "../../http/router";
import { followCouncil, listCouncilFollows, unfollowCouncil } from "./alerts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

// A function, so that every app gets its own rate-limit windows (as the reports' follows do).
const routes = () => {
  const reads = rateLimit({ name: "council-follows-reads", windowMs: MINUTE, max: 120 });
  const writes = rateLimit({ name: "council-follows-writes", windowMs: HOUR, max: 60 });
  return {
    follow: createRoute({
      method: "post",
      path: "/follows",
      summary:
        "Follow a committee, a keyword or an area: this device gets a push for each new matching meeting, agenda or paper (signed in: optionally the weekly mail).",
      middleware: [writes, jsonRequired()] as const,
      request: { body: jsonBody(councilFollowRequestSchema) },
      responses: {
        201: jsonAnswer(councilFollowSchema, "Followed (or already followed)"),
        ...problems({
          ...JSON_BODY_PROBLEMS,
          401: ["unauthenticated"],
          404: ["not_found"],
          409: ["conflict"],
          429: ["rate_limited"],
        }),
      },
    }),
    follows: createRoute({
      method: "get",
      path: "/follows/{subscriptionId}",
      summary: "The committees, keywords and areas this device follows.",
      middleware: [reads] as const,
      request: { params: z.object({ subscriptionId: idParam }), headers: pushTokenHeaders },
      responses: {
        200: jsonAnswer(councilFollowListSchema, "Followed council topics"),
        ...problems({ 404: ["not_found"], 429: ["rate_limited"] }),
      },
    }),
    unfollow: createRoute({
      method: "delete",
      path: "/follows/{subscriptionId}/{id}",
      summary: "No more council alerts for this committee, keyword or area.",
      middleware: [writes] as const,
      request: { params: z.object({ subscriptionId: idParam, id: idParam }), headers: pushTokenHeaders },
      responses: {
        204: plainAnswer("Unfollowed"),
        ...problems({ 404: ["not_found"], 429: ["rate_limited"] }),
      },
    }),
  };
};

export function councilAlertRoutes() {
  const app = createRouter();
  const route = routes();

  app.openapi(route.follow, async (c) =>
    c.json(await followCouncil(c.var.db, c.req.valid("json"), c.var.accountId ?? null, new Date()), 201),
  );

  app.openapi(route.follows, async (c) => {
    const { subscriptionId } = c.req.valid("param");
    return c.json(await listCouncilFollows(c.var.db, subscriptionId, pushTokenOf(c)), 200);
  });

  app.openapi(route.unfollow, async (c) => {
    const { subscriptionId, id } = c.req.valid("param");
    await unfollowCouncil(c.var.db, subscriptionId, pushTokenOf(c), id);
    return c.body(null, 204);
  });

  return app;
}
