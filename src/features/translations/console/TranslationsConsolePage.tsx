// /verwaltung/uebersetzungen: admins keep the translations honest. Residents' proposals come first
// (open ones oldest on top); below, a language's texts beside German, searchable, each with a
// "reviewed" mark, and the mark for the whole language that the language picker shows to everyone.
import { createMemo, createSignal, For, type JSX, Show } from "solid-js";
import {
  TRANSLATED_LANGUAGES,
  type TranslatedLanguage,
  type TranslationReport,
} from "../../../lib/contract/translations";
import { LANGUAGE_INFO } from "../../../lib/contract/languages";
import { formatDateTime } from "../../../lib/date-format";
import { t } from "../../../lib/i18n";
import { createRemote } from "../../../lib/remote";
import { createWrite } from "../../../lib/write";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { Checkbox } from "../../../ui/Choices";
import { EmptyState } from "../../../ui/EmptyState";
import { SelectInput, TextInput } from "../../../ui/Field";
import { usePageTitle } from "../../../ui/page-title";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import { AdminOnly } from "../../staff/Access";
import { fetchReports, fetchReview, markReportHandled, setReviewed } from "./api";
import { loadTextRows, matchTexts } from "./texts";

/** Enough to read on one screen; a narrower search finds the rest. */
const SHOWN = 40;

export default function TranslationsConsolePage() {
  usePageTitle(() => t("staff.translations.title"));
  const [language, setLanguage] = createSignal<TranslatedLanguage>("en");
  const [query, setQuery] = createSignal("");
  const review = (report: TranslationReport) => {
    setLanguage(report.language);
    setQuery(report.text);
    document.getElementById("review-title")?.scrollIntoView();
  };
  return (
    <AdminOnly>
      <section>
        <h1>{t("staff.translations.title")}</h1>
        <p class="lead">{t("staff.translations.lead")}</p>
        <Reports onReview={review} />
        <Review language={language()} onLanguage={setLanguage} query={query()} onQuery={setQuery} />
      </section>
    </AdminOnly>
  );
}

function Reports(props: { onReview: (report: TranslationReport) => void }) {
  const reports = createRemote(() => true, fetchReports);
  const open = createMemo(() => (reports.data() ?? []).filter((r) => r.handledAt === null));
  const write = createWrite<string>();
  const handled = (report: TranslationReport) => {
    if (write.busy()) return;
    void write.run(report.id, async () => {
      await markReportHandled(report.id);
      reports.reload();
      return t("staff.translations.markedHandled", { reference: report.reference });
    });
  };
  return (
    <>
      <h2>{t("staff.translations.reportsTitle")}</h2>
      <ActionOutcome failureKey={write.failure()} success={write.success()} />
      <RemoteStatus remote={reports} />
      <Show when={reports.data()}>
        <Show
          when={open().length > 0}
          fallback={
            <EmptyState title={t("staff.translations.emptyTitle")} text={t("staff.translations.emptyText")} />
          }
        >
          <ul class="card-list">
            <For each={open()}>
              {(report) => (
                <ReportCard report={report}>
                  <div class="button-row">
                    <button type="button" class="button secondary" onClick={() => props.onReview(report)}>
                      {t("staff.translations.findText")}
                    </button>
                    <button
                      type="button"
                      class="button"
                      aria-describedby={`report-${report.id}`}
                      disabled={write.busy() === report.id}
                      onClick={() => handled(report)}
                    >
                      {t("staff.translations.markHandled")}
                    </button>
                  </div>
                </ReportCard>
              )}
            </For>
          </ul>
        </Show>
      </Show>
    </>
  );
}

