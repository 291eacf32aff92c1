import { describe, expect, it } from "vitest";
import type { ChatEntry } from "../../lib/contract/chat";
import { lastSeqOf, mergeEntries, type PendingMessage, pendingOf } from "./log";

const entry = (seq: number, clientId: string | null = null, text = `m${seq}`): ChatEntry => ({
  seq,
  kind: "message",
  author: "resident",
  authorName: null,
  text,
  attachment: null,
  clientId,
  readUpTo: null,
  outcome: null,
  sentAt: new Date(Date.UTC(2026, 11, 7, 9, 0, seq)).toISOString(),
});

const pending = (clientId: string, second: number): PendingMessage => ({
  clientId,
  text: clientId,
  createdAt: new Date(Date.UTC(2026, 11, 7, 9, 0, second)).toISOString(),
  error: null,
});

describe("mergeEntries", () => {
  it("keeps each seq once when the stream and a catch-up bring the same entries", () => {
    const fromStream = mergeEntries([], [entry(1), entry(2), entry(3)]);
    const afterCatchUp = mergeEntries(fromStream, [entry(2), entry(3), entry(4)]);
    expect(afterCatchUp.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
  });

  it("orders entries that arrive out of order", () => {
    const merged = mergeEntries([entry(1), entry(4)], [entry(3), entry(2)]);
    expect(merged.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(lastSeqOf(merged)).toBe(4);
  });

  it("shows a message once even if the server logged one client id twice", () => {
    const merged = mergeEntries([entry(5, "a")], [entry(7, "a"), entry(6, "b")]);
    expect(merged.map((e) => [e.seq, e.clientId])).toEqual([
      [5, "a"],
      [6, "b"],
    ]);
  });

  it("returns the same array when nothing is new, so nothing re-renders", () => {
    const current = [entry(1), entry(2)];
    expect(mergeEntries(current, [entry(2)])).toBe(current);
    expect(mergeEntries(current, [])).toBe(current);
  });

  it("starts from 0 with an empty log", () => {
    expect(lastSeqOf([])).toBe(0);
  });
});

describe("pendingOf", () => {
  it("drops an own message once its entry with the same client id is in the log", () => {
    const log = mergeEntries([], [entry(1), entry(2, "sent")]);
    expect(pendingOf(log, [pending("sent", 1), pending("waiting", 2)]).map((m) => m.clientId)).toEqual([
      "waiting",
    ]);
  });

  it("shows a message held twice (memory and outbox) once, oldest first", () => {
    const shown = pendingOf([], [pending("b", 3), pending("a", 1), pending("b", 3)]);
    expect(shown.map((m) => m.clientId)).toEqual(["a", "b"]);
  });
});
