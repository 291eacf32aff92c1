// A conversation's log as the browser holds it: the server's entries, each once, in seq order, and
// the own messages not yet in it ("wird gesendet"). Entries arrive by the event stream and by
// catch-up reads that may overlap, repeat or come out of order; a message is the same message when
// its seq or its client-made id is the same (a retried send returns the first entry).
import type { ChatEntry } from "../../lib/contract/chat";

/** An own message the server has not yet put into the log. */
export type PendingMessage = {
  clientId: string;
  text: string;
  createdAt: string;
  /** Problem code when the server refused it (the outbox keeps it as failed). */
  error: string | null;
  /** A photo or PDF instead of text: its name, and (on the agent's side, for a retry) the file. */
  fileName?: string;
  file?: File;
};

/** `current` with `incoming` merged in: one entry per seq and per client id, ordered by seq. */
export function mergeEntries(current: readonly ChatEntry[], incoming: readonly ChatEntry[]): ChatEntry[] {
  if (incoming.length === 0) return current as ChatEntry[];
  const bySeq = new Map<number, ChatEntry>();
  for (const entry of current) bySeq.set(entry.seq, entry);
  let changed = false;
  for (const entry of incoming) {
    if (bySeq.has(entry.seq)) continue;
    bySeq.set(entry.seq, entry);
    changed = true;
  }
  if (!changed) return current as ChatEntry[];
  const seenClientIds = new Set<string>();
  return [...bySeq.values()]
    .sort((a, b) => a.seq - b.seq)
    .filter((entry) => {
      // The first (lowest) seq of a client id stands; a second one would be a double send.
      if (entry.clientId === null) return true;
      if (seenClientIds.has(entry.clientId)) return false;
      seenClientIds.add(entry.clientId);
      return true;
    });
}

/** The highest seq held: where the next catch-up starts. */
export const lastSeqOf = (entries: readonly ChatEntry[]): number =>
  entries.length === 0 ? 0 : entries[entries.length - 1]!.seq;

/** Own messages still on their way: those whose client id is not yet in the log, oldest first. */
export function pendingOf(
  entries: readonly ChatEntry[],
  pending: readonly PendingMessage[],
): PendingMessage[] {
  const arrived = new Set(entries.flatMap((entry) => (entry.clientId === null ? [] : [entry.clientId])));
  const seen = new Set<string>();
  return pending
    .filter((message) => {
      if (arrived.has(message.clientId) || seen.has(message.clientId)) return false;
      seen.add(message.clientId);
      return true;
    })
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
