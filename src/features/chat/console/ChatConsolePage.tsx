// /verwaltung/chat: an agent's desk. Going on duty makes the agent reachable (presence, renewed by a
// heartbeat while this page or a conversation is open, ends by itself when the connection is gone); the waiting chats
// by topic, each to accept, streamed by the server while on duty; the chats the agent has now.
import { A, useNavigate } from "@solidjs/router";
import { createSignal, For, onCleanup, Show, createEffect } from "solid-js";
import {
  AGENT_CAPACITY_MAX,
  type AgentConversation,
  CHAT_TOPICS,
  type ChatTopic,
} from "../../../lib/contract/chat";
import { createWrite } from "../../../lib/write";
import { formatTime } from "../../../lib/date-format";
import { t } from "../../../lib/i18n";
import { createRemote } from "../../../lib/remote";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { EmptyState } from "../../../ui/EmptyState";
import { SelectInput } from "../../../ui/Field";
import { usePageTitle } from "../../../ui/page-title";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import { acceptConversation, fetchDuty, fetchMine, fetchQueue, setDuty } from "./api";
import { languageLabel, topicLabel } from "../topics";
import { OfficeLinks } from "./OfficeLinks";
import { agentConversationPath } from "./paths";
import { useDutyHeartbeat } from "./duty-heartbeat";
import { followQueue } from "./queue-stream";
import { createWaitingAlert, titleWithCount } from "./waiting-alert";
import { Checkbox } from "../../../ui/Choices";
import "../chat.css";

/** Only while the stream is down: the waiting list is read this often instead. */
const QUEUE_POLL_MS = 5000;

