// The chat's topics on the shared hub (server/platform/hub/hub.ts): one conversation, the office's
// queue, and "this side is typing".
export { closeHubOf, type Hub, hubOf, type Listener } from "../../platform/hub/hub";

export const conversationTopic = (id: string) => `c:${id}`;
export const QUEUE_TOPIC = "queue";
/** "This side is typing" in a conversation: a wake-up that carries its meaning in the topic. */
export const typingTopic = (id: string, author: "resident" | "agent") => `t:${id}:${author}`;
