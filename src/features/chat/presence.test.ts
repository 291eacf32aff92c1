import { describe, expect, it } from "vitest";
import type { ChatEntry } from "../../lib/contract/chat";
import { lastMessageSeqOf, makeThrottle, messageMark, readUpToBy } from "./presence";

const entry = (
  seq: number,
  kind: ChatEntry["kind"],
  author: ChatEntry["author"],
  readUpTo: number | null = null,
) =>
  ({
    seq,
    kind,
    author,
    authorName: null,
    text: kind === "message" ? "x" : null,
    attachment: null,
    clientId: null,
    readUpTo,
    outcome: null,
    sentAt: "2026-12-06T08:00:00.000Z",
  }) satisfies ChatEntry;

describe("read marks and typing", () => {
  const log = [
    entry(1, "message", "resident"),
    entry(2, "joined", "agent"),
    entry(3, "message", "resident"),
    entry(4, "read", "agent", 1),
    entry(5, "message", "agent"),
    entry(6, "read", "resident", 5),
  ];

  it("shows an own message read once the other side's mark reaches it, delivered before", () => {
    const agentRead = readUpToBy(log, "agent");
    expect(agentRead).toBe(1);
    expect(messageMark(log[0]!, agentRead)).toBe("read");
    expect(messageMark(log[2]!, agentRead)).toBe("delivered");
    expect(readUpToBy(log, "resident")).toBe(5);
    expect(readUpToBy([], "agent")).toBe(0);
  });

  it("reports read up to the other side's newest message, not up to read marks", () => {
    expect(lastMessageSeqOf(log, "agent")).toBe(5);
    expect(lastMessageSeqOf(log, "resident")).toBe(3);
  });

  it("tells typing at most once per interval", () => {
    let now = 0;
    const mayTell = makeThrottle(3000, () => now);
    expect(mayTell()).toBe(true);
    now = 2999;
    expect(mayTell()).toBe(false);
    now = 3000;
    expect(mayTell()).toBe(true);
  });
});
