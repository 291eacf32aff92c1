import { describe, expect, it, vi } from "vitest";
import type { ChatEntry } from "../../lib/contract/chat";
import { lastSeqOf, mergeEntries } from "./log";
import { type BreakSignals, type EntriesPage, type EventSourceLike, startChatStream } from "./stream";

const entry = (seq: number, clientId: string | null = null): ChatEntry => ({
  seq,
  kind: "message",
  author: seq % 2 === 0 ? "agent" : "resident",
  authorName: null,
  text: `m${seq}`,
  attachment: null,
  clientId,
  readUpTo: null,
  outcome: null,
  sentAt: new Date(Date.UTC(2026, 11, 7, 9, 0, seq)).toISOString(),
});

class FakeSource implements EventSourceLike {
  listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  constructor(readonly after: number) {}
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: string, data: unknown) {
    for (const listener of this.listeners.get(type) ?? [])
      listener({ data: JSON.stringify(data) } as MessageEvent<string>);
  }
  fail() {
    this.onerror?.(new Event("error"));
  }
  close() {
    this.closed = true;
  }
}

class FakeSignals implements BreakSignals {
  online: (() => void)[] = [];
  offline: (() => void)[] = [];
  visible: (() => void)[] = [];
  hidden: (() => void)[] = [];
  onOnline(listener: () => void) {
    this.online.push(listener);
    return () => (this.online = this.online.filter((l) => l !== listener));
  }
  onOffline(listener: () => void) {
    this.offline.push(listener);
    return () => (this.offline = this.offline.filter((l) => l !== listener));
  }
  onVisible(listener: () => void) {
    this.visible.push(listener);
    return () => (this.visible = this.visible.filter((l) => l !== listener));
  }
  onHidden(listener: () => void) {
    this.hidden.push(listener);
    return () => (this.hidden = this.hidden.filter((l) => l !== listener));
  }
}

