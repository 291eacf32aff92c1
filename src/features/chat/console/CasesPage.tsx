// /verwaltung/chat/nachrichten: messages residents left outside chat hours (cases), open ones first,
// each answered here: into the resident's postbox when they were signed in, by mail otherwise.
import { A } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import type { z } from "../../../lib/contract/zod";
import type { agentCaseSchema } from "../../../lib/contract/chat";
import { createWrite } from "../../../lib/write";
import { formatDateTime } from "../../../lib/date-format";
import { t } from "../../../lib/i18n";
import { createRemote } from "../../../lib/remote";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { EmptyState } from "../../../ui/EmptyState";
import { TextArea, TextInput } from "../../../ui/Field";
import { usePageTitle } from "../../../ui/page-title";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import { languageLabel, topicLabel } from "../topics";
import { answerCase, fetchCases } from "./office-api";
import { CHAT_CONSOLE_PATH } from "./paths";
import { focusPageHeading } from "../../../app/focus";
import "../chat.css";

type AgentCase = z.infer<typeof agentCaseSchema>;
const SUBJECT_MAX = 200;
const ANSWER_MAX = 10_000;

export default function CasesPage() {
  usePageTitle(() => t("chat.office.cases.title"));
  const cases = createRemote(() => true, fetchCases);
  const open = () => (cases.data()?.cases ?? []).filter((c) => c.status === "open");
  const answered = () => (cases.data()?.cases ?? []).filter((c) => c.status === "answered");
  // One outcome for the page: an answered case moves to the other list, its form is gone.
  const answering = createWrite<string>();
  const answer = (id: string, subject: string, text: string) =>
    answering.run(
      id,
      async () => {
        await answerCase(id, subject, text);
        return t("chat.office.cases.sent");
      },
      {
        done: () => {
          cases.reload();
          focusPageHeading();
        },
        overrides: { mail_unavailable: "chat.office.cases.errors.mail" },
      },
    );
  return (
    <section class="chat-console">
      <p class="breadcrumb">
        <A href={CHAT_CONSOLE_PATH}>{t("chat.console.back")}</A>
      </p>
      <h1>{t("chat.office.cases.title")}</h1>
      <p class="lead">{t("chat.office.cases.lead")}</p>
      <RemoteStatus remote={cases} />
      <ActionOutcome failureKey={answering.failure()} success={answering.success()} />
      <Show when={cases.data()}>
        <h2>{t("chat.office.cases.open", { count: open().length })}</h2>
        <Show
          when={open().length > 0}
          fallback={
            <EmptyState title={t("chat.office.cases.emptyTitle")} text={t("chat.office.cases.emptyText")} />
          }
        >
          <ol class="chat-case-list">
            <For each={open()}>
              {(item) => <CaseItem item={item} busy={answering.busy() !== undefined} onAnswer={answer} />}
            </For>
          </ol>
        </Show>
        <Show when={answered().length > 0}>
          <h2>{t("chat.office.cases.answered")}</h2>
          <ol class="chat-case-list">
            <For each={answered()}>{(item) => <CaseItem item={item} busy={false} onAnswer={answer} />}</For>
          </ol>
        </Show>
      </Show>
    </section>
  );
}

function CaseItem(props: {
  item: AgentCase;
  busy: boolean;
  onAnswer: (id: string, subject: string, text: string) => Promise<boolean>;
}) {
  const [subject, setSubject] = createSignal(t("chat.office.cases.subjectDefault"));
  const [text, setText] = createSignal("");
  const [errors, setErrors] = createSignal<{ subject?: string; text?: string }>({});
  const fieldId = (name: string) => `chat-case-${props.item.id}-${name}`;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const found = {
      ...(subject().trim() ? {} : { subject: "chat.office.cases.errors.subject" }),
      ...(text().trim() ? {} : { text: "chat.office.cases.errors.text" }),
    };
    setErrors(found);
    if (found.subject || found.text) {
      document.getElementById(fieldId(found.subject ? "subject" : "text"))?.focus();
      return;
    }
    void props.onAnswer(props.item.id, subject().trim(), text().trim());
  };

  return (
    <li class="chat-case">
      <h3>
        {topicLabel(props.item.topic)}
        {" · "}
        {props.item.name ?? t("chat.console.anonymous")}
      </h3>
      <p class="hint">
        {t("chat.office.cases.meta", {
          time: formatDateTime(props.item.createdAt),
          language: languageLabel(props.item.language),
        })}
      </p>
      <p class="chat-question">{props.item.text}</p>
      <p>
        {props.item.answerBy === "postbox"
          ? t("chat.office.cases.byPostbox")
          : t("chat.office.cases.byMail", { email: props.item.email ?? "" })}
      </p>
      <Show
        when={props.item.status === "open"}
        fallback={
          <p>{t("chat.office.cases.answeredAt", { time: formatDateTime(props.item.answeredAt ?? "") })}</p>
        }
      >
        <form noValidate class="chat-console-form" onSubmit={submit}>
          <TextInput
            id={fieldId("subject")}
            label={t("chat.office.cases.subject")}
            required
            maxLength={SUBJECT_MAX}
            value={subject()}
            onInput={setSubject}
            error={errors().subject}
          />
          <TextArea
            id={fieldId("text")}
            label={t("chat.office.cases.answer")}
            required
            rows={5}
            maxLength={ANSWER_MAX}
            value={text()}
            onInput={setText}
            error={errors().text}
          />
          <button type="submit" class="button" disabled={props.busy}>
            {t("chat.office.cases.submit")}
          </button>
        </form>
      </Show>
    </li>
  );
}
