// A conversation's log as Server-Sent Events (EventSource works through proxies and cannot send
// headers; the chat cookie or the session identifies the reader). Every entry goes out with
// `id: <seq>`, so the browser's reconnect sends Last-Event-ID and the stream resumes after it. The
// stream re-reads the database when the hub wakes it and at every heartbeat, so nothing depends on
// a wake-up arriving. A conversation that has ended and was read to its end closes the stream.
import { randomUUID } from "node:crypto";
import type { Context } from "hono";
import { streamSSE } from "hono/streaming";
import { CHAT_EVENT_CONVERSATION, CHAT_EVENT_ENTRY, CHAT_EVENT_TYPING } from "../../../src/lib/contract/chat";
import type { Db } from "../../db/database";
import type { ChatConversationTable } from "../../db/schema";
import type { AppEnv } from "../../http/env";
import { conversationTopic, type Hub, hubOf, QUEUE_TOPIC, typingTopic } from "./hub";
import { entriesAfter } from "./messages";
import { markGone, markPresent } from "./push";
import { findConversation } from "./store";

/** A comment line this often keeps proxies from closing an idle stream (and re-checks the log). */
export const HEARTBEAT_MS = 15_000;

export const hasEnded = (row: ChatConversationTable) => row.status === "closed" || row.status === "left";

/** The seq to resume after: the larger of ?after= and the Last-Event-ID the browser sends back. */
export function resumeAfter(c: Context<AppEnv>, after: number): number {
  const header = Number(c.req.header("last-event-id"));
  return Number.isSafeInteger(header) && header > after ? header : after;
}

/**
 * The `events` answer of both sides: 204 once an ended conversation was read to its end (that
 * stops EventSource), else the stream from the resume point.
 */
export function streamConversation(
  c: Context<AppEnv>,
  options: {
    row: ChatConversationTable;
    after: number;
    forAgent: boolean;
    view: (row: ChatConversationTable) => Promise<unknown>;
  },
): Response {
  const { db } = c.var;
  const after = resumeAfter(c, options.after);
  if (hasEnded(options.row) && after >= options.row.last_seq) return c.body(null, 204);
  const conversationId = options.row.id;
  const streamId = randomUUID();
  return conversationStream(c, {
    db,
    hub: hubOf(db, c.var.logger),
    conversationId,
    after,
    forAgent: options.forAgent,
    view: options.view,
    // A resident with an open stream is looking at the chat: no push for answers meanwhile.
    presence: options.forAgent
      ? undefined
      : {
          renew: () => markPresent(db, conversationId, streamId, Date.now()),
          end: async () => void (await markGone(db, conversationId, streamId)),
        },
  });
}

export function conversationStream(
  c: Context<AppEnv>,
  options: {
    db: Db;
    hub: Hub;
    conversationId: string;
    after: number;
    forAgent: boolean;
    view: (row: ChatConversationTable) => Promise<unknown>;
    heartbeatMs?: number;
    /** Told when the stream opens, at every heartbeat, and when it ends. */
    presence?: { renew: () => Promise<void>; end: () => Promise<void> } | undefined;
  },
): Response {
  const { db, hub, conversationId, forAgent } = options;
  const response = streamSSE(c, async (stream) => {
    let last = options.after;
    let due = true;
    let wake: (() => void) | undefined;
    const nudge = () => {
      due = true;
      wake?.();
    };
    // Typing is not in the log: it goes out as it comes, and is lost when nobody listens.
    let typing = false;
    const typed = () => {
      typing = true;
      wake?.();
    };
    // Positions and estimates of waiting residents move with the queue; a conversation that an agent
    // has (or that ended) ignores the queue, so that a busy queue does not wake every open chat.
    let waiting = true;
    const subscriptions = [
      hub.subscribe(conversationTopic(conversationId), nudge),
      hub.subscribe(QUEUE_TOPIC, () => {
        if (waiting) nudge();
      }),
      hub.subscribe(typingTopic(conversationId, forAgent ? "resident" : "agent"), typed),
    ];
    stream.onAbort(nudge);
    let lastView = "";
    try {
      await Promise.all(subscriptions.map((s) => s.ready));
      await options.presence?.renew();
      let renewed = Date.now();
      while (!stream.aborted) {
        // By the clock, not at heartbeats only: a busy stream may never be idle for one.
        if (options.presence && Date.now() - renewed >= (options.heartbeatMs ?? HEARTBEAT_MS)) {
          renewed = Date.now();
          await options.presence.renew();
        }
        if (typing) {
          typing = false;
          await stream.writeSSE({
            event: CHAT_EVENT_TYPING,
            data: JSON.stringify({ author: forAgent ? "resident" : "agent" }),
          });
        }
        if (due) {
          due = false;
          const page = await entriesAfter(db, conversationId, last, forAgent);
          for (const entry of page.entries) {
            await stream.writeSSE({
              id: String(entry.seq),
              event: CHAT_EVENT_ENTRY,
              data: JSON.stringify(entry),
            });
            last = entry.seq;
          }
          const row = await findConversation(db, conversationId);
          if (!row) break;
          waiting = row.status === "waiting";
          const view = JSON.stringify(await options.view(row));
          if (view !== lastView) {
            await stream.writeSSE({ event: CHAT_EVENT_CONVERSATION, data: view });
            lastView = view;
          }
          if (page.more) {
            due = true;
            continue;
          }
          if (hasEnded(row) && last >= row.last_seq) break;
        }
        let timer: NodeJS.Timeout | undefined;
        const timedOut = await new Promise<boolean>((resolve) => {
          wake = () => resolve(false);
          timer = setTimeout(() => resolve(true), options.heartbeatMs ?? HEARTBEAT_MS);
          if (due || typing || stream.aborted) resolve(false);
        });
        clearTimeout(timer);
        wake = undefined;
        if (timedOut && !stream.aborted) {
          await stream.write(": heartbeat\n\n");
          due = true;
        }
      }
    } catch (error) {
      // The database went away under an open stream (shutdown): the client reconnects and resumes.
      if (!stream.aborted) c.var.logger.warn({ err: error, conversationId }, "chat stream ended by an error");
    } finally {
      for (const subscription of subscriptions) subscription.unsubscribe();
      // Past a lost database the row simply expires.
      await options.presence?.end().catch(() => undefined);
    }
  });
  // Personal data: never in a cache; nginx must not buffer the stream.
  response.headers.set("Cache-Control", "no-store");
  response.headers.set("X-Accel-Buffering", "no");
  return response;
}
