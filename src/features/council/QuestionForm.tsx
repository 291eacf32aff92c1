// A question before an information event: written on the device and sent through the outbox (offline
// too, without an account with a proof of work); the status says where it is. The council office
// reads it first: only published questions appear on the page.
import { createSignal, Match, Show, Switch } from "solid-js";
import { t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { connection } from "../../lib/sync-status";
import { createWrite } from "../../lib/write";
import { ErrorSummary } from "../../ui/ErrorSummary";
import { TextArea } from "../../ui/Field";
import { queuedQuestion, retryQuestion, sendQuestion } from "./questions";

const MIN = 10;
const MAX = 2000;

export function QuestionForm(props: { eventId: string }) {
  const [sentId, setSentId] = createSignal<string>();
  return (
    <section aria-labelledby="question-title">
      <h2 id="question-title">{t("council.question.title")}</h2>
      <p>{t("council.question.lead")}</p>
      <Show when={sentId()} keyed fallback={<Form eventId={props.eventId} onSent={setSentId} />}>
        {(id) => <Status eventId={props.eventId} id={id} onAnother={() => setSentId(undefined)} />}
      </Show>
    </section>
  );
}

function Form(props: { eventId: string; onSent: (id: string) => void }) {
  const [text, setText] = createSignal("");
  const [error, setError] = createSignal<string>();
  const write = createWrite<true>();
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (write.busy()) return;
    write.clear();
    const value = text().trim();
    const problem =
      value.length < MIN
        ? t("council.question.tooShort", { min: MIN })
        : value.length > MAX
          ? t("council.question.tooLong", { max: MAX })
          : undefined;
    setError(problem);
    if (problem) return;
    const eventId = props.eventId;
    const onSent = props.onSent;
    void write.run(true, async () => {
      onSent(await sendQuestion(eventId, { text: value }));
      return undefined;
    });
  };
  const summary = () => [
    ...(error() ? [{ fieldId: "question-text", message: error()! }] : []),
    ...(write.failure() ? [{ message: write.failure()! }] : []),
  ];
  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary items={summary()} />
      <TextArea
        id="question-text"
        label={t("council.question.label")}
        hint={t("council.question.hint")}
        required
        rows={4}
        value={text()}
        onInput={setText}
        error={error()}
      />
      <button type="submit" class="button" aria-busy={write.busy() ? "true" : undefined}>
        {t("council.question.send")}
      </button>
    </form>
  );
}

function Status(props: { eventId: string; id: string; onAnother: () => void }) {
  const queued = createLiveQuery(() => {
    const eventId = props.eventId;
    const id = props.id;
    return () => queuedQuestion(eventId, id);
  });
  const arrived = () => queued.ready() && queued.data() === undefined;
  const failed = () => queued.data()?.status === "failed";
  return (
    <div class="status-panel" role="status">
      <Switch>
        <Match when={!queued.ready()}>
          <p class="loading">{t("common.loading")}</p>
        </Match>
        <Match when={failed()}>
          <p class="status-title">{t("council.question.failed")}</p>
          <button type="button" class="button" onClick={() => void retryQuestion(props.id)}>
            {t("council.question.retry")}
          </button>
        </Match>
        <Match when={!arrived()}>
          <p class="status-title">
            {connection() === "offline" ? t("council.question.offline") : t("council.question.sending")}
          </p>
        </Match>
        <Match when={arrived()}>
          <p class="status-title">{t("council.question.arrived")}</p>
          <p>{t("council.question.moderated")}</p>
        </Match>
      </Switch>
      <p>
        <button type="button" class="button secondary" onClick={() => props.onAnother()}>
          {t("council.question.another")}
        </button>
      </p>
    </div>
  );
}
