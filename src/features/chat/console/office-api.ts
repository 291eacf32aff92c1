// The office's part of the agents' API (server/features/chat/office-routes.ts) and the parts of
// staff-routes.ts the office pages use (blocking, cases): never cached, parsed with the contract.
import { getJson, sendJson } from "../../../lib/api";
import {
  agentCaseListSchema,
  agentCaseSchema,
  type ChatEntry,
  chatEntrySchema,
} from "../../../lib/contract/chat";
import {
  type CannedAnswerRequest,
  cannedAnswerListSchema,
  cannedAnswerSchema,
  chatStatsSchema,
  leadListSchema,
  officeRoleSchema,
} from "../../../lib/contract/chat-office";

const BASE = "/api/staff/chat";
const conversationUrl = (id: string) => `${BASE}/conversations/${encodeURIComponent(id)}`;
const cannedUrl = (id: string) => `${BASE}/canned-answers/${encodeURIComponent(id)}`;

export const fetchOfficeRole = () => getJson(`${BASE}/office/role`, officeRoleSchema);

export const fetchCannedAnswers = () => getJson(`${BASE}/canned-answers`, cannedAnswerListSchema);
export const createCannedAnswer = (request: CannedAnswerRequest) =>
  sendJson("POST", `${BASE}/canned-answers`, request, cannedAnswerSchema);
export const updateCannedAnswer = (id: string, request: CannedAnswerRequest) =>
  sendJson("PUT", cannedUrl(id), request, cannedAnswerSchema);
export const deleteCannedAnswer = (id: string) => sendJson("DELETE", cannedUrl(id), undefined);

export const proposeAppointment = (id: string, clientId: string, serviceId: string): Promise<ChatEntry> =>
  sendJson("POST", `${conversationUrl(id)}/proposals`, { clientId, serviceId }, chatEntrySchema);
export const blockConversation = (id: string, reason: string) =>
  sendJson("POST", `${conversationUrl(id)}/block`, { reason });

export const fetchCases = () => getJson(`${BASE}/cases`, agentCaseListSchema);
export const answerCase = (id: string, subject: string, text: string) =>
  sendJson("POST", `${BASE}/cases/${encodeURIComponent(id)}/answer`, { subject, text }, agentCaseSchema);

export const fetchLeads = () => getJson(`${BASE}/leads`, leadListSchema);
export const saveLeads = (accountIds: string[]) =>
  sendJson("PUT", `${BASE}/leads`, { accountIds }, leadListSchema);

export const fetchStats = (days: number) => getJson(`${BASE}/stats?days=${days}`, chatStatsSchema);