/** A server log and a page that holds what the stream gave it. */
function setup(serverLog: ChatEntry[], pageSize = 50) {
  let held: ChatEntry[] = [];
  const typing: string[] = [];
  const sources: FakeSource[] = [];
  const signals = new FakeSignals();
  const timers: { run: () => void; ms: number; cancelled: boolean }[] = [];
  let isOnline = true;
  const fetchEntries = vi.fn(async (after: number): Promise<EntriesPage<{ status: string }>> => {
    if (!isOnline) throw new Error("offline");
    const rest = serverLog.filter((e) => e.seq > after);
    return {
      conversation: { status: "active" },
      entries: rest.slice(0, pageSize),
      more: rest.length > pageSize,
    };
  });
  const stream = startChatStream({
    open: (after) => {
      const source = new FakeSource(after);
      sources.push(source);
      return source;
    },
    fetchEntries,
    lastSeq: () => lastSeqOf(held),
    onEntries: (entries) => (held = mergeEntries(held, entries)),
    onConversation: () => {},
    onTyping: (author) => typing.push(author),
    parseEntry: (data) => data as ChatEntry,
    parseConversation: (data) => data as { status: string },
    signals,
    retryDelaysMs: [100, 200],
    setTimer: (run, ms) => {
      const timer = { run, ms, cancelled: false };
      timers.push(timer);
      return () => (timer.cancelled = true);
    },
    online: () => isOnline,
  });
  return {
    stream,
    sources,
    signals,
    timers,
    fetchEntries,
    held: () => held.map((e) => e.seq),
    typing,
    setOnline: (value: boolean) => (isOnline = value),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("startChatStream", () => {
  it("closes the stream while the page is hidden (the server then pushes answers) and catches up when visible", async () => {
    const log = [entry(1)];
    const chat = setup(log);
    await settle();
    expect(chat.sources).toHaveLength(1);
    for (const hide of chat.signals.hidden) hide();
    expect(chat.sources[0]!.closed).toBe(true);
    // A break meanwhile does not open a stream in the background.
    for (const online of chat.signals.online) online();
    await settle();
    expect(chat.sources).toHaveLength(1);
    log.push(entry(2));
    for (const visible of chat.signals.visible) visible();
    await settle();
    expect(chat.held()).toEqual([1, 2]);
    expect(chat.sources).toHaveLength(2);
    expect(chat.sources[1]!.after).toBe(2);
  });

  it("reads the log first, then listens from the last seq it holds", async () => {
    const chat = setup([entry(1), entry(2)]);
    await settle();
    expect(chat.fetchEntries).toHaveBeenCalledWith(0);
    expect(chat.sources).toHaveLength(1);
    expect(chat.sources[0]!.after).toBe(2);
    chat.sources[0]!.emit("entry", entry(3));
    expect(chat.held()).toEqual([1, 2, 3]);
  });

  it("passes the other side's typing on without reading the log, and drops typing it does not understand", async () => {
    const chat = setup([entry(1)]);
    await settle();
    const reads = chat.fetchEntries.mock.calls.length;
    chat.sources[0]!.emit("typing", { author: "agent" });
    chat.sources[0]!.emit("typing", { author: "robot" });
    expect(chat.typing).toEqual(["agent"]);
    expect(chat.fetchEntries.mock.calls.length).toBe(reads);
    expect(chat.held()).toEqual([1]);
  });

  it("reads every page of a long log", async () => {
    const log = Array.from({ length: 7 }, (_, i) => entry(i + 1));
    const chat = setup(log, 3);
    await settle();
    expect(chat.fetchEntries.mock.calls.map(([after]) => after)).toEqual([0, 3, 6]);
    expect(chat.held()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("after a stream error fetches what came meanwhile once, and reopens after the delay", async () => {
    const log = [entry(1), entry(2)];
    const chat = setup(log);
    await settle();
    // Two entries are written while the stream is broken; the first also arrives late by the old stream.
    log.push(entry(3, "mine"), entry(4));
    chat.sources[0]!.fail();
    expect(chat.sources[0]!.closed).toBe(true);
    await settle();
    expect(chat.fetchEntries).toHaveBeenLastCalledWith(2);
    chat.sources[0]!.emit("entry", entry(3, "mine"));
    expect(chat.held()).toEqual([1, 2, 3, 4]);
    expect(chat.timers.at(-1)!.ms).toBe(100);
    chat.timers.at(-1)!.run();
    await settle();
    expect(chat.sources).toHaveLength(2);
    expect(chat.sources[1]!.after).toBe(4);
  });

  it("waits longer after each failure in a row", async () => {
    const chat = setup([entry(1)]);
    await settle();
    chat.sources[0]!.fail();
    await settle();
    chat.timers.at(-1)!.run();
    await settle();
    chat.sources[1]!.fail();
    await settle();
    expect(chat.timers.map((t) => t.ms)).toEqual([100, 200]);
  });

  it("closes when offline and resumes from the last seq when back online, nothing lost or doubled", async () => {
    const log = [entry(1), entry(2)];
    const chat = setup(log);
    await settle();
    chat.setOnline(false);
    for (const listener of chat.signals.offline) listener();
    expect(chat.sources[0]!.closed).toBe(true);
    log.push(entry(3), entry(4, "reply"));
    chat.setOnline(true);
    for (const listener of chat.signals.online) listener();
    await settle();
    expect(chat.fetchEntries).toHaveBeenLastCalledWith(2);
    expect(chat.held()).toEqual([1, 2, 3, 4]);
    expect(chat.sources).toHaveLength(2);
    expect(chat.sources[1]!.after).toBe(4);
    // The new stream repeats an entry the catch-up brought: still once.
    chat.sources[1]!.emit("entry", entry(4, "reply"));
    expect(chat.held()).toEqual([1, 2, 3, 4]);
  });

  it("catches up when the page becomes visible again", async () => {
    const log = [entry(1)];
    const chat = setup(log);
    await settle();
    log.push(entry(2));
    for (const listener of chat.signals.visible) listener();
    await settle();
    expect(chat.held()).toEqual([1, 2]);
    expect(chat.sources[0]!.closed).toBe(true);
    expect(chat.sources.at(-1)!.after).toBe(2);
  });

  it("reads the log instead of trusting an event that does not fit", async () => {
    const log = [entry(1)];
    const chat = setup(log);
    await settle();
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    log.push(entry(2));
    chat.sources[0]!.listeners.get("entry")![0]!({ data: "{not json" } as MessageEvent<string>);
    await settle();
    expect(chat.held()).toEqual([1, 2]);
    error.mockRestore();
  });

  it("stops listening and opens nothing more once stopped", async () => {
    const chat = setup([entry(1)]);
    await settle();
    chat.stream.stop();
    expect(chat.sources[0]!.closed).toBe(true);
    expect(chat.signals.online).toHaveLength(0);
    await chat.stream.catchUp();
    expect(chat.sources).toHaveLength(1);
  });
});
