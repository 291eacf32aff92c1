// /verwaltung/chat/:id: one conversation for the agent: who asks (name, account and trust level,
// language), the question, the messages (the same list the resident sees, live and resumed after
// breaks), the answer field, and closing with an outcome or handing over to a colleague.
import { A, useParams } from "@solidjs/router";
import { createMemo, createSignal, Show } from "solid-js";
import {
  type AgentConversation,
  agentConversationSchema,
  TYPING_THROTTLE_MS,
} from "../../../lib/contract/chat";
import { errorKey } from "../../../lib/console-error-key";
import { ApiError, NetworkError } from "../../../lib/http";
import { createWrite } from "../../../lib/write";
import { t } from "../../../lib/i18n";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { usePageTitle } from "../../../ui/page-title";
import { Composer, type ComposerControls } from "../Composer";
import { createConversationLog } from "../conversation-log";
import { type PendingMessage, pendingOf } from "../log";
import { MessageList } from "../MessageList";
import { makeThrottle, readUpToBy } from "../presence";
import { createReadReporter } from "../read-reporter";
import { languageLabel, topicLabel } from "../topics";
import { account } from "../../account/session";
import {
  acceptConversation,
  agentAttachmentUrl,
  agentEventsUrl,
  fetchAgentEntries,
  markAgentRead,
  sendAgentAttachment,
  sendAgentMessage,
  sendAgentTyping,
} from "./api";
import { BlockForm } from "./BlockForm";
import { CannedAnswerPicker } from "./CannedAnswerPicker";
import { CloseForm } from "./CloseForm";
import { ProposeForm } from "./ProposeForm";
import { useDutyHeartbeat } from "./duty-heartbeat";
import { CHAT_CONSOLE_PATH } from "./paths";
import { TransferForm } from "./TransferForm";
import "../chat.css";

