// What the log says about the other side beyond its messages: how far it has read (its `read`
// entries), whether an own message is delivered (in the log) or read, and how often "typing" may be
// told. Pure functions, so the rules are tested without a browser.
import type { ChatEntry, EntryAuthor } from "../../lib/contract/chat";

/** Who looks at the log: the resident or the agent. */
export type Viewer = Exclude<EntryAuthor, "system">;

export const otherSide = (viewer: Viewer): Viewer => (viewer === "resident" ? "agent" : "resident");

/** The highest seq `author` has marked read, or 0. */
export function readUpToBy(entries: readonly ChatEntry[], author: Viewer): number {
  let upTo = 0;
  for (const entry of entries) {
    if (entry.kind === "read" && entry.author === author) upTo = Math.max(upTo, entry.readUpTo ?? 0);
  }
  return upTo;
}

/** The seq of the newest message of `author`, or 0: what the other side reports as read. */
export function lastMessageSeqOf(entries: readonly ChatEntry[], author: Viewer): number {
  let seq = 0;
  for (const entry of entries) if (entry.kind === "message" && entry.author === author) seq = entry.seq;
  return seq;
}

/** An own message in the log is delivered; once the other side's read mark reaches it, read. */
export const messageMark = (entry: ChatEntry, otherReadUpTo: number): "read" | "delivered" =>
  entry.seq <= otherReadUpTo ? "read" : "delivered";

/** True at most once per `ms`: a keystroke tells the other side only now and then. */
export function makeThrottle(ms: number, now: () => number = Date.now) {
  let last = -Infinity;
  return () => {
    const time = now();
    if (time - last < ms) return false;
    last = time;
    return true;
  };
}
