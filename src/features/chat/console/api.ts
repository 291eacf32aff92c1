// The agents' side of the chat API (server/features/chat/staff-routes.ts), read and written through
// the console's helpers: never cached, parsed with the contract's schemas.
import {
  agentConversationListSchema,
  type AgentConversation,
  agentConversationSchema,
  agentEntriesResponseSchema,
  type ChatEntry,
  chatEntrySchema,
  type ChatTopic,
  chatSettingsSchema,
  type CloseOutcome,
  colleagueListSchema,
  dutySchema,
  heartbeatSchema,
  type TransferRequest,
} from "../../../lib/contract/chat";
import { query, read, write } from "../../../lib/console-api";
import type { Department } from "../../../lib/contract/account-constants";

const BASE = "/api/staff/chat";
const conversationUrl = (id: string) => `${BASE}/conversations/${encodeURIComponent(id)}`;
export const agentEventsUrl = (id: string, after: number) => `${conversationUrl(id)}/events?after=${after}`;

export const fetchDuty = () => read(`${BASE}/duty`, dutySchema);
export const setDuty = (onDuty: boolean, capacity?: number) =>
  write("PUT", `${BASE}/duty`, capacity === undefined ? { onDuty } : { onDuty, capacity }, dutySchema);
export const sendHeartbeat = () => write("POST", `${BASE}/duty/heartbeat`, {}, heartbeatSchema);

export const fetchQueue = (topic?: ChatTopic) =>
  read(`${BASE}/queue?${query({ topic })}`, agentConversationListSchema);
/** The conversations this agent has now. */
export const fetchMine = () => read(`${BASE}/conversations`, agentConversationListSchema);

export const acceptConversation = (id: string): Promise<AgentConversation> =>
  write("POST", `${conversationUrl(id)}/accept`, {}, agentConversationSchema);
export const fetchAgentEntries = (id: string, after: number) =>
  read(`${conversationUrl(id)}/entries?after=${after}`, agentEntriesResponseSchema);
export const sendAgentMessage = (id: string, clientId: string, text: string): Promise<ChatEntry> =>
  write("POST", `${conversationUrl(id)}/messages`, { clientId, text }, chatEntrySchema);
export const closeConversation = (id: string, outcome: Exclude<CloseOutcome, "blocked">) =>
  write("POST", `${conversationUrl(id)}/close`, { outcome }, agentConversationSchema);
export const transferConversation = (id: string, request: TransferRequest) =>
  write("POST", `${conversationUrl(id)}/transfer`, request, agentConversationSchema);
export const fetchColleagues = () => read(`${BASE}/agents`, colleagueListSchema);

export const fetchSettings = () => read(`${BASE}/settings`, chatSettingsSchema);
export const saveSettings = (hours: string, agentDepartments?: Department[]) =>
  write(
    "PUT",
    `${BASE}/settings`,
    agentDepartments ? { hours, agentDepartments } : { hours },
    chatSettingsSchema,
  );
