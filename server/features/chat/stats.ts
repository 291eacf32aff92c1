// The leads' statistics: chats started, taken and left while waiting, and the waits, per hour of
// the day (Berlin time) and per topic. Only figures leave: no text, no resident. Chats are deleted
// after the retention period, so the period asked for is at most that long in effect.
import { CHAT_TOPICS, type ChatTopic } from "../../../src/lib/contract/chat";
import type { ChatStats } from "../../../src/lib/contract/chat-office";
import type { Db } from "../../db/database";
import * as store from "./store";

const DAY = 24 * 60 * 60_000;
const berlinHour = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Berlin",
  hour: "2-digit",
  hourCycle: "h23",
});

export type StatsRow = { topic: string; status: string; started_at: string; accepted_at: string | null };

type Volume = ChatStats["total"];

function volumeOf(rows: StatsRow[]): Volume {
  const waits = rows
    .filter((r) => r.accepted_at !== null)
    .map((r) => Math.max(0, Math.round((Date.parse(r.accepted_at ?? "") - Date.parse(r.started_at)) / 1000)))
    .filter(Number.isFinite);
  return {
    started: rows.length,
    accepted: waits.length,
    leftWaiting: rows.filter((r) => r.status === "left" && r.accepted_at === null).length,
    meanWaitSeconds: waits.length ? Math.round(waits.reduce((a, b) => a + b, 0) / waits.length) : null,
    maxWaitSeconds: waits.length ? Math.max(...waits) : null,
  };
}

export function aggregate(rows: StatsRow[], from: string, to: string, cases: number): ChatStats {
  const byHour = Array.from({ length: 24 }, (_, hour) => ({
    hour,
    ...volumeOf(rows.filter((r) => Number(berlinHour.format(Date.parse(r.started_at))) === hour)),
  }));
  const byTopic = CHAT_TOPICS.flatMap((topic: ChatTopic) => {
    const own = rows.filter((r) => r.topic === topic);
    return own.length ? [{ topic, ...volumeOf(own) }] : [];
  });
  return { from, to, total: volumeOf(rows), cases, byHour, byTopic };
}

/** The last `days` days up to `now`. */
export async function chatStats(db: Db, days: number, now: number): Promise<ChatStats> {
  const from = new Date(now - days * DAY).toISOString();
  const to = new Date(now + 1).toISOString();
  const [rows, cases] = await Promise.all([
    store.listStartedBetween(db, from, to),
    store.countCasesBetween(db, from, to),
  ]);
  return aggregate(rows, from, to, cases);
}
