// /api/chat/conversations/{id}/push/{subscriptionId}: whether this device hears about answers in the
// resident's conversation by Web Push (push.ts). Two proofs: the conversation is the resident's
// (session or chat cookie, 404 otherwise) and the subscription is this device's (its manage token in
// X-Push-Token, 404 otherwise, as on /api/push). Mounted beside routes.ts.
import { createRoute } from "@hono/zod-openapi";
import { chatPushLinkRequestSchema, chatPushLinkSchema } from "../../../src/lib/contract/chat";
import { z } from "../../../src/lib/contract/zod";
import { idParam, jsonAnswer, jsonBody, plainAnswer, problems } from "../../http/openapi";
import { pushTokenHeaders, pushTokenOf } from "../../http/push-token";
import { rateLimit } from "../../http/rate-limit";
import { JSON_BODY_PROBLEMS, jsonRequired } from "../../http/route-guards";
import { createRouter } from "../../http/router";
import { residentConversation } from "./conversations";
import { linkPush, pushLinkOf, unlinkPush } from "./push";
import { resident } from "./resident-cookie";

const MINUTE = 60_000;
const params = z.object({ id: idParam, subscriptionId: idParam });
const headers = pushTokenHeaders;
const OWNED = { 404: ["not_found"], 429: ["rate_limited"] } as const;
const PATH = "/conversations/{id}/push/{subscriptionId}";

const routes = () => {
  const reads = rateLimit({ name: "chat-push-reads", windowMs: MINUTE, max: 60 });
  const writes = rateLimit({ name: "chat-push-writes", windowMs: MINUTE, max: 30 });
  return {
    read: createRoute({
      method: "get",
      path: PATH,
      summary: "Whether this device is told of answers in the conversation by push, with a preview or not.",
      middleware: [reads] as const,
      request: { params, headers },
      responses: { 200: jsonAnswer(chatPushLinkSchema, "The link"), ...problems(OWNED) },
    }),
    link: createRoute({
      method: "put",
      path: PATH,
      summary:
        "Tell this device of answers while the resident is not looking (at most one push a minute); `preview` lets the notice show the answer's start.",
      middleware: [writes, jsonRequired()] as const,
      request: { params, headers, body: jsonBody(chatPushLinkRequestSchema) },
      responses: {
        200: jsonAnswer(chatPushLinkSchema, "Linked"),
        ...problems({ ...OWNED, 409: ["conversation_ended"], ...JSON_BODY_PROBLEMS }),
      },
    }),
    unlink: createRoute({
      method: "delete",
      path: PATH,
      summary: "No more pushes about this conversation to this device.",
      middleware: [writes] as const,
      request: { params, headers },
      responses: { 204: plainAnswer("Unlinked"), ...problems(OWNED) },
    }),
  };
};

export function chatPushRoutes() {
  const app = createRouter();
  const route = routes();

  app.openapi(route.read, async (c) => {
    const { id, subscriptionId } = c.req.valid("param");
    const row = await residentConversation(c.var.db, id, resident(c));
    return c.json(await pushLinkOf(c.var.db, row.id, subscriptionId, pushTokenOf(c)), 200);
  });

  app.openapi(route.link, async (c) => {
    const { id, subscriptionId } = c.req.valid("param");
    const now = Date.now();
    const row = await residentConversation(c.var.db, id, resident(c), now);
    const { preview } = c.req.valid("json");
    return c.json(await linkPush(c.var.db, row, subscriptionId, pushTokenOf(c), preview, now), 200);
  });

  app.openapi(route.unlink, async (c) => {
    const { id, subscriptionId } = c.req.valid("param");
    const row = await residentConversation(c.var.db, id, resident(c));
    await unlinkPush(c.var.db, row.id, subscriptionId, pushTokenOf(c));
    return c.body(null, 204);
  });

  return app;
}
