// The agent's waiting list and own chats, kept current by the server's stream (GET
// /api/staff/chat/queue/events) instead of polling. Every (re)connect brings the whole lists, so
// nothing is missed across a break; while the stream is down (an error, or 204 when the server does
// not count the agent as on duty) the lists are read every few seconds, and the stream is tried again.
import {
  type AgentConversationList,
  agentConversationListSchema,
  CHAT_EVENT_MINE,
  CHAT_EVENT_QUEUE,
  type ChatTopic,
} from "../../../lib/contract/chat";
import { query } from "../../../lib/api";

export const queueEventsUrl = (topic?: ChatTopic) => `/api/staff/chat/queue/events?${query({ topic })}`;

export type QueueFollower = {
  topic?: ChatTopic | undefined;
  onQueue: (list: AgentConversationList) => void;
  onMine: (list: AgentConversationList) => void;
  /** Reads both lists the ordinary way (the fallback while the stream is down). */
  reload: () => void;
  pollMs?: number;
  reopenMs?: number;
};

/** Starts following; the function returned stops it. */
export function followQueue(options: QueueFollower): () => void {
  const pollMs = options.pollMs ?? 5000;
  const reopenMs = options.reopenMs ?? 15_000;
  let source: EventSource | undefined;
  let poll: ReturnType<typeof setInterval> | undefined;
  let reopen: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const stopPolling = () => {
    clearInterval(poll);
    poll = undefined;
  };
  const listen = (stream: EventSource, name: string, deliver: (list: AgentConversationList) => void) =>
    stream.addEventListener(name, (event) => {
      const parsed = agentConversationListSchema.safeParse(JSON.parse(String(event.data)));
      if (parsed.success) {
        stopPolling();
        deliver(parsed.data);
      } else {
        console.error("chat queue event not understood", parsed.error);
        options.reload();
      }
    });

  const open = () => {
    if (stopped) return;
    const stream = new EventSource(queueEventsUrl(options.topic));
    source = stream;
    listen(stream, CHAT_EVENT_QUEUE, options.onQueue);
    listen(stream, CHAT_EVENT_MINE, options.onMine);
    stream.onerror = () => {
      if (source !== stream) return;
      // Read at once and keep reading until the stream is back with its full lists.
      options.reload();
      poll ??= setInterval(options.reload, pollMs);
      // The browser reconnects by itself unless the answer ended the stream for good (204, 4xx).
      if (stream.readyState === EventSource.CLOSED) {
        source = undefined;
        reopen = setTimeout(open, reopenMs);
      }
    };
  };

  open();
  return () => {
    stopped = true;
    source?.close();
    source = undefined;
    stopPolling();
    clearTimeout(reopen);
  };
}
