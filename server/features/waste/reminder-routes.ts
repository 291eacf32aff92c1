// /api/waste/reminders/{subscriptionId}: this device's reminder the evening before a collection day
// (reminders.ts). The subscription is proven by its manage token in X-Push-Token (404 otherwise, as on
// /api/push); CSRF as on every write under /api. Mounted beside routes.ts.
import { createRoute } from "@hono/zod-openapi";
import { wasteReminderSchema, wasteReminderStateSchema } from "../../../src/lib/contract/waste";
import { z } from "../../../src/lib/contract/zod";
import { idParam, jsonAnswer, jsonBody, plainAnswer, problems } from "../../http/openapi";
import { pushTokenHeaders, pushTokenOf } from "../../http/push-token";
import { rateLimit } from "../../http/rate-limit";
import { JSON_BODY_PROBLEMS, jsonRequired } from "../../http/route-guards";
import { createRouter } from "../../http/router";
import { readReminder, removeReminder, writeReminder } from "./reminders";

const MINUTE = 60_000;
const params = z.object({ subscriptionId: idParam });
const headers = pushTokenHeaders;
const OWNED = { 404: ["not_found"], 429: ["rate_limited"] } as const;
const PATH = "/reminders/{subscriptionId}";

const routes = () => {
  const reads = rateLimit({ name: "waste-reminder-reads", windowMs: MINUTE, max: 60 });
  const writes = rateLimit({ name: "waste-reminder-writes", windowMs: MINUTE, max: 30 });
  return {
    read: createRoute({
      method: "get",
      path: PATH,
      summary: "This device's reminder of collection days (null when it has none).",
      middleware: [reads] as const,
      request: { params, headers },
      responses: { 200: jsonAnswer(wasteReminderStateSchema, "The reminder"), ...problems(OWNED) },
    }),
    write: createRoute({
      method: "put",
      path: PATH,
      summary:
        "Remind this device by push at `time` (Berlin) on the evening before a day when one of `bins` is collected in the district; replaces an earlier choice.",
      middleware: [writes, jsonRequired()] as const,
      request: { params, headers, body: jsonBody(wasteReminderSchema) },
      responses: {
        200: jsonAnswer(wasteReminderStateSchema, "Switched on"),
        ...problems({ ...OWNED, ...JSON_BODY_PROBLEMS }),
      },
    }),
    remove: createRoute({
      method: "delete",
      path: PATH,
      summary: "No more reminders of collection days to this device.",
      middleware: [writes] as const,
      request: { params, headers },
      responses: { 204: plainAnswer("Switched off"), ...problems(OWNED) },
    }),
  };
};

export function wasteReminderRoutes() {
  const app = createRouter();
  const route = routes();

  app.openapi(route.read, async (c) => {
    const { subscriptionId } = c.req.valid("param");
    return c.json({ reminder: await readReminder(c.var.db, subscriptionId, pushTokenOf(c)) }, 200);
  });

  app.openapi(route.write, async (c) => {
    const { subscriptionId } = c.req.valid("param");
    const saved = await writeReminder(
      c.var.db,
      subscriptionId,
      pushTokenOf(c),
      c.req.valid("json"),
      new Date(),
    );
    return c.json({ reminder: saved }, 200);
  });

  app.openapi(route.remove, async (c) => {
    await removeReminder(c.var.db, c.req.valid("param").subscriptionId, pushTokenOf(c));
    return c.body(null, 204);
  });

  return app;
}
