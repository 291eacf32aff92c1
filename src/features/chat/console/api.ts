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
import { getJson, query, sendForm, sendJson } from "../../../lib/api";
import type { Department } from "../../../lib/contract/account-constants";

const BASE = "/api/staff/chat";
const conversationUrl = (id: string) => `${BASE}/conversations/${encodeURIComponent(id)}`;
export const agentEventsUrl = (id: string, after: number) => `${conversationUrl(id)}/events?after=${after}`;

export const fetchDuty = () => getJson(`${BASE}/duty`, dutySchema);
export const setDuty = (onDuty: boolean, capacity?: number) =>
  sendJson("PUT", `${BASE}/duty`, capacity === undefined ? { onDuty } : { onDuty, capacity }, dutySchema);
export const sendHeartbeat = () => sendJson("POST", `${BASE}/duty/heartbeat`, {}, heartbeatSchema);

export const fetchQueue = (topic?: ChatTopic) =>
  getJson(`${BASE}/queue?${query({ topic })}`, agentConversationListSchema);
/** The conversations this agent has now. */
export const fetchMine = () => getJson(`${BASE}/conversations`, agentConversationListSchema);

export const acceptConversation = (id: string): Promise<AgentConversation> =>
  sendJson("POST", `${conversationUrl(id)}/accept`, {}, agentConversationSchema);
export const fetchAgentEntries = (id: string, after: number) =>
  getJson(`${conversationUrl(id)}/entries?after=${after}`, agentEntriesResponseSchema);
export const sendAgentMessage = (id: string, clientId: string, text: string): Promise<ChatEntry> =>
  sendJson("POST", `${conversationUrl(id)}/messages`, { clientId, text }, chatEntrySchema);
/** A photo or PDF into the chat (online: the agent's console has no outbox). */
export function sendAgentAttachment(id: string, clientId: string, file: File): Promise<ChatEntry> {
  const form = new FormData();
  form.append("clientId", clientId);
  form.append("file", file, file.name);
  return sendForm(`${conversationUrl(id)}/attachments`, form, chatEntrySchema);
}
export const agentAttachmentUrl = (id: string, fileId: string) =>
  `${conversationUrl(id)}/attachments/${encodeURIComponent(fileId)}`;
export const closeConversation = (id: string, outcome: Exclude<CloseOutcome, "blocked">) =>
  sendJson("POST", `${conversationUrl(id)}/close`, { outcome }, agentConversationSchema);
export const transferConversation = (id: string, request: TransferRequest) =>
  sendJson("POST", `${conversationUrl(id)}/transfer`, request, agentConversationSchema);
export const fetchColleagues = () => getJson(`${BASE}/agents`, colleagueListSchema);

export const fetchSettings = () => getJson(`${BASE}/settings`, chatSettingsSchema);
export const saveSettings = (hours: string, agentDepartments?: Department[]) =>
  sendJson(
    "PUT",
    `${BASE}/settings`,
    agentDepartments ? { hours, agentDepartments } : { hours },
    chatSettingsSchema,
  );

export const markAgentRead = (id: string, upTo: number): Promise<void> =>
  sendJson("POST", `${conversationUrl(id)}/read`, { upTo });
export const sendAgentTyping = (id: string): Promise<void> =>
  sendJson("POST", `${conversationUrl(id)}/typing`, undefined);
