// /chat: the Bürgerbüro chat. Shows the chat hours; during them (with an agent on duty) the resident
// asks a question and waits in the queue, then talks with the agent; otherwise leaves a message that
// the office answers later. A conversation already open in this browser (or account) is taken up
// again. Nothing of it is stored on the device but unsent messages, which leave at sign-out.
import { createEffect, createSignal, lazy, Match, on, onMount, Show, Suspense, Switch } from "solid-js";
import type { ChatCase, ChatStatus, Conversation } from "../../lib/contract/chat";
import { errorKey } from "../../lib/error-key";
import { loadTexts, t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";
import { account, loadSessionOnline, sessionKnown } from "../account/session";
import { fetchChatStatus, fetchCurrentConversation } from "./api";
import { AskForm } from "./AskForm";
import { HoursNotice } from "./HoursNotice";
import "./chat.css";

// The conversation (its stream, the outbox with Dexie, the push opt-in) is its own chunk with its own
// texts (src/locales/chat-conversation/): most visits only read the hours or ask. It is fetched while
// a start is sent, or once the page finds one open.
const ConversationView = lazy(() =>
  Promise.all([import("./ConversationView"), loadTexts("chat-conversation")]).then(([module]) => ({
    default: module.ConversationView,
  })),
);

export default function ChatPage() {
  usePageTitle(() => t("chat.title"));
  const [status, setStatus] = createSignal<ChatStatus>();
  const [conversation, setConversation] = createSignal<Conversation | null>();
  const [leftCase, setLeftCase] = createSignal<ChatCase>();
  const [failure, setFailure] = createSignal<string>();
  const [loading, setLoading] = createSignal(false);

  const load = async () => {
    setLoading(true);
    setFailure(undefined);
    try {
      // Who is signed in decides the form's fields; the server says it (the chat works only online),
      // so the page needs no device database. A session known from another page stands.
      const [current, now] = await Promise.all([
        fetchCurrentConversation(),
        fetchChatStatus(),
        sessionKnown()
          ? undefined
          : loadSessionOnline().catch((error: unknown) => console.error("session not loaded", error)),
      ]);
      setStatus(now);
      // The one on screen stays (also once ended, for its log); a remount would read it all again.
      setConversation((known) => (known && (current === null || known.id === current.id) ? known : current));
    } catch (error) {
      setFailure(errorKey(error, { offline: "chat.offline" }));
    } finally {
      setLoading(false);
    }
  };
  const refreshStatus = () =>
    fetchChatStatus().then(setStatus, (error: unknown) => console.error("chat status", error));

  onMount(() => void load());
  // Another person signed in or out on this device: nothing of the previous chat stays on screen.
  createEffect(
    on(
      () => account()?.id,
      (now, before) => {
        if (before === undefined || now === before) return;
        setConversation(null);
        setLeftCase(undefined);
        void load();
      },
      { defer: true },
    ),
  );

  const newQuestion = () => {
    setConversation(null);
    setLeftCase(undefined);
    void refreshStatus();
  };

  return (
    <section class="chat-page">
      <h1>{t("chat.title")}</h1>
      <p class="lead">{t("chat.lead")}</p>
      <Show when={status()}>{(now) => <HoursNotice status={now()} />}</Show>
      <Show when={loading()}>
        <p class="loading" role="status">
          {t("common.loading")}
        </p>
      </Show>
      <div role="alert">
        <Show when={failure()}>
          {(key) => (
            <div class="chat-trouble">
              <p>{t(key())}</p>
              <button type="button" class="button secondary" onClick={() => void load()}>
                {t("common.retry")}
              </button>
            </div>
          )}
        </Show>
      </div>
      <Switch>
        <Match when={conversation()} keyed>
          {(current) => (
            <Suspense
              fallback={
                <p class="loading" role="status">
                  {t("common.loading")}
                </p>
              }
            >
              <ConversationView
                conversation={current}
                onEnded={() => void refreshStatus()}
                onNewQuestion={newQuestion}
              />
            </Suspense>
          )}
        </Match>
        <Match when={leftCase()} keyed>
          {(chatCase) => (
            <div class="chat-case-sent" role="status">
              <h2>{t("chat.case.sentTitle")}</h2>
              <p>{chatCase.answerBy === "postbox" ? t("chat.case.sentPostbox") : t("chat.case.sentMail")}</p>
              <button type="button" class="button secondary" onClick={newQuestion}>
                {t("chat.conversation.newQuestion")}
              </button>
            </div>
          )}
        </Match>
        <Match when={status()?.accepting && conversation() === null}>
          <h2>{t("chat.start.title")}</h2>
          <p>{t("chat.start.lead")}</p>
          <AskForm
            mode="chat"
            onSending={() => void ConversationView.preload()}
            onStarted={setConversation}
            onRefused={() => void refreshStatus()}
          />
        </Match>
        <Match when={status() && conversation() === null}>
          <h2>{t("chat.case.title")}</h2>
          <p>{t("chat.case.lead")}</p>
          <AskForm mode="case" onLeft={setLeftCase} />
        </Match>
      </Switch>
    </section>
  );
}
