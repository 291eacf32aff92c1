// GET /api/council/streams/{id}/live: the stream's live state (current item, chapters, skipped spans)
// as Server-Sent Events, sent whole at every (re)connect and whenever it differs from what this
// connection sent last. Staff's changes wake it through the shared hub (in memory on SQLite,
// LISTEN/NOTIFY on PostgreSQL, so every process hears it); every heartbeat reads again too, so a lost
// wake-up costs at most one heartbeat. An ended stream sends its last state and closes; a reconnect
// then gets 204, which stops EventSource.
import type { Context } from "hono";
import { streamSSE } from "hono/streaming";
import { STREAM_EVENT_STATE } from "../../../src/lib/contract/council-streams";
import type { AppEnv } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { HEARTBEAT_MS } from "../chat/stream";
import { hubOf } from "../../platform/hub/hub";
import { liveOf, streamTopic } from "./streams";
import { findStream } from "./streams-store";

export async function liveStream(c: Context<AppEnv>, streamId: string, heartbeatMs = HEARTBEAT_MS) {
  const { db } = c.var;
  const first = await findStream(db, streamId);
  if (!first) throw new ProblemError(404, "not_found");
  if (first.state === "ended" && c.req.header("last-event-id") === "ended") return c.body(null, 204);
  const hub = hubOf(db, c.var.logger);
  const response = streamSSE(c, async (stream) => {
    let due = true;
    let wake: (() => void) | undefined;
    const nudge = () => {
      due = true;
      wake?.();
    };
    const subscription = hub.subscribe(streamTopic(streamId), nudge);
    stream.onAbort(nudge);
    let sent = "";
    try {
      await subscription.ready;
      while (!stream.aborted) {
        if (due) {
          due = false;
          const row = await findStream(db, streamId);
          if (!row) break;
          const live = JSON.stringify(await liveOf(db, row));
          if (live !== sent) {
            // The id lets a reconnect after the end be answered 204.
            await stream.writeSSE({
              event: STREAM_EVENT_STATE,
              data: live,
              id: row.state === "ended" ? "ended" : "live",
            });
            sent = live;
          }
          if (row.state === "ended") break;
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
          await stream.write(": heartbeat\n\n");
          due = true;
        }
      }
    } catch (error) {
      if (!stream.aborted)
        c.var.logger.warn({ err: error, streamId }, "council live stream ended by an error");
    } finally {
      subscription.unsubscribe();
    }
  });
  // The same for everyone, but live: no cache may keep it; nginx must not buffer it.
  response.headers.set("Cache-Control", "no-store");
  response.headers.set("X-Accel-Buffering", "no");
  return response;
}
