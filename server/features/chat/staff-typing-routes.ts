// /api/staff/chat: "the agent is typing", passed to the resident's stream (never logged). Mounted
// beside staff-routes.ts.
import { createRoute } from "@hono/zod-openapi";
import { z } from "../../../src/lib/contract/zod";
import { idParam, plainAnswer, problems } from "../../http/openapi";
import { createLimiter } from "../../http/rate-limit";
import { staffOnly } from "../../http/route-guards";
import { createRouter } from "../../http/router";
import { ProblemError } from "../../http/problem";
import { requireStaff } from "../../http/session";
import { signalTyping } from "./after-chat";
import { hubOf } from "./hub";
import { requireAgent } from "./service";
import { findConversation } from "./store";

const route = createRoute({
  method: "post",
  path: "/conversations/{id}/typing",
  summary:
    "Tell the resident the agent is typing (not logged; the stream event `typing`). At most every 3 s.",
  middleware: [staffOnly()] as const,
  request: { params: z.object({ id: idParam }) },
  responses: {
    204: plainAnswer("Passed on"),
    ...problems({ 401: ["unauthenticated"], 403: ["forbidden"], 404: ["not_found"], 429: ["rate_limited"] }),
  },
});

export function staffTypingRoutes() {
  const app = createRouter();
  const typingLimit = createLimiter({ name: "chat-agent-typing", windowMs: 60_000, max: 30 });
  app.openapi(route, async (c) => {
    const agent = requireStaff(c);
    await requireAgent(c.var.db, agent);
    const row = await findConversation(c.var.db, c.req.valid("param").id);
    if (!row) throw new ProblemError(404, "not_found");
    if (row.agent_id !== agent.id) throw new ProblemError(403, "forbidden", "Not your chat");
    typingLimit.hit(row.id);
    await signalTyping(hubOf(c.var.db, c.var.logger), row, "agent");
    return c.body(null, 204);
  });
  return app;
}
