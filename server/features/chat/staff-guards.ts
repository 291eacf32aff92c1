// The guards of the chat's staff routes (staff-routes.ts, office-routes.ts): staff first (401/403),
// then whether this staff member is an agent (403), then, for the office's part, a lead (403).
import type { MiddlewareHandler } from "hono";
import { z } from "../../../src/lib/contract/zod";
import type { AppEnv } from "../../http/env";
import { idParam } from "../../http/openapi";
import { jsonRequired, staffOnly } from "../../http/route-guards";
import { requireStaff } from "../../http/session";
import { requireLead } from "./office";
import { requireAgent } from "./service";

export const MINUTE = 60_000;
/** The conversation's or case's id in the path. */
export const params = z.object({ id: idParam });
/** The problems every agent route can answer. */
export const AGENT = { 401: ["unauthenticated"], 403: ["forbidden"] } as const;

const agentOnly = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  await requireAgent(c.var.db, requireStaff(c));
  await next();
};
const leadOnly = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  await requireLead(c.var.db, requireStaff(c));
  await next();
};

/** Agents only. */
export const agentGuard = [staffOnly(), agentOnly()];
export const agentGuardWithBody = [...agentGuard, jsonRequired()];
/** The chat's leads (and admins, whom requireLead lets in) only. */
export const leadGuard = [...agentGuard, leadOnly()];
export const leadGuardWithBody = [...leadGuard, jsonRequired()];
