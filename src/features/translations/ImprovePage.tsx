// /uebersetzung-verbessern: a resident reading the app in a translated language proposes better
// wording for a text. Linked from every page's footer (with ?seite=) while the app is not in German.
// The proposal goes through the outbox, so it can be written offline; the status says where it is.
import { useSearchParams } from "@solidjs/router";
import { createSignal, Match, Show, Switch } from "solid-js";
import { createStore, unwrap } from "solid-js/store";
import { type TranslatedLanguage, translatedLanguageSchema } from "../../lib/contract/translations";
import { type FieldErrors, hasErrors } from "../../lib/field-errors";
import { LANGUAGE_INFO } from "../../lib/contract/languages";
import { language, t } from "../../lib/i18n";
import { reviewedLanguages } from "../../lib/language-status";
import { createLiveQuery } from "../../lib/live-query";
import { connection } from "../../lib/sync-status";
import { createWrite } from "../../lib/write";
import { ErrorSummary, type SummaryItem, summaryOf } from "../../ui/ErrorSummary";
import { TextArea, TextInput } from "../../ui/Field";
import { usePageTitle } from "../../ui/page-title";
import { checkReport, REPORT_FIELDS, type ReportField, reportWrite } from "./report-form";
import { queuedReport, retryReport, sendReport } from "./report";

/** A page of this app ("/karte?x=1"); anything else is not filled in. */
const pageOf = (value: string | undefined) => (value && /^\/[^\s]*$/.test(value) ? value : "");

export default function ImprovePage() {
  usePageTitle(() => t("translations.improve.title"));
  const [params] = useSearchParams<{ seite?: string }>();
  const [sentId, setSentId] = createSignal<string>();
  const translated = () => {
    const parsed = translatedLanguageSchema.safeParse(language());
    return parsed.success ? parsed.data : undefined;
  };
  const languageName = () => LANGUAGE_INFO[language()].name;

  return (
    <article class="improve-translation">
      <h1 tabindex="-1">{t("translations.improve.title")}</h1>
      <Show when={translated()} fallback={<p>{t("translations.improve.german")}</p>}>
        {(code) => (
          <>
            <p class="lead">{t("translations.improve.lead")}</p>
            <p>
              {reviewedLanguages().has(code())
                ? t("translations.improve.reviewed", { language: languageName() })
                : t("translations.improve.unreviewed", { language: languageName() })}
            </p>
            <Show
              when={sentId()}
              keyed
              fallback={
                <ReportForm language={code()} page={pageOf(params.seite)} onSent={(id) => setSentId(id)} />
              }
            >
              {(id) => <ReportStatus id={id} onAnother={() => setSentId(undefined)} />}
            </Show>
          </>
        )}
      </Show>
    </article>
  );
}

function ReportForm(props: { language: TranslatedLanguage; page: string; onSent: (id: string) => void }) {
  // The page named when the form opened; the resident may change it.
  // eslint-disable-next-line solid/reactivity
  const [form, setForm] = createStore({ text: "", proposal: "", page: props.page });
  const [errors, setErrors] = createSignal<FieldErrors<ReportField>>({});
  const write = createWrite<true>();

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (write.busy()) return;
    write.clear();
    const found = checkReport(props.language, unwrap(form));
    setErrors(found);
    if (hasErrors(found)) return;
    // Only the device's own storage can fail here (the outbox sends later).
    // eslint-disable-next-line solid/reactivity -- runs once per submit, as the event handler does
    void write.run(true, async () => {
      props.onSent(await sendReport(reportWrite(props.language, unwrap(form))));
      return undefined;
    });
  };

  const summary = (): SummaryItem[] => [
    ...summaryOf(REPORT_FIELDS, errors(), "improve"),
    ...(write.failure() ? [{ message: write.failure()! }] : []),
  ];

  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary items={summary()} />
      <TextArea
        id="improve-text"
        label={t("translations.improve.text")}
        hint={t("translations.improve.textHint")}
        required
        rows={3}
        value={form.text}
        onInput={(value) => setForm("text", value)}
        error={errors().text}
      />
      <TextArea
        id="improve-proposal"
        label={t("translations.improve.proposal")}
        hint={t("translations.improve.proposalHint")}
        required
        rows={4}
        value={form.proposal}
        onInput={(value) => setForm("proposal", value)}
        error={errors().proposal}
      />
      <TextInput
        id="improve-page"
        label={t("translations.improve.page")}
        hint={t("translations.improve.pageHint")}
        value={form.page}
        onInput={(value) => setForm("page", value)}
        error={errors().page}
      />
      <p>{t("translations.improve.privacy")}</p>
      <button type="submit" class="button" aria-busy={write.busy() ? "true" : undefined}>
        {t("translations.improve.send")}
      </button>
    </form>
  );
}

function ReportStatus(props: { id: string; onAnother: () => void }) {
  const queued = createLiveQuery(() => {
    const id = props.id;
    return () => queuedReport(id);
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
          <p class="status-title">{t("translations.improve.failedTitle")}</p>
          <p>{t("translations.improve.failedText")}</p>
          <button type="button" class="button" onClick={() => void retryReport(props.id)}>
            {t("translations.improve.retry")}
          </button>
        </Match>
        <Match when={!arrived()}>
          <p class="status-title">
            {connection() === "offline"
              ? t("translations.improve.offlineTitle")
              : t("translations.improve.sendingTitle")}
          </p>
          <p>{t("translations.improve.queuedText")}</p>
        </Match>
        <Match when={arrived()}>
          <p class="status-title">{t("translations.improve.arrivedTitle")}</p>
          <p>{t("translations.improve.arrivedText")}</p>
        </Match>
      </Switch>
      <p>
        <button type="button" class="button secondary" onClick={() => props.onAnother()}>
          {t("translations.improve.another")}
        </button>
      </p>
    </div>
  );
}
