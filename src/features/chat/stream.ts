// Keeps a conversation's log complete: new entries by Server-Sent Events, and after any break (the
// stream's error, offline -> online, the page coming back from the background) a catch-up read of
// everything after the last seq held, page by page. Overlaps are harmless (./log.ts merges by seq and
// client id); gaps are what this prevents. The browser pieces come in as arguments so the rules can be
// tested without a network.
import { type ChatEntry, CHAT_EVENT_TYPING, typingEventSchema } from "../../lib/contract/chat";

/** Typing is a nicety: data that does not fit is dropped, not a reason to read the log again. */
const safeJson = (data: string): unknown => {
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
};

/** What the stream needs of an EventSource. */
export type EventSourceLike = {
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  onerror: ((event: Event) => void) | null;
  close(): void;
};

/** Where online/offline and visibilitychange are heard (window and document in the browser). */
export type BreakSignals = {
  onOnline(listener: () => void): () => void;
  onOffline(listener: () => void): () => void;
  onVisible(listener: () => void): () => void;
  /**
   * The page went to the background. The stream is closed then: an open stream tells the server
   * the resident is looking, and only a resident who is not gets a push of the answer.
   */
  onHidden?(listener: () => void): () => void;
};

export type EntriesPage<C> = { conversation: C; entries: ChatEntry[]; more: boolean };

export type StreamOptions<C> = {
  /** Opens the event stream for entries after `after` (the server also honours Last-Event-ID). */
  open: (after: number) => EventSourceLike;
  /** GET entries?after=N. */
  fetchEntries: (after: number) => Promise<EntriesPage<C>>;
  /** The highest seq the page holds now. */
  lastSeq: () => number;
  onEntries: (entries: ChatEntry[]) => void;
  onConversation: (conversation: C) => void;
  /** The other side is typing (a stream event only, never in the log). */
  onTyping?: (author: "resident" | "agent") => void;
  /** A stream event's data, checked against the contract (throws when it does not fit). */
  parseEntry: (data: unknown) => ChatEntry;
  parseConversation: (data: unknown) => C;
  /** The catch-up failed (offline, the server away): the page says so; the next break tries again. */
  onTrouble?: (error: unknown) => void;
  signals: BreakSignals;
  /** Delays before reopening after an error, growing to the last one. */
  retryDelaysMs?: readonly number[];
  setTimer?: (run: () => void, ms: number) => () => void;
  /** Whether the device believes it is online (navigator.onLine). */
  online?: () => boolean;
};

export type ChatStream = {
  /** Reads everything after the last seq now (e.g. after an own message was sent). */
  catchUp: () => Promise<void>;
  stop: () => void;
};

const DEFAULT_DELAYS = [1000, 2000, 5000, 10_000, 30_000] as const;

export function startChatStream<C>(options: StreamOptions<C>): ChatStream {
  const delays = options.retryDelaysMs ?? DEFAULT_DELAYS;
  const setTimer =
    options.setTimer ??
    ((run: () => void, ms: number) => {
      const handle = setTimeout(run, ms);
      return () => clearTimeout(handle);
    });
  const online = options.online ?? (() => true);
  let source: EventSourceLike | undefined;
  let cancelRetry: (() => void) | undefined;
  let failures = 0;
  let stopped = false;
  let running: Promise<void> | undefined;
  let again = false;
  /** In the background: no stream, so the server pushes answers instead (resumed when visible). */
  let hidden = false;

  const readAll = async () => {
    let more = true;
    while (more && !stopped) {
      const page = await options.fetchEntries(options.lastSeq());
      if (stopped) return;
      options.onConversation(page.conversation);
      options.onEntries(page.entries);
      // A page that brought nothing new ends the loop even if the server says more (no endless loop).
      more = page.more && page.entries.length > 0;
    }
  };

  /** One catch-up at a time; a break during one asks for another right after it. */
  const catchUp = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await readAll();
        } while (again && !stopped);
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  const close = () => {
    cancelRetry?.();
    cancelRetry = undefined;
    source?.close();
    source = undefined;
  };

  const open = () => {
    if (stopped || source || hidden || !online()) return;
    const stream = options.open(options.lastSeq());
    source = stream;
    stream.addEventListener("entry", (event) => {
      if (source !== stream) return;
      failures = 0;
      try {
        options.onEntries([options.parseEntry(JSON.parse(event.data))]);
      } catch (error) {
        // An event that does not fit: read the log instead of trusting the stream.
        console.error("chat event not understood", error);
        void resume();
      }
    });
    stream.addEventListener("conversation", (event) => {
      if (source !== stream) return;
      try {
        options.onConversation(options.parseConversation(JSON.parse(event.data)));
      } catch (error) {
        console.error("chat event not understood", error);
        void resume();
      }
    });
    stream.addEventListener(CHAT_EVENT_TYPING, (event) => {
      if (source !== stream) return;
      const typing = typingEventSchema.safeParse(safeJson(event.data));
      if (typing.success) options.onTyping?.(typing.data.author);
    });
    stream.onerror = () => {
      if (source !== stream) return;
      // The browser would reconnect by itself, but a catch-up first closes any gap for certain.
      close();
      const delay = delays[Math.min(failures, delays.length - 1)]!;
      failures++;
      void catchUpQuietly();
      cancelRetry = setTimer(() => {
        cancelRetry = undefined;
        void resume();
      }, delay);
    };
  };

  const catchUpQuietly = async () => {
    try {
      await catchUp();
      return true;
    } catch (error) {
      options.onTrouble?.(error);
      return false;
    }
  };

  /** After a break: read what was missed, then listen again. */
  const resume = async () => {
    if (stopped) return;
    close();
    await catchUpQuietly();
    open();
  };

  const unsubscribe = [
    options.signals.onOnline(() => {
      failures = 0;
      void resume();
    }),
    options.signals.onOffline(() => close()),
    options.signals.onVisible(() => {
      hidden = false;
      void resume();
    }),
    options.signals.onHidden?.(() => {
      hidden = true;
      close();
    }) ?? (() => undefined),
  ];

  void resume();

  return {
    catchUp: async () => {
      await catchUpQuietly();
    },
    stop: () => {
      stopped = true;
      close();
      for (const off of unsubscribe) off();
    },
  };
}

/** The browser's signals of a break. */
export const browserBreakSignals: BreakSignals = {
  onOnline(listener) {
    window.addEventListener("online", listener);
    return () => window.removeEventListener("online", listener);
  },
  onOffline(listener) {
    window.addEventListener("offline", listener);
    return () => window.removeEventListener("offline", listener);
  },
  onVisible(listener) {
    const handler = () => {
      if (document.visibilityState === "visible") listener();
    };
    document.addEventListener("visibilitychange", handler);
    return () => document.removeEventListener("visibilitychange", handler);
  },
  onHidden(listener) {
    const handler = () => {
      if (document.visibilityState === "hidden") listener();
    };
    document.addEventListener("visibilitychange", handler);
    return () => document.removeEventListener("visibilitychange", handler);
  },
};
