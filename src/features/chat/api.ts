// The resident's side of the chat API (server/features/chat/routes.ts). Reads are never cached (a
// conversation is personal); an anonymous resident's conversation is known by its HttpOnly cookie.
import {
  type ChatCaseRequest,
  chatCaseSchema,
  type ChatStatus,
  chatStatusSchema,
  type Conversation,
  conversationSchema,
  currentConversationSchema,
  type EntriesResponse,
  entriesResponseSchema,
  type StartChatRequest,
} from "../../lib/contract/chat";
import { altchaChallengeSchema } from "../../lib/contract/proof-of-work";
import type { z } from "../../lib/contract/zod";
import { send } from "../../lib/http";

export const CHAT_API = "/api/chat";
export const CHAT_CHALLENGE = `${CHAT_API}/challenge`;
const conversationUrl = (id: string) => `${CHAT_API}/conversations/${encodeURIComponent(id)}`;
export const messagesUrl = (id: string) => `${conversationUrl(id)}/messages`;
export const eventsUrl = (id: string, after: number) => `${conversationUrl(id)}/events?after=${after}`;

const READ: RequestInit = { headers: { Accept: "application/json" }, cache: "no-store" };

async function read<T>(url: string, schema: z.ZodType<T>): Promise<T> {
  const response = await send(fetch, url, READ);
  return schema.parse(await response.json());
}

async function post<T>(url: string, body: unknown, schema: z.ZodType<T>): Promise<T> {
  const response = await send(fetch, url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
    cache: "no-store",
  });
  return schema.parse(await response.json());
}

export const fetchChatStatus = (): Promise<ChatStatus> => read(`${CHAT_API}/status`, chatStatusSchema);

export const fetchChallenge = () => read(CHAT_CHALLENGE, altchaChallengeSchema);

/** The conversation this browser (cookie) or account has open, if any. */
export const fetchCurrentConversation = async (): Promise<Conversation | null> =>
  (await read(`${CHAT_API}/conversations/current`, currentConversationSchema)).conversation;

export const startConversation = (request: StartChatRequest): Promise<Conversation> =>
  post(`${CHAT_API}/conversations`, request, conversationSchema);

export const fetchEntries = (id: string, after: number): Promise<EntriesResponse> =>
  read(`${conversationUrl(id)}/entries?after=${after}`, entriesResponseSchema);

export const leaveConversation = (id: string): Promise<Conversation> =>
  post(`${conversationUrl(id)}/leave`, {}, conversationSchema);

export const leaveMessage = (request: ChatCaseRequest) => post(`${CHAT_API}/cases`, request, chatCaseSchema);
