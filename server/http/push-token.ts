// The manage token of a device's push subscription, handed out when the device subscribes: every
// route that acts for that device (its preferences, chat answers, waste reminders, followed areas)
// reads it from this header and answers 404 without the right one.
import type { Context } from "hono";
import { z } from "../../src/lib/contract/zod";
import type { AppEnv } from "./env";

export const PUSH_TOKEN_HEADER = "x-push-token";

export const pushTokenHeaders = z.object({
  [PUSH_TOKEN_HEADER]: z
    .string()
    .optional()
    .openapi({ description: "The manage token of this device's push subscription" }),
});

export const pushTokenOf = (c: Context<AppEnv>): string => c.req.header(PUSH_TOKEN_HEADER) ?? "";
