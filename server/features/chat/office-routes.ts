// /api/staff/chat, the office's part (mounted beside staff-routes.ts): canned answers, appointment
// proposals, the leads admins name, and the leads' statistics. Agents read the canned answers and
// propose; leads and admins keep the canned answers and see the statistics; admins name the leads.
import { createRoute } from "@hono/zod-openapi";
import { chatEntrySchema } from "../../../src/lib/contract/chat";
import {
  cannedAnswerListSchema,
  cannedAnswerRequestSchema,
  cannedAnswerSchema,
  chatStatsSchema,
  leadListSchema,
  leadsRequestSchema,
  officeRoleSchema,
  proposalRequestSchema,
  statsQuerySchema,
} from "../../../src/lib/contract/chat-office";
import { jsonAnswer, jsonBody, plainAnswer, problems } from "../../http/openapi";
import { createLimiter } from "../../http/rate-limit";
import { adminOnly, JSON_BODY_PROBLEMS, jsonRequired } from "../../http/route-guards";
import { createRouter } from "../../http/router";
import { requireStaff } from "../../http/session";
import { createCanned, deleteCanned, listCanned, updateCanned } from "./canned";
import { hubOf } from "./hub";
import { leadCandidates, officeRole, setLeads } from "./office";
import { proposeAppointment } from "./proposals";
import { agentName } from "./service";
import { entryView } from "./views";
import { chatStats } from "./stats";
import {
  AGENT,
  agentGuard,
  agentGuardWithBody,
  leadGuard,
  leadGuardWithBody,
  MINUTE,
  params,
} from "./staff-guards";

const admin = [adminOnly()];

const routes = {
  role: createRoute({
    method: "get",
    path: "/office/role",
    summary: "Whether the agent leads the chat (statistics, canned answers) or is an admin.",
    middleware: agentGuard,
    responses: { 200: jsonAnswer(officeRoleSchema, "The role"), ...problems(AGENT) },
  }),
  canned: createRoute({
    method: "get",
    path: "/canned-answers",
    summary: "The office's canned answers, by title.",
    middleware: agentGuard,
    responses: { 200: jsonAnswer(cannedAnswerListSchema, "Canned answers"), ...problems(AGENT) },
  }),
  createCanned: createRoute({
    method: "post",
    path: "/canned-answers",
    summary: "Add a canned answer (leads and admins; audited).",
    middleware: leadGuardWithBody,
    request: { body: jsonBody(cannedAnswerRequestSchema) },
    responses: {
      201: jsonAnswer(cannedAnswerSchema, "Added"),
      ...problems({ ...AGENT, 409: ["conflict"], ...JSON_BODY_PROBLEMS }),
    },
  }),
  updateCanned: createRoute({
    method: "put",
    path: "/canned-answers/{id}",
    summary: "Change a canned answer (leads and admins; audited).",
    middleware: leadGuardWithBody,
    request: { params, body: jsonBody(cannedAnswerRequestSchema) },
    responses: {
      200: jsonAnswer(cannedAnswerSchema, "Changed"),
      ...problems({ ...AGENT, 404: ["not_found"], ...JSON_BODY_PROBLEMS }),
    },
  }),
  deleteCanned: createRoute({
    method: "delete",
    path: "/canned-answers/{id}",
    summary: "Remove a canned answer (leads and admins; audited).",
    middleware: leadGuard,
    request: { params },
    responses: { 204: plainAnswer("Removed"), ...problems({ ...AGENT, 404: ["not_found"] }) },
  }),
  propose: createRoute({
    method: "post",
    path: "/conversations/{id}/proposals",
    summary:
      "Propose an appointment for a service booked online: a message with the booking's link (idempotent by clientId).",
    middleware: agentGuardWithBody,
    request: { params, body: jsonBody(proposalRequestSchema) },
    responses: {
      200: jsonAnswer(chatEntrySchema, "Proposed before with this clientId"),
      201: jsonAnswer(chatEntrySchema, "Proposed"),
      ...problems({
        ...AGENT,
        404: ["not_found"],
        409: ["conversation_ended"],
        429: ["rate_limited"],
        ...JSON_BODY_PROBLEMS,
      }),
    },
  }),
  leads: createRoute({
    method: "get",
    path: "/leads",
    summary: "Staff of the agents' departments and whether each leads the chat (admins).",
    middleware: admin,
    responses: { 200: jsonAnswer(leadListSchema, "Candidates"), ...problems(AGENT) },
  }),
  setLeads: createRoute({
    method: "put",
    path: "/leads",
    summary: "Name the chat's leads (admins; audited).",
    middleware: [...admin, jsonRequired()],
    request: { body: jsonBody(leadsRequestSchema) },
    responses: {
      200: jsonAnswer(leadListSchema, "Candidates"),
      ...problems({ ...AGENT, ...JSON_BODY_PROBLEMS }),
    },
  }),
  stats: createRoute({
    method: "get",
    path: "/stats",
    summary:
      "Chats started and taken, waits, per hour of the day and per topic over the last days (leads and admins).",
    middleware: leadGuard,
    request: { query: statsQuerySchema },
    responses: { 200: jsonAnswer(chatStatsSchema, "Statistics"), ...problems(AGENT) },
  }),
};

export function staffChatOfficeRoutes() {
  const app = createRouter();
  const perConversation = createLimiter({ name: "chat-agent-proposal", windowMs: MINUTE, max: 20 });

  app.openapi(routes.role, async (c) => c.json(await officeRole(c.var.db, requireStaff(c)), 200));

  app.openapi(routes.canned, async (c) => c.json({ answers: await listCanned(c.var.db) }, 200));

  app.openapi(routes.createCanned, async (c) =>
    c.json(await createCanned(c.var.db, requireStaff(c), c.req.valid("json"), Date.now()), 201),
  );

  app.openapi(routes.updateCanned, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await updateCanned(c.var.db, requireStaff(c), id, c.req.valid("json"), Date.now()), 200);
  });

  app.openapi(routes.deleteCanned, async (c) => {
    await deleteCanned(c.var.db, requireStaff(c), c.req.valid("param").id);
    return c.body(null, 204);
  });

  app.openapi(routes.propose, async (c) => {
    const account = requireStaff(c);
    const { id } = c.req.valid("param");
    perConversation.hit(id);
    const { entry, created } = await proposeAppointment(
      { db: c.var.db, hub: hubOf(c.var.db), appOrigin: c.var.config.appOrigin },
      id,
      { kind: "agent", id: account.id, name: agentName(account) },
      c.req.valid("json"),
      Date.now(),
    );
    if (!created) perConversation.record(id, -1);
    const view = entryView(entry, true);
    return created ? c.json(view, 201) : c.json(view, 200);
  });

  app.openapi(routes.leads, async (c) => c.json({ candidates: await leadCandidates(c.var.db) }, 200));

  app.openapi(routes.setLeads, async (c) => {
    const candidates = await setLeads(c.var.db, requireStaff(c), c.req.valid("json").accountIds, Date.now());
    return c.json({ candidates }, 200);
  });

  app.openapi(routes.stats, async (c) =>
    c.json(await chatStats(c.var.db, c.req.valid("query").days, Date.now()), 200),
  );

  return app;
}