function ReportCard(props: { report: TranslationReport; children?: JSX.Element }) {
  const r = () => props.report;
  return (
    <li class="card">
      <h3 id={`report-${r().id}`}>
        <span class="staff-reference">{r().reference}</span>
      </h3>
      <dl class="facts">
        <dt>{t("staff.translations.received")}</dt>
        <dd>{formatDateTime(r().receivedAt)}</dd>
        <dt>{t("staff.translations.language")}</dt>
        <dd>{LANGUAGE_INFO[r().language].name}</dd>
        <dt>{t("staff.translations.page")}</dt>
        <dd>{r().page}</dd>
        <dt>{t("staff.translations.text")}</dt>
        <dd class="staff-text" lang={r().language} dir={LANGUAGE_INFO[r().language].dir}>
          {r().text}
        </dd>
        <dt>{t("staff.translations.proposal")}</dt>
        <dd class="staff-text" lang={r().language} dir={LANGUAGE_INFO[r().language].dir}>
          {r().proposal}
        </dd>
      </dl>
      {props.children}
    </li>
  );
}

function Review(props: {
  language: TranslatedLanguage;
  onLanguage: (language: TranslatedLanguage) => void;
  query: string;
  onQuery: (query: string) => void;
}) {
  const marks = createRemote(() => props.language, fetchReview);
  const rows = createRemote(() => props.language, loadTextRows);
  const reviewedKeys = createMemo(() => new Set((marks.data()?.texts ?? []).map((text) => text.key)));
  const found = createMemo(() => matchTexts(rows.data() ?? [], props.query));
  const write = createWrite<string>();

  const mark = (reviewed: boolean, key?: string) => {
    if (write.busy()) return;
    const language = props.language;
    void write.run(key ?? language, async () => {
      marks.set(await setReviewed(language, reviewed, key));
      if (key) return undefined;
      return reviewed ? t("staff.translations.languageMarked") : t("staff.translations.languageUnmarked");
    });
  };

  return (
    <>
      <h2 id="review-title">{t("staff.translations.reviewTitle")}</h2>
      <p>{t("staff.translations.reviewLead")}</p>
      <SelectInput
        id="review-language"
        label={t("staff.translations.language")}
        value={props.language}
        onChange={(value) => props.onLanguage(value as TranslatedLanguage)}
        options={TRANSLATED_LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_INFO[code].name }))}
      />
      <ActionOutcome failureKey={write.failure()} success={write.success()} />
      <RemoteStatus remote={marks} />
      <Show when={marks.data()}>
        {(review) => (
          <div class="status-panel">
            <p class="status-title">
              {review().reviewedAt
                ? t("staff.translations.languageReviewed", { date: formatDateTime(review().reviewedAt!) })
                : t("staff.translations.languageUnreviewed")}
            </p>
            <p>{t("staff.translations.textsReviewed", { count: review().texts.length })}</p>
            <button
              type="button"
              class="button secondary"
              disabled={write.busy() === props.language}
              onClick={() => mark(review().reviewedAt === null)}
            >
              {review().reviewedAt
                ? t("staff.translations.unmarkLanguage")
                : t("staff.translations.markLanguage")}
            </button>
          </div>
        )}
      </Show>
      <TextInput
        id="review-search"
        label={t("staff.translations.search")}
        hint={t("staff.translations.searchHint")}
        type="search"
        value={props.query}
        onInput={(value) => props.onQuery(value)}
      />
      <RemoteStatus remote={rows} />
      <Show when={rows.data()}>
        <p role="status">
          {t("staff.translations.found", { count: found().length, shown: Math.min(found().length, SHOWN) })}
        </p>
        <ul class="card-list">
          <For each={found().slice(0, SHOWN)}>
            {(row, index) => (
              <li class="card">
                <p>
                  <code>{row.key}</code>
                </p>
                <dl class="facts">
                  <dt>{t("staff.translations.german")}</dt>
                  <dd lang="de">{row.german || "–"}</dd>
                  <dt>{t("staff.translations.translation")}</dt>
                  <dd lang={props.language} dir={LANGUAGE_INFO[props.language].dir}>
                    {row.translation ?? t("staff.translations.missing")}
                  </dd>
                </dl>
                <Checkbox
                  id={`review-text-${index()}`}
                  label={t("staff.translations.textReviewed")}
                  checked={reviewedKeys().has(row.key)}
                  onChange={(checked) => mark(checked, row.key)}
                />
              </li>
            )}
          </For>
        </ul>
      </Show>
    </>
  );
}
