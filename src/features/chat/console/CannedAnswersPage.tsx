// /verwaltung/chat/textbausteine: the office's canned answers. Every agent reads them here and
// inserts them in a chat; the chat's leads and admins add, change and remove them. An answer may link
// a services guide page, which the conversation shows as a card.
import { A } from "@solidjs/router";
import { createMemo, createSignal, For, Show, untrack } from "solid-js";
import {
  CANNED_TITLE_MAX,
  type CannedAnswer,
  type CannedAnswerRequest,
} from "../../../lib/contract/chat-office";
import { CHAT_MESSAGE_MAX } from "../../../lib/contract/chat";
import { createWrite } from "../../../lib/write";
import { localized, t } from "../../../lib/i18n";
import { createLiveQuery } from "../../../lib/live-query";
import { createRemote } from "../../../lib/remote";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { ConfirmAction } from "../../../ui/ConfirmAction";
import { EmptyState } from "../../../ui/EmptyState";
import { SelectInput, TextArea, TextInput } from "../../../ui/Field";
import { usePageTitle } from "../../../ui/page-title";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import { allServices } from "../../services/data";
import {
  createCannedAnswer,
  deleteCannedAnswer,
  fetchCannedAnswers,
  fetchOfficeRole,
  updateCannedAnswer,
} from "./office-api";
import { CHAT_CONSOLE_PATH } from "./paths";
import "../chat.css";

const TEXT_MAX = CHAT_MESSAGE_MAX - 300;

