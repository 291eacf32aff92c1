// The resident's conversation: the queue (position and estimate, live) until an agent takes it, then
// the messages. Own messages go through the outbox and show "wird gesendet" until the server's entry
// with their client id arrives; after any break the log is read from the last seq held.
import { createEffect, createMemo, createSignal, on, onCleanup, Show } from "solid-js";
import { type Conversation, conversationSchema, TYPING_THROTTLE_MS } from "../../lib/contract/chat";
import { errorKey } from "../../lib/error-key";
import { t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { AfterChat } from "./AfterChat";
import { AnswerPush } from "./AnswerPush";
import { attachmentUrl, eventsUrl, fetchEntries, leaveConversation, markRead, sendTyping } from "./api";
import { Composer } from "./Composer";
import { createConversationLog } from "./conversation-log";
import { type PendingMessage, pendingOf } from "./log";
import {
  discardMessage,
  queueAttachment,
  queuedMessages,
  queueMessage,
  retryMessage,
  sendQueued,
} from "./messages";
import { MessageList } from "./MessageList";
import { makeThrottle, readUpToBy } from "./presence";
import { createReadReporter } from "./read-reporter";

/** How often waiting messages are offered to the outbox again while the page is open. */
const RESEND_MS = 3000;

export function ConversationView(props: {
  conversation: Conversation;
  onEnded: (conversation: Conversation) => void;
  onNewQuestion: () => void;
}) {
  const log = createConversationLog<Conversation>({
    id: () => props.conversation.id,
    fetchEntries,
    eventsUrl,
    parseConversation: (data) => conversationSchema.parse(data),
  });
  const conversation = () => log.conversation() ?? props.conversation;
  const [written, setWritten] = createSignal<PendingMessage[]>([]);
  const queued = createLiveQuery(() => {
    const id = props.conversation.id;
    return () => queuedMessages(id);
  });
  // The outbox's copy first: it carries the server's refusal, if any.
  const pending = createMemo(() => pendingOf(log.entries(), [...(queued.data() ?? []), ...written()]));
  const [failure, setFailure] = createSignal<string>();
  const [leaving, setLeaving] = createSignal(false);

  // A message that left the outbox is in the log: read it at once, even while the stream is down.
  createEffect(
    on(
      () => queued.data()?.length ?? 0,
      (now, before) => {
        if (before !== undefined && now < before) void log.catchUp();
      },
    ),
  );
  // While a message waits, ask the outbox again now and then: the flush on "online" may have been
  // skipped (the service worker held the outbox's lock) or have come a moment too early.
  createEffect(() => {
    if (!(queued.data() ?? []).some((message) => message.error === null)) return;
    const timer = setInterval(() => {
      if (navigator.onLine) void sendQueued();
    }, RESEND_MS);
    onCleanup(() => clearInterval(timer));
  });
  createEffect(
    on(
      () => conversation().status,
      (status) => {
        if (status === "closed" || status === "left") props.onEnded(conversation());
      },
      { defer: true },
    ),
  );

  const send = async (message: string) => {
    setFailure(undefined);
    try {
      const queuedMessage = await queueMessage(props.conversation.id, message);
      setWritten((list) => [...list, queuedMessage]);
      void sendQueued();
    } catch (error) {
      // Only the device's storage can fail here; the text stays in the field.
      console.error("chat message not queued", error);
      setFailure("chat.conversation.notQueued");
      throw error;
    }
  };

  // Through the outbox like a message: chosen offline, the file waits on the device (IndexedDB
  // keeps the File) and goes once, with its client id, when the connection returns.
  const attach = async (file: File) => {
    setFailure(undefined);
    try {
      const queuedFile = await queueAttachment(props.conversation.id, file);
      setWritten((list) => [...list, queuedFile]);
      void sendQueued();
    } catch (error) {
      console.error("chat attachment not queued", error);
      setFailure("chat.attachments.errors.notQueued");
      throw error;
    }
  };

  const leave = async () => {
    setLeaving(true);
    setFailure(undefined);
    try {
      log.setConversation(await leaveConversation(props.conversation.id));
    } catch (error) {
      setFailure(errorKey(error, { offline: "chat.conversation.leaveOffline" }));
    } finally {
      setLeaving(false);
    }
  };

  const active = () => conversation().status === "waiting" || conversation().status === "active";
  const [afterChat, setAfterChat] = createSignal<Conversation>();
  const ended = () => afterChat() ?? conversation();

  createReadReporter({
    entries: log.entries,
    viewer: "resident",
    enabled: () => conversation().status === "active",
    post: (upTo) => markRead(props.conversation.id, upTo),
  });
  const mayTellTyping = makeThrottle(TYPING_THROTTLE_MS);
  const typing = () => {
    if (conversation().status !== "active" || !navigator.onLine || !mayTellTyping()) return;
    sendTyping(props.conversation.id).catch((error: unknown) => console.error("chat typing", error));
  };

  return (
    <div class="chat-conversation">
      <div role="status" class="chat-queue">
        <Show when={conversation().status === "waiting"}>
          <p class="chat-queue-position">
            {conversation().position === null
              ? t("chat.queue.waiting")
              : t("chat.queue.position", { position: conversation().position })}
          </p>
          <Show when={conversation().estimateMinutes !== null}>
            <p>{t("chat.queue.estimate", { count: conversation().estimateMinutes ?? 0 })}</p>
          </Show>
        </Show>
        <Show when={conversation().status === "active" && conversation().agentName}>
          {(name) => <p>{t("chat.conversation.with", { name: name() })}</p>}
        </Show>
        <Show when={!active()}>
          <p>
            {conversation().status === "left" ? t("chat.conversation.left") : t("chat.conversation.closed")}
          </p>
        </Show>
        <Show when={log.interrupted()}>
          <p>{t("chat.conversation.reconnecting")}</p>
        </Show>
      </div>

      <Show when={active()}>
        <AnswerPush conversationId={props.conversation.id} />
      </Show>

      <MessageList
        id="chat-log"
        label={t("chat.conversation.logLabel")}
        viewer="resident"
        entries={log.entries()}
        pending={pending()}
        otherReadUpTo={readUpToBy(log.entries(), "agent")}
        attachmentUrl={(fileId) => attachmentUrl(props.conversation.id, fileId)}
        onRetry={(clientId) => void retryMessage(clientId)}
        onDiscard={(clientId) => {
          setWritten((list) => list.filter((message) => message.clientId !== clientId));
          void discardMessage(clientId);
        }}
      />

      <p role="status" class="chat-typing">
        <Show when={active() && log.otherTyping()}>
          {t("chat.conversation.typing", { name: conversation().agentName ?? t("chat.log.agent") })}
        </Show>
      </p>

      <div role="alert">
        <Show when={failure()}>{(key) => <p class="field-error">{t(key())}</p>}</Show>
      </div>

      <Show
        when={active()}
        fallback={
          <AfterChat conversation={ended()} onChanged={setAfterChat} onDone={() => props.onNewQuestion()} />
        }
      >
        <Composer
          id="chat-message"
          label={t("chat.conversation.message")}
          hint={t("chat.conversation.messageHint")}
          onSend={send}
          onTyping={typing}
          onAttach={attach}
        />
        <p>
          <button type="button" class="button secondary" disabled={leaving()} onClick={() => void leave()}>
            {conversation().status === "waiting" ? t("chat.queue.leave") : t("chat.conversation.leave")}
          </button>
        </p>
      </Show>
    </div>
  );
}
