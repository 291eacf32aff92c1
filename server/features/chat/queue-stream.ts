// The agents' waiting list as Server-Sent Events, instead of polling: `event: queue` with the whole
// list (and `event: mine` with the agent's own chats) whenever it differs from what this stream
// sent last. The hub's queue wake-up (a start, an accept, a transfer, a departure) makes the stream
// read again, and so does every heartbeat, so a lost wake-up costs at most 15 s. Every (re)connect
// starts with the full lists, so a client that lost the stream is whole again at once. The stream
// is for agents on duty: off duty (or once presence expired) it ends, and a reconnect gets 204.
import type { Context } from "hono";
import { streamSSE } from "hono/streaming";
import { CHAT_EVENT_MINE, CHAT_EVENT_QUEUE, type ChatTopic } from "../../../src/lib/contract/chat";
import type { AppEnv, SignedInAccount } from "../../http/env";
import { hubOf, QUEUE_TOPIC } from "./hub";
import { dutyOf } from "./queue";
import { listActiveOf, listWaiting } from "./store";
import { HEARTBEAT_MS } from "./stream";
import { agentConversationView } from "./views";

export async function queueStream(
  c: Context<AppEnv>,
  agent: SignedInAccount,
  topic: ChatTopic | undefined,
  heartbeatMs = HEARTBEAT_MS,
): Promise<Response> {
  const { db } = c.var;
  if (!(await dutyOf(db, agent.id, Date.now())).onDuty) return c.body(null, 204);
  const hub = hubOf(db, c.var.logger);
  const lists = async () => {
    const now = Date.now();
    const views = (rows: Awaited<ReturnType<typeof listWaiting>>) =>
      Promise.all(rows.map((row) => agentConversationView(db, row, now)));
    return {
      queue: JSON.stringify({ conversations: await views(await listWaiting(db, null, topic)) }),
      mine: JSON.stringify({ conversations: await views(await listActiveOf(db, agent.id)) }),
    };
  };
  const response = streamSSE(c, async (stream) => {
    let due = true;
    let wake: (() => void) | undefined;
    const nudge = () => {
      due = true;
      wake?.();
    };
    const subscription = hub.subscribe(QUEUE_TOPIC, nudge);
    stream.onAbort(nudge);
    const sent = { queue: "", mine: "" };
    try {
      await subscription.ready;
      while (!stream.aborted) {
        if (due) {
          due = false;
          const now = await lists();
          if (now.queue !== sent.queue) await stream.writeSSE({ event: CHAT_EVENT_QUEUE, data: now.queue });
          if (now.mine !== sent.mine) await stream.writeSSE({ event: CHAT_EVENT_MINE, data: now.mine });
          Object.assign(sent, now);
        }
        let timer: NodeJS.Timeout | undefined;
        const timedOut = await new Promise<boolean>((resolve) => {
          wake = () => resolve(false);
          timer = setTimeout(() => resolve(true), heartbeatMs);
          if (due || stream.aborted) resolve(false);
        });
        clearTimeout(timer);
        wake = undefined;
        if (timedOut && !stream.aborted) {
          // Off duty (or presence expired without heartbeats): nothing more to announce.
          if (!(await dutyOf(db, agent.id, Date.now())).onDuty) break;
          await stream.write(": heartbeat\n\n");
          due = true;
        }
      }
    } catch (error) {
      if (!stream.aborted) c.var.logger.warn({ err: error }, "chat queue stream ended by an error");
    } finally {
      subscription.unsubscribe();
    }
  });
  response.headers.set("Cache-Control", "no-store");
  response.headers.set("X-Accel-Buffering", "no");
  return response;
}