export default function CannedAnswersPage() {
  usePageTitle(() => t("chat.office.canned.title"));
  const answers = createRemote(() => true, fetchCannedAnswers);
  const role = createRemote(() => true, fetchOfficeRole);
  const services = createLiveQuery(
    () => async () =>
      (await allServices())
        .map((s) => ({ value: s.id, label: localized(s.text).title }))
        .sort((a, b) => a.label.localeCompare(b.label)),
  );
  const serviceTitle = (id: string | null) =>
    id ? (services.data()?.find((s) => s.value === id)?.label ?? id) : undefined;
  const [editing, setEditing] = createSignal<CannedAnswer | "new">();
  const editingId = () => {
    const current = editing();
    return current === "new" ? undefined : current?.id;
  };
  const [removing, setRemoving] = createSignal<string>();
  const writing = createWrite<string>();

  const save = (request: CannedAnswerRequest) => {
    const current = editing();
    return writing.run(
      current === "new" || current === undefined ? "new" : current.id,
      async () => {
        if (current === "new" || current === undefined) await createCannedAnswer(request);
        else await updateCannedAnswer(current.id, request);
        setEditing(undefined);
        return t("chat.office.canned.saved");
      },
      { done: () => answers.reload() },
    );
  };
  const remove = (id: string) => {
    setRemoving(undefined);
    void writing.run(
      id,
      async () => {
        await deleteCannedAnswer(id);
        return t("chat.office.canned.removed");
      },
      { done: () => answers.reload() },
    );
  };

  return (
    <section class="chat-console">
      <p class="breadcrumb">
        <A href={CHAT_CONSOLE_PATH}>{t("chat.console.back")}</A>
      </p>
      <h1>{t("chat.office.canned.title")}</h1>
      <p class="lead">
        {role.data()?.lead ? t("chat.office.canned.leadKeeper") : t("chat.office.canned.leadAgent")}
      </p>
      <RemoteStatus remote={answers} />
      <ActionOutcome failureKey={writing.failure()} success={writing.success()} />
      <Show when={role.data()?.lead && editing() === undefined}>
        <button type="button" class="button" onClick={() => setEditing("new")}>
          {t("chat.office.canned.add")}
        </button>
      </Show>
      <Show when={editing() === "new"}>
        <CannedForm
          services={services.data() ?? []}
          busy={writing.busy() !== undefined}
          onSave={save}
          onCancel={() => setEditing(undefined)}
        />
      </Show>
      <Show when={answers.data()}>
        {(list) => (
          <Show
            when={list().answers.length > 0}
            fallback={
              <EmptyState
                title={t("chat.office.canned.emptyTitle")}
                text={t("chat.office.canned.emptyText")}
              />
            }
          >
            <ul class="chat-canned-list">
              <For each={list().answers}>
                {(answer) => (
                  <li class="chat-canned-item">
                    <Show
                      when={editingId() === answer.id}
                      fallback={
                        <>
                          <h2>{answer.title}</h2>
                          <p class="chat-question">{answer.text}</p>
                          <Show when={serviceTitle(answer.serviceId)}>
                            {(title) => (
                              <p class="hint">{t("chat.office.canned.links", { page: title() })}</p>
                            )}
                          </Show>
                          <Show when={role.data()?.lead}>
                            <Show
                              when={removing() === answer.id}
                              fallback={
                                <div class="button-row">
                                  <button
                                    type="button"
                                    class="button secondary"
                                    onClick={() => setEditing(answer)}
                                  >
                                    {t("chat.office.canned.edit")}
                                    <span class="visually-hidden"> {answer.title}</span>
                                  </button>
                                  <button
                                    type="button"
                                    class="button secondary"
                                    onClick={() => setRemoving(answer.id)}
                                  >
                                    {t("chat.office.canned.remove")}
                                    <span class="visually-hidden"> {answer.title}</span>
                                  </button>
                                </div>
                              }
                            >
                              <ConfirmAction
                                question={t("chat.office.canned.removeQuestion", { title: answer.title })}
                                text={t("chat.office.canned.removeText")}
                                confirmLabel={t("chat.office.canned.remove")}
                                onConfirm={() => remove(answer.id)}
                                onCancel={() => setRemoving(undefined)}
                              />
                            </Show>
                          </Show>
                        </>
                      }
                    >
                      <CannedForm
                        answer={answer}
                        services={services.data() ?? []}
                        busy={writing.busy() !== undefined}
                        onSave={save}
                        onCancel={() => setEditing(undefined)}
                      />
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
    </section>
  );
}

function CannedForm(props: {
  answer?: CannedAnswer;
  services: { value: string; label: string }[];
  busy: boolean;
  onSave: (request: CannedAnswerRequest) => Promise<boolean>;
  onCancel: () => void;
}) {
  // The form starts from the answer as it was when opened.
  const start = untrack(() => props.answer);
  const [title, setTitle] = createSignal(start?.title ?? "");
  const [text, setText] = createSignal(start?.text ?? "");
  const [serviceId, setServiceId] = createSignal(start?.serviceId ?? "");
  const [errors, setErrors] = createSignal<{ title?: string; text?: string }>({});
  const prefix = () => `chat-canned-${props.answer?.id ?? "new"}`;
  const options = createMemo(() => [{ value: "", label: t("chat.office.canned.noPage") }, ...props.services]);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const found = {
      ...(title().trim() ? {} : { title: "chat.office.canned.errors.title" }),
      ...(text().trim() ? {} : { text: "chat.office.canned.errors.text" }),
    };
    setErrors(found);
    if (found.title || found.text) {
      document.getElementById(`${prefix()}-${found.title ? "title" : "text"}`)?.focus();
      return;
    }
    void props.onSave({ title: title().trim(), text: text().trim(), serviceId: serviceId() || null });
  };

  return (
    <form noValidate class="chat-console-form" onSubmit={submit}>
      <h2>{props.answer ? t("chat.office.canned.editTitle") : t("chat.office.canned.add")}</h2>
      <TextInput
        id={`${prefix()}-title`}
        label={t("chat.office.canned.fieldTitle")}
        required
        maxLength={CANNED_TITLE_MAX}
        value={title()}
        onInput={setTitle}
        error={errors().title}
      />
      <TextArea
        id={`${prefix()}-text`}
        label={t("chat.office.canned.fieldText")}
        required
        rows={4}
        maxLength={TEXT_MAX}
        value={text()}
        onInput={setText}
        error={errors().text}
      />
      <SelectInput
        id={`${prefix()}-service`}
        label={t("chat.office.canned.fieldPage")}
        hint={t("chat.office.canned.fieldPageHint")}
        value={serviceId()}
        onChange={setServiceId}
        options={options()}
      />
      <div class="button-row">
        <button type="submit" class="button" disabled={props.busy}>
          {t("chat.office.canned.save")}
        </button>
        <button type="button" class="button secondary" onClick={() => props.onCancel()}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
