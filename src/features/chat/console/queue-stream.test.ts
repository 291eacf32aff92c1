import { afterEach, describe, expect, it, vi } from "vitest";
import type { AgentConversationList } from "../../../lib/contract/chat";
import { followQueue, queueEventsUrl } from "./queue-stream";

class FakeEventSource {
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readyState = 1;
  onerror: (() => void) | null = null;
  closed = false;
  listeners = new Map<string, ((event: { data: string }) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(name: string, listener: (event: { data: string }) => void) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
  }
  emit(name: string, data: unknown) {
    for (const listener of this.listeners.get(name) ?? []) listener({ data: JSON.stringify(data) });
  }
  close() {
    this.closed = true;
  }
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  FakeEventSource.opened = [];
});

const empty: AgentConversationList = { conversations: [] };

describe("followQueue", () => {
  it("takes the lists from the stream, polls only while it is down, and reopens one the server ended", () => {
    vi.useFakeTimers();
    vi.stubGlobal("EventSource", FakeEventSource);
    const queues: AgentConversationList[] = [];
    const reload = vi.fn();
    const stop = followQueue({ topic: "identity", onQueue: (l) => queues.push(l), onMine: () => {}, reload });
    const first = FakeEventSource.opened[0]!;
    expect(first.url).toBe(queueEventsUrl("identity"));
    first.emit("queue", empty);
    expect(queues).toEqual([empty]);
    vi.advanceTimersByTime(20_000);
    expect(reload).not.toHaveBeenCalled();

    // Down: read at once and every 5 s; the browser's reconnect brings the lists and ends the polling.
    first.onerror?.();
    expect(reload).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(reload).toHaveBeenCalledTimes(3);
    first.emit("queue", empty);
    vi.advanceTimersByTime(10_000);
    expect(reload).toHaveBeenCalledTimes(3);

    // Ended for good (204 off duty): a new stream after a while.
    first.readyState = FakeEventSource.CLOSED;
    first.onerror?.();
    vi.advanceTimersByTime(15_000);
    expect(FakeEventSource.opened).toHaveLength(2);
    stop();
    expect(FakeEventSource.opened[1]!.closed).toBe(true);
  });
});
