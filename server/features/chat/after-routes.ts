// /api/chat, the resident's side around the messages: typing, the rating and the transcript by mail
// after the chat, and "done" (an anonymous resident's cookie is deleted). Mounted beside routes.ts.
import { createRoute } from "@hono/zod-openapi";
import {
  conversationSchema,
  ratingRequestSchema,
  transcriptMailRequestSchema,
} from "../../../src/lib/contract/chat";
import { z } from "../../../src/lib/contract/zod";
import { mailDeps } from "../../http/mail-deps";
import { idParam, jsonAnswer, jsonBody, plainAnswer, problems } from "../../http/openapi";
import { createLimiter, rateLimit } from "../../http/rate-limit";
import { JSON_BODY_PROBLEMS, jsonRequired } from "../../http/route-guards";
import { createRouter } from "../../http/router";
import { forget, mailTranscript, rate, signalTyping } from "./after-chat";
import { residentConversation } from "./conversations";
import { hubOf } from "./hub";
import { clearChatCookie, resident, shortenAfterEnd } from "./resident-cookie";
import { conversationView } from "./views";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const params = z.object({ id: idParam });
const OWNED = { 404: ["not_found"], 429: ["rate_limited"] } as const;

const routes = () => {
  const writes = rateLimit({ name: "chat-after-writes", windowMs: MINUTE, max: 60 });
  return {
    typing: createRoute({
      method: "post",
      path: "/conversations/{id}/typing",
      summary:
        "Tell the agent the resident is typing (not logged; sent on as the stream event `typing`). At most every 3 s.",
      middleware: [writes] as const,
      request: { params },
      responses: { 204: plainAnswer("Passed on (or nobody to tell)"), ...problems(OWNED) },
    }),
    rating: createRoute({
      method: "post",
      path: "/conversations/{id}/rating",
      summary: "The one-question rating after the chat (1 to 5), once.",
      middleware: [writes, jsonRequired()] as const,
      request: { params, body: jsonBody(ratingRequestSchema) },
      responses: {
        200: jsonAnswer(conversationSchema, "Rated"),
        ...problems({ ...OWNED, 409: ["conflict"], ...JSON_BODY_PROBLEMS }),
      },
    }),
    transcriptMail: createRoute({
      method: "post",
      path: "/conversations/{id}/transcript-mail",
      summary:
        "Mail the transcript of an ended chat to the given address (three times an hour per chat at most).",
      middleware: [
        rateLimit({ name: "chat-transcript-mail", windowMs: HOUR, max: 10 }),
        jsonRequired(),
      ] as const,
      request: { params, body: jsonBody(transcriptMailRequestSchema) },
      responses: {
        204: plainAnswer("Mailed"),
        ...problems({ ...OWNED, 409: ["conflict"], 503: ["mail_unavailable"], ...JSON_BODY_PROBLEMS }),
      },
    }),
    done: createRoute({
      method: "post",
      path: "/conversations/{id}/done",
      summary:
        "Done with an ended chat: an anonymous resident's chat cookie is deleted and no longer reaches it.",
      middleware: [writes] as const,
      request: { params },
      responses: { 204: plainAnswer("Forgotten"), ...problems({ ...OWNED, 409: ["conflict"] }) },
    }),
  };
};

export function chatAfterRoutes() {
  const app = createRouter();
  const route = routes();
  // Typing is throttled by the page to one signal in 3 s; this stops a script.
  const typingLimit = createLimiter({ name: "chat-typing", windowMs: MINUTE, max: 30 });
  const mailLimit = createLimiter({ name: "chat-transcript-mails", windowMs: HOUR, max: 3 });

  app.openapi(route.typing, async (c) => {
    const row = await residentConversation(c.var.db, c.req.valid("param").id, resident(c));
    typingLimit.hit(row.id);
    await signalTyping(hubOf(c.var.db, c.var.logger), row, "resident");
    return c.body(null, 204);
  });

  app.openapi(route.rating, async (c) => {
    const now = Date.now();
    const row = await residentConversation(c.var.db, c.req.valid("param").id, resident(c), now);
    shortenAfterEnd(c, row, now);
    await rate(c.var.db, row, c.req.valid("json").rating, now);
    const rated = { ...row, rating: c.req.valid("json").rating };
    return c.json(await conversationView(c.var.db, rated, now), 200);
  });

  app.openapi(route.transcriptMail, async (c) => {
    const now = Date.now();
    const row = await residentConversation(c.var.db, c.req.valid("param").id, resident(c), now);
    shortenAfterEnd(c, row, now);
    mailLimit.hit(row.id);
    await mailTranscript(mailDeps(c), row, c.req.valid("json").email);
    return c.body(null, 204);
  });

  app.openapi(route.done, async (c) => {
    const row = await residentConversation(c.var.db, c.req.valid("param").id, resident(c));
    await forget(c.var.db, row);
    if (row.account_id === null) clearChatCookie(c);
    return c.body(null, 204);
  });

  return app;
}
