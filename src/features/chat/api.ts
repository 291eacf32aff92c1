// The resident's side of the chat API (server/features/chat/routes.ts). Reads are never cached (a
// conversation is personal); an anonymous resident's conversation is known by its HttpOnly cookie.
import {
  type ChatCaseRequest,
  chatCaseSchema,
  chatPushLinkSchema,
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
import { getJson, sendJson } from "../../lib/api";

export const CHAT_API = "/api/chat";
export const CHAT_CHALLENGE = `${CHAT_API}/challenge`;
const conversationUrl = (id: string) => `${CHAT_API}/conversations/${encodeURIComponent(id)}`;
export const messagesUrl = (id: string) => `${conversationUrl(id)}/messages`;
export const attachmentsUrl = (id: string) => `${conversationUrl(id)}/attachments`;
/** A photo or PDF of the conversation (sent with the chat cookie or the session). */
export const attachmentUrl = (id: string, fileId: string) =>
  `${attachmentsUrl(id)}/${encodeURIComponent(fileId)}`;
export const eventsUrl = (id: string, after: number) => `${conversationUrl(id)}/events?after=${after}`;

export const fetchChatStatus = (): Promise<ChatStatus> => getJson(`${CHAT_API}/status`, chatStatusSchema);

export const fetchChallenge = () => getJson(CHAT_CHALLENGE, altchaChallengeSchema);

/** The conversation this browser (cookie) or account has open, if any. */
export const fetchCurrentConversation = async (): Promise<Conversation | null> =>
  (await getJson(`${CHAT_API}/conversations/current`, currentConversationSchema)).conversation;

export const startConversation = (request: StartChatRequest): Promise<Conversation> =>
  sendJson("POST", `${CHAT_API}/conversations`, request, conversationSchema);

export const fetchEntries = (id: string, after: number): Promise<EntriesResponse> =>
  getJson(`${conversationUrl(id)}/entries?after=${after}`, entriesResponseSchema);

export const leaveConversation = (id: string): Promise<Conversation> =>
  sendJson("POST", `${conversationUrl(id)}/leave`, {}, conversationSchema);

export const leaveMessage = (request: ChatCaseRequest) =>
  sendJson("POST", `${CHAT_API}/cases`, request, chatCaseSchema);

// ---- During and after the chat ----

export const markRead = (id: string, upTo: number): Promise<void> =>
  sendJson("POST", `${conversationUrl(id)}/read`, { upTo });

export const sendTyping = (id: string): Promise<void> =>
  sendJson("POST", `${conversationUrl(id)}/typing`, undefined);

export const rateConversation = (id: string, rating: number): Promise<Conversation> =>
  sendJson("POST", `${conversationUrl(id)}/rating`, { rating }, conversationSchema);

/** Signed in: the transcript into the postbox (kept beyond the retention period). */
export const saveTranscriptToPostbox = (id: string): Promise<Conversation> =>
  sendJson("POST", `${conversationUrl(id)}/transcript`, undefined, conversationSchema);

export const mailTranscript = (id: string, email: string): Promise<void> =>
  sendJson("POST", `${conversationUrl(id)}/transcript-mail`, { email });

/** Done with an ended chat: an anonymous resident's cookie is deleted. */
export const finishConversation = (id: string): Promise<void> =>
  sendJson("POST", `${conversationUrl(id)}/done`, undefined);

// ---- Push of answers to this device (its subscription proven by the manage token) ----

const pushLinkUrl = (id: string, subscriptionId: string) =>
  `${conversationUrl(id)}/push/${encodeURIComponent(subscriptionId)}`;
const tokenHeader = (manageToken: string) => ({ headers: { "X-Push-Token": manageToken } });

export const fetchPushLink = (id: string, subscriptionId: string, manageToken: string) =>
  getJson(pushLinkUrl(id, subscriptionId), chatPushLinkSchema, tokenHeader(manageToken));
export const linkPush = (id: string, subscriptionId: string, manageToken: string, preview: boolean) =>
  sendJson("PUT", pushLinkUrl(id, subscriptionId), { preview }, chatPushLinkSchema, tokenHeader(manageToken));
export const unlinkPush = (id: string, subscriptionId: string, manageToken: string): Promise<void> =>
  sendJson("DELETE", pushLinkUrl(id, subscriptionId), undefined, undefined, tokenHeader(manageToken));