export default function ChatConsolePage() {
  const navigate = useNavigate();
  const duty = createRemote(() => true, fetchDuty);
  const [topic, setTopic] = createSignal<ChatTopic | "all">("all");
  const queue = createRemote(topic, (chosen) => fetchQueue(chosen === "all" ? undefined : chosen));
  const mine = createRemote(() => true, fetchMine);
  const [capacity, setCapacity] = createSignal<number>();
  const [waiting, setWaiting] = createSignal<number>();
  const dutyWrite = createWrite<boolean>();
  const accepting = createWrite<string>();
  const onDuty = () => duty.data()?.onDuty === true;
  // New waiting chats: heard (unless muted), counted on the page and in the tab's title.
  const waitingCount = () => {
    if (!onDuty()) return undefined;
    const list = queue.data();
    return list && topic() === "all" ? list.conversations.length : waiting();
  };
  const alert = createWaitingAlert({ waiting: waitingCount });
  usePageTitle(() => titleWithCount(t("chat.console.title"), waitingCount() ?? 0));

  // Presence lasts while the heartbeat comes.
  useDutyHeartbeat(onDuty, (answer) => {
    duty.set(answer.duty);
    setWaiting(answer.waiting);
  });
  // Meanwhile the server streams the waiting list: new chats, colleagues' accepts, departures.
  createEffect(() => {
    if (!onDuty()) return;
    const chosen = topic();
    const stop = followQueue({
      topic: chosen === "all" ? undefined : chosen,
      onQueue: (list) => queue.set(list),
      onMine: (list) => mine.set(list),
      reload: () => {
        queue.reload();
        mine.reload();
      },
      pollMs: QUEUE_POLL_MS,
    });
    onCleanup(stop);
  });

  const toggleDuty = () => {
    const wanted = !onDuty();
    const chosen = capacity() ?? duty.data()?.capacity;
    return dutyWrite.run(true, async () => {
      const next = await setDuty(wanted, chosen);
      duty.set(next);
      queue.reload();
      return next.onDuty ? t("chat.console.duty.started") : t("chat.console.duty.ended");
    });
  };

  const accept = (conversation: AgentConversation) =>
    accepting.run(
      conversation.id,
      async () => {
        await acceptConversation(conversation.id);
        navigate(agentConversationPath(conversation.id));
        return t("chat.console.queue.accepted");
      },
      { done: () => queue.reload() },
    );

  const capacityOptions = () =>
    Array.from({ length: AGENT_CAPACITY_MAX }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));

  return (
    <section class="chat-console">
      <h1>{t("chat.console.title")}</h1>
      <p class="lead">{t("chat.console.lead")}</p>
      <OfficeLinks />

      <h2>{t("chat.console.duty.title")}</h2>
      <RemoteStatus remote={duty} />
      <Show when={duty.data()}>
        {(current) => (
          <>
            <p role="status">
              {current().onDuty
                ? t("chat.console.duty.on", { active: current().active, capacity: current().capacity })
                : t("chat.console.duty.off")}
            </p>
            <SelectInput
              id="chat-capacity"
              label={t("chat.console.duty.capacity")}
              hint={t("chat.console.duty.capacityHint")}
              value={String(capacity() ?? current().capacity)}
              onChange={(value) => setCapacity(Number(value))}
              options={capacityOptions()}
            />
            <button
              type="button"
              class="button"
              disabled={dutyWrite.busy() !== undefined}
              onClick={() => void toggleDuty()}
            >
              {current().onDuty ? t("chat.console.duty.end") : t("chat.console.duty.start")}
            </button>
          </>
        )}
      </Show>
      <ActionOutcome failureKey={dutyWrite.failure()} success={dutyWrite.success()} />

      <h2>{t("chat.console.mine.title")}</h2>
      <RemoteStatus remote={mine} />
      <Show when={mine.data()}>
        {(list) => (
          <Show when={list().conversations.length > 0} fallback={<p>{t("chat.console.mine.empty")}</p>}>
            <ul class="chat-console-list">
              <For each={list().conversations}>
                {(conversation) => (
                  <li>
                    <A href={agentConversationPath(conversation.id)}>
                      {t("chat.console.mine.item", {
                        resident: conversation.resident.name ?? t("chat.console.anonymous"),
                        topic: topicLabel(conversation.topic),
                      })}
                    </A>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>

      <h2>{t("chat.console.queue.title")}</h2>
      <Show when={(waitingCount() ?? waiting()) !== undefined}>
        <p class="chat-waiting-count">
          {t("chat.console.queue.count", { count: waitingCount() ?? waiting() ?? 0 })}
        </p>
      </Show>
      <Show when={onDuty()}>
        <Checkbox
          id="chat-chime-muted"
          label={t("chat.office.alert.mute")}
          hint={t("chat.office.alert.hint")}
          checked={alert.muted()}
          onChange={(checked) => alert.setMuted(checked)}
        />
      </Show>
      <SelectInput
        id="chat-queue-topic"
        label={t("chat.console.queue.topic")}
        value={topic()}
        onChange={(value) => setTopic(CHAT_TOPICS.find((known) => known === value) ?? "all")}
        options={[
          { value: "all", label: t("chat.console.queue.allTopics") },
          ...CHAT_TOPICS.map((value) => ({ value, label: topicLabel(value) })),
        ]}
      />
      <div class="button-row">
        <button type="button" class="button secondary" onClick={() => queue.reload()}>
          {t("staff.common.refresh")}
        </button>
      </div>
      <RemoteStatus remote={queue} />
      <ActionOutcome failureKey={accepting.failure()} success={accepting.success()} />
      <Show when={queue.data()}>
        {(list) => (
          <Show
            when={list().conversations.length > 0}
            fallback={
              <EmptyState
                title={t("chat.console.queue.emptyTitle")}
                text={t("chat.console.queue.emptyText")}
              />
            }
          >
            <ol class="chat-queue-list">
              <For each={list().conversations}>
                {(conversation) => (
                  <li class="chat-queue-item">
                    <h3>
                      {topicLabel(conversation.topic)}
                      {" · "}
                      {conversation.resident.name ?? t("chat.console.anonymous")}
                    </h3>
                    <p class="chat-question">{conversation.question}</p>
                    <p class="hint">
                      {t("chat.console.queue.since", {
                        time: formatTime(conversation.waitingSince ?? conversation.startedAt),
                        language: languageLabel(conversation.language),
                      })}
                    </p>
                    <button
                      type="button"
                      class="button"
                      disabled={!onDuty() || accepting.busy() !== undefined}
                      onClick={() => void accept(conversation)}
                    >
                      {t("chat.console.queue.accept")}
                      <span class="visually-hidden">
                        {" "}
                        {t("chat.console.queue.acceptWhose", {
                          resident: conversation.resident.name ?? t("chat.console.anonymous"),
                        })}
                      </span>
                    </button>
                  </li>
                )}
              </For>
            </ol>
          </Show>
        )}
      </Show>
      <Show when={!onDuty()}>
        <p class="hint">{t("chat.console.queue.dutyFirst")}</p>
      </Show>
    </section>
  );
}
