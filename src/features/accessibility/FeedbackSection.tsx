// The statement's feedback mechanism: a barrier in the resident's words, the page it is on (filled in
// when the footer link came from a page), and optionally a name and an address for the answer. It
// goes through the outbox, so it can be written offline; the status says where it is.
import { createSignal, Match, Show, Switch } from "solid-js";
import { createStore, unwrap } from "solid-js/store";
import type { AccessibilityFeedbackWrite } from "../../lib/contract/accessibility";
import { createWrite } from "../../lib/write";
import type { FieldErrors } from "../../lib/field-errors";
import { hasErrors } from "../../lib/field-errors";
import { t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { connection } from "../../lib/sync-status";
import { ErrorSummary, type SummaryItem, summaryOf } from "../../ui/ErrorSummary";
import { TextArea, TextInput } from "../../ui/Field";
import { checkFeedback, FEEDBACK_FIELDS, type FeedbackField, feedbackWrite } from "./feedback-form";
import { queuedFeedback, retryFeedback, sendFeedback } from "./feedback";

/** A page of this app ("/karte?x=1"); anything else is not filled in. */
const pageOf = (value: string | undefined) => (value && /^\/[^\s]*$/.test(value) ? value : "");

export function FeedbackSection(props: { page: string | undefined }) {
  const [sentId, setSentId] = createSignal<string>();
  return (
    <section aria-labelledby="feedback-title">
      <h2 id="feedback-title">{t("accessibility.feedback.title")}</h2>
      <p>{t("accessibility.feedback.lead")}</p>
      <Show
        when={sentId()}
        keyed
        fallback={<FeedbackForm page={pageOf(props.page)} onSent={(id) => setSentId(id)} />}
      >
        {(id) => <FeedbackStatus id={id} onAnother={() => setSentId(undefined)} />}
      </Show>
    </section>
  );
}

function FeedbackForm(props: { page: string; onSent: (id: string) => void }) {
  // The page named when the form opened; the resident may change it.
  // eslint-disable-next-line solid/reactivity
  const [form, setForm] = createStore({ message: "", page: props.page, name: "", email: "" });
  const [errors, setErrors] = createSignal<FieldErrors<FeedbackField>>({});
  const write = createWrite<true>();

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (write.busy()) return;
    write.clear();
    const found = checkFeedback(unwrap(form));
    setErrors(found);
    if (hasErrors(found)) return;
    // Only the device's own storage can fail here (the outbox sends later).
    // eslint-disable-next-line solid/reactivity -- runs once per submit, as the event handler does
    void write.run(true, async () => {
      props.onSent(await sendFeedback(feedbackWrite(unwrap(form)) as AccessibilityFeedbackWrite));
      return undefined;
    });
  };

  const summary = (): SummaryItem[] => [
    ...summaryOf(FEEDBACK_FIELDS, errors(), "feedback"),
    ...(write.failure() ? [{ message: write.failure()! }] : []),
  ];

  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary items={summary()} />
      <TextArea
        id="feedback-message"
        label={t("accessibility.feedback.message")}
        hint={t("accessibility.feedback.messageHint")}
        required
        rows={5}
        value={form.message}
        onInput={(value) => setForm("message", value)}
        error={errors().message}
      />
      <TextInput
        id="feedback-page"
        label={t("accessibility.feedback.page")}
        hint={t("accessibility.feedback.pageHint")}
        value={form.page}
        onInput={(value) => setForm("page", value)}
        error={errors().page}
      />
      <TextInput
        id="feedback-name"
        label={t("accessibility.feedback.name")}
        autocomplete="name"
        value={form.name}
        onInput={(value) => setForm("name", value)}
        error={errors().name}
      />
      <TextInput
        id="feedback-email"
        label={t("accessibility.feedback.email")}
        hint={t("accessibility.feedback.emailHint")}
        type="email"
        inputMode="email"
        autocomplete="email"
        value={form.email}
        onInput={(value) => setForm("email", value)}
        error={errors().email}
      />
      <p>{t("accessibility.feedback.privacy")}</p>
      <button type="submit" class="button" aria-busy={write.busy() ? "true" : undefined}>
        {t("accessibility.feedback.send")}
      </button>
    </form>
  );
}

function FeedbackStatus(props: { id: string; onAnother: () => void }) {
  const queued = createLiveQuery(() => {
    const id = props.id;
    return () => queuedFeedback(id);
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
          <p class="status-title">{t("accessibility.feedback.failedTitle")}</p>
          <p>{t("accessibility.feedback.failedText")}</p>
          <button type="button" class="button" onClick={() => void retryFeedback(props.id)}>
            {t("accessibility.feedback.retry")}
          </button>
        </Match>
        <Match when={!arrived()}>
          <p class="status-title">
            {connection() === "offline"
              ? t("accessibility.feedback.offlineTitle")
              : t("accessibility.feedback.sendingTitle")}
          </p>
          <p>{t("accessibility.feedback.queuedText")}</p>
        </Match>
        <Match when={arrived()}>
          <p class="status-title">{t("accessibility.feedback.arrivedTitle")}</p>
          <p>{t("accessibility.feedback.arrivedText")}</p>
        </Match>
      </Switch>
      <p>
        <button type="button" class="button secondary" onClick={() => props.onAnother()}>
          {t("accessibility.feedback.another")}
        </button>
      </p>
    </div>
  );
}
