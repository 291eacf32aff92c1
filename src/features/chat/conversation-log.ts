// A conversation's log as a Solid signal, for the resident's page and the agent's alike: it reads
// the log, listens to the event stream and resumes after breaks (./stream.ts), merging everything by
// seq and client id (./log.ts). Held in memory only: nothing of a chat is stored on the device.
import { type Accessor, createEffect, createSignal, on, onCleanup } from "solid-js";
import {
  type ChatEntry,
  chatEntrySchema,
  type ConversationStatus,
  TYPING_SHOWN_MS,
} from "../../lib/contract/chat";
import { lastSeqOf, mergeEntries } from "./log";
import { browserBreakSignals, type ChatStream, type EntriesPage, startChatStream } from "./stream";

type AnyConversation = { id: string; status: ConversationStatus };

export type ConversationLog<C> = {
  entries: Accessor<ChatEntry[]>;
  conversation: Accessor<C | undefined>;
  /** The last catch-up failed: the page says the connection is being restored. */
  interrupted: Accessor<boolean>;
  /** Why it failed (for a refusal such as "not yours" rather than a break). */
  trouble: Accessor<unknown>;
  /** Read what is new now (after an own write, or the outbox sent). */
  catchUp: () => Promise<void>;
  /** Put an entry the server answered with into the log at once. */
  add: (entries: ChatEntry[]) => void;
  setConversation: (conversation: C) => void;
  /** The other side is typing now (shown for a few seconds after its last signal). */
  otherTyping: Accessor<boolean>;
};

const ENDED: readonly ConversationStatus[] = ["closed", "left"];

export function createConversationLog<C extends AnyConversation>(options: {
  id: Accessor<string | undefined>;
  fetchEntries: (id: string, after: number) => Promise<EntriesPage<C>>;
  eventsUrl: (id: string, after: number) => string;
  parseConversation: (data: unknown) => C;
}): ConversationLog<C> {
  const [entries, setEntries] = createSignal<ChatEntry[]>([]);
  const [conversation, setConversation] = createSignal<C>();
  const [trouble, setTrouble] = createSignal<unknown>();
  const interrupted = () => trouble() !== undefined;
  const [otherTyping, setOtherTyping] = createSignal(false);
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  const typingEnds = () => {
    clearTimeout(typingTimer);
    setOtherTyping(false);
  };
  onCleanup(typingEnds);
  let stream: ChatStream | undefined;

  const add = (incoming: ChatEntry[]) => {
    setTrouble(undefined);
    setEntries((current) => mergeEntries(current, incoming));
    // Their message is what they were typing.
    if (incoming.some((entry) => entry.kind === "message")) typingEnds();
  };

  createEffect(
    on(options.id, (id) => {
      setEntries([]);
      setConversation(undefined);
      setTrouble(undefined);
      if (!id) return;
      const current = startChatStream<C>({
        open: (after) => new EventSource(options.eventsUrl(id, after)),
        fetchEntries: (after) => options.fetchEntries(id, after),
        lastSeq: () => lastSeqOf(entries()),
        onEntries: add,
        onConversation: (next) => {
          setConversation(() => next);
          // An ended conversation gets no more entries: stop listening (its log stays on screen).
          if (ENDED.includes(next.status)) queueMicrotask(() => current.stop());
        },
        onTyping: () => {
          clearTimeout(typingTimer);
          setOtherTyping(true);
          typingTimer = setTimeout(() => setOtherTyping(false), TYPING_SHOWN_MS);
        },
        parseEntry: (data) => chatEntrySchema.parse(data),
        parseConversation: options.parseConversation,
        onTrouble: (error) => setTrouble(() => error ?? new Error("catch-up failed")),
        signals: browserBreakSignals,
        online: () => navigator.onLine,
      });
      stream = current;
      onCleanup(() => {
        current.stop();
        if (stream === current) stream = undefined;
      });
    }),
  );

  return {
    entries,
    conversation,
    interrupted,
    trouble,
    catchUp: () => stream?.catchUp() ?? Promise.resolve(),
    add,
    setConversation: (next) => setConversation(() => next),
    otherTyping,
  };
}