export default function AgentConversationPage() {
  usePageTitle(() => t("chat.console.conversation.title"));
  // Talking with a resident keeps the agent on duty (a heartbeat off duty changes nothing).
  useDutyHeartbeat(() => true);
  const params = useParams<{ id: string }>();
  const log = createConversationLog<AgentConversation>({
    id: () => params.id,
    fetchEntries: fetchAgentEntries,
    eventsUrl: agentEventsUrl,
    parseConversation: (data) => agentConversationSchema.parse(data),
  });
  const [written, setWritten] = createSignal<PendingMessage[]>([]);
  const pending = createMemo(() => pendingOf(log.entries(), written()));
  // A break shows as "reconnecting"; a refusal (not an agent, not found) as its reason.
  const loadFailure = () => {
    const error = log.trouble();
    return error === undefined || error instanceof NetworkError ? undefined : errorKey(error);
  };
  const accepting = createWrite<true>();

  // The console is online-only: a message is sent at once; a failed one stays with "try again"
  // (same client id, so it is never logged twice).
  const deliver = async (message: PendingMessage) => {
    setWritten((list) => list.map((m) => (m.clientId === message.clientId ? { ...m, error: null } : m)));
    try {
      log.add([
        message.file
          ? await sendAgentAttachment(params.id, message.clientId, message.file)
          : await sendAgentMessage(params.id, message.clientId, message.text),
      ]);
    } catch (error) {
      if (!(error instanceof ApiError) && !(error instanceof NetworkError)) console.error(error);
      const code = error instanceof ApiError ? error.code : "network";
      setWritten((list) => list.map((m) => (m.clientId === message.clientId ? { ...m, error: code } : m)));
    }
  };

  let composer: ComposerControls | undefined;
  const send = (message: string) => {
    const written: PendingMessage = {
      clientId: crypto.randomUUID(),
      text: message,
      createdAt: new Date().toISOString(),
      error: null,
    };
    setWritten((list) => [...list, written]);
    void deliver(written);
  };

  const attach = (file: File) => {
    const written: PendingMessage = {
      clientId: crypto.randomUUID(),
      text: "",
      fileName: file.name,
      file,
      createdAt: new Date().toISOString(),
      error: null,
    };
    setWritten((list) => [...list, written]);
    void deliver(written);
  };

  const mine = () => {
    const current = log.conversation();
    return current?.status === "active" && current.agentId === account()?.id;
  };
  createReadReporter({
    entries: log.entries,
    viewer: "agent",
    enabled: mine,
    post: (upTo) => markAgentRead(params.id, upTo),
  });
  const mayTellTyping = makeThrottle(TYPING_THROTTLE_MS);
  const typing = () => {
    if (!mine() || !mayTellTyping()) return;
    sendAgentTyping(params.id).catch((error: unknown) => console.error("chat typing", error));
  };

  const accept = () =>
    accepting.run(true, async () => {
      log.setConversation(await acceptConversation(params.id));
      await log.catchUp();
      return t("chat.console.queue.accepted");
    });

  return (
    <section class="chat-console">
      <p class="breadcrumb">
        <A href={CHAT_CONSOLE_PATH}>{t("chat.console.back")}</A>
      </p>
      <h1>{t("chat.console.conversation.title")}</h1>
      <div role="alert">
        <Show when={loadFailure()}>{(key) => <p class="staff-alert">{t(key())}</p>}</Show>
      </div>
      <Show
        when={log.conversation()}
        fallback={
          <Show when={!loadFailure()}>
            <p class="loading">{t("common.loading")}</p>
          </Show>
        }
      >
        {(conversation) => (
          <>
            <dl class="chat-facts">
              <dt>{t("chat.console.conversation.resident")}</dt>
              <dd>
                {conversation().resident.name ?? t("chat.console.anonymous")}
                {" – "}
                {conversation().resident.signedIn
                  ? t(`chat.console.trust.${conversation().resident.trustLevel ?? "none"}`)
                  : t("chat.console.conversation.noAccount")}
              </dd>
              <dt>{t("chat.console.conversation.topic")}</dt>
              <dd>{topicLabel(conversation().topic)}</dd>
              <dt>{t("chat.console.conversation.language")}</dt>
              <dd>{languageLabel(conversation().language)}</dd>
              <dt>{t("chat.console.conversation.status")}</dt>
              <dd>{t(`chat.console.status.${conversation().status}`)}</dd>
            </dl>
            <Show when={log.interrupted() && !loadFailure()}>
              <p role="status">{t("chat.conversation.reconnecting")}</p>
            </Show>
            <Show when={conversation().status === "waiting"}>
              <button
                type="button"
                class="button"
                disabled={accepting.busy() !== undefined}
                onClick={() => void accept()}
              >
                {t("chat.console.queue.accept")}
              </button>
            </Show>
            <ActionOutcome failureKey={accepting.failure()} success={accepting.success()} />

            <MessageList
              id="chat-agent-log"
              label={t("chat.conversation.logLabel")}
              viewer="agent"
              entries={log.entries()}
              pending={pending()}
              otherReadUpTo={readUpToBy(log.entries(), "resident")}
              attachmentUrl={(fileId) => agentAttachmentUrl(conversation().id, fileId)}
              onRetry={(clientId) => {
                const message = written().find((m) => m.clientId === clientId);
                if (message) void deliver(message);
              }}
            />

            <p role="status" class="chat-typing">
              <Show when={conversation().status === "active" && log.otherTyping()}>
                {t("chat.conversation.typing", {
                  name: conversation().resident.name ?? t("chat.log.resident"),
                })}
              </Show>
            </p>

            <Show when={conversation().status === "active" && conversation().agentId === account()?.id}>
              <CannedAnswerPicker
                composerId="chat-agent-message"
                onInsert={(snippet) => composer?.insert(snippet)}
              />
              <Composer
                id="chat-agent-message"
                label={t("chat.console.conversation.answer")}
                onSend={send}
                onTyping={typing}
                onAttach={attach}
                controls={(controls) => (composer = controls)}
              />
              <CloseForm conversationId={conversation().id} onClosed={log.setConversation} />
              <TransferForm conversationId={conversation().id} onTransferred={log.setConversation} />
              <ProposeForm conversationId={conversation().id} onProposed={(entry) => log.add([entry])} />
              <BlockForm conversationId={conversation().id} onBlocked={() => void log.catchUp()} />
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
