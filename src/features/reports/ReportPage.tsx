// /meldungen/:id: a report's public page. Category, status with the city's note, where it is, how
// many support it (and "+1"), the description and photos once staff reviewed them. Its reporter
// (this device's secret or the signed-in account) may reopen a done report within 14 days. The
// resident's own report opens offline too (from the device's "my-reports"), and the status shown is
// marked seen. The device's database loads only then, so a shared link's first visit stays light.
import { A, useParams } from "@solidjs/router";
import { createEffect, createResource, createSignal, For, Show } from "solid-js";
import { type PublicReport, REOPEN_DAYS, REPORT_NOTE_MAX, reportPagePath } from "../../lib/contract/reports";
import { formatDay } from "../../lib/date-format";
import { NetworkError } from "../../lib/http";
import { locale, t } from "../../lib/i18n";
import { createWrite, failureItems } from "../../lib/write";
import { ErrorSummary } from "../../ui/ErrorSummary";
import { TextArea } from "../../ui/Field";
import { usePageTitle } from "../../ui/page-title";
import { formatDegrees } from "../map/pin";
import { PointsMap } from "../map/PointsMap";
import { explainFailure, fetchReport, reopenReport, reportSecret, supportReport } from "./api";
import { reportColour } from "./report-points";
import "./reports.css";

const DAY_MS = 86_400_000;

/** The server's report; without a connection, the device's copy when it is the resident's own. */
async function readReport(id: string): Promise<PublicReport> {
  try {
    return await fetchReport(id);
  } catch (error) {
    const own =
      error instanceof NetworkError ? await (await import("./my-reports")).storedMyReport(id) : undefined;
    if (own) return own;
    throw error;
  }
}

export default function ReportPage() {
  const params = useParams();
  const [report, { mutate }] = createResource(() => params["id"], readReport);
  createEffect(() => {
    // A failed read throws when read: the page shows its error instead.
    const shown = report.error === undefined ? report() : undefined;
    if (shown) void import("./my-reports").then(({ markSeenIfOwn }) => markSeenIfOwn(shown));
  });
  usePageTitle(() => {
    const current = report();
    return current ? t(`reports.categories.${current.category}`) : t("reports.detail.title");
  });

  return (
    <section>
      <Show
        when={!report.error}
        fallback={
          <>
            <h1>{t("reports.detail.title")}</h1>
            <p role="alert">{t(explainFailure(report.error))}</p>
          </>
        }
      >
        <Show when={report()} fallback={<p class="loading">{t("common.loading")}</p>}>
          {(current) => <ReportView report={current()} onChange={(next) => mutate(next)} />}
        </Show>
      </Show>
      <p>
        <A href="/meldungen">{t("reports.detail.back")}</A>
      </p>
    </section>
  );
}

function ReportView(props: { report: PublicReport; onChange: (report: PublicReport) => void }) {
  const support = createWrite<true>({ explain: explainFailure });
  const [supported, setSupported] = createSignal(false);
  // The server decides who may reopen; the page offers it where this device holds the secret.
  const mayReopen = () =>
    props.report.status === "done" &&
    reportSecret(props.report.id) !== undefined &&
    Date.now() - Date.parse(props.report.updatedAt) < REOPEN_DAYS * DAY_MS;

  return (
    <>
      <h1>{t(`reports.categories.${props.report.category}`)}</h1>
      <dl class="report-facts">
        <dt>{t("reports.detail.status")}</dt>
        <dd>{t(`reports.statuses.${props.report.status}`)}</dd>
        <Show when={props.report.publicNote}>
          {(note) => (
            <>
              <dt>{t("reports.detail.note")}</dt>
              <dd>{note()}</dd>
            </>
          )}
        </Show>
        <dt>{t("reports.detail.reportedOn")}</dt>
        <dd>{formatDay(props.report.createdAt)}</dd>
        <dt>{t("reports.detail.position")}</dt>
        <dd>
          <Show when={props.report.address}>
            {(address) => (
              <>
                {address()}
                <br />
              </>
            )}
          </Show>
          {t("map.picker.words", {
            lat: formatDegrees(props.report.lat, locale()),
            lon: formatDegrees(props.report.lon, locale()),
          })}
        </dd>
        <dt>{t("reports.detail.support")}</dt>
        <dd>{t("reports.detail.supportCount", { count: props.report.supportCount })}</dd>
      </dl>
      <Show when={props.report.duplicateOf}>
        {(kept) => (
          <p>
            <A href={reportPagePath(kept())}>{t("reports.detail.duplicate")}</A>
          </p>
        )}
      </Show>
      <Show when={!supported()} fallback={<p role="status">{t("reports.nearby.supported")}</p>}>
        <button
          type="button"
          class="button secondary"
          aria-busy={support.busy() ? "true" : undefined}
          onClick={() =>
            // eslint-disable-next-line solid/reactivity -- runs once per tap, as the event handler does
            void support.run(true, async () => {
              props.onChange(await supportReport(props.report.id));
              setSupported(true);
            })
          }
        >
          {t("reports.detail.plusOne")}
        </button>
      </Show>
      <Show when={support.failure()}>
        {(failure) => (
          <p class="field-error" role="alert">
            {t(failure())}
          </p>
        )}
      </Show>
      <h2>{t("reports.detail.description")}</h2>
      <p>{props.report.description ?? t("reports.detail.notReviewed")}</p>
      <Show when={props.report.photos.length > 0}>
        <ul class="report-thumbnails">
          <For each={props.report.photos}>
            {(photo, index) => (
              <li>
                <a href={photo.large}>
                  <img src={photo.small} alt={t("reports.detail.photo", { number: index() + 1 })} />
                </a>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <PointsMap
        label={t("reports.detail.mapLabel")}
        points={[
          {
            id: props.report.id,
            lat: props.report.lat,
            lon: props.report.lon,
            colour: reportColour(props.report.status !== "done"),
          },
        ]}
      />
      <Show when={mayReopen()}>
        <Reopen report={props.report} onChange={props.onChange} />
      </Show>
    </>
  );
}

function Reopen(props: { report: PublicReport; onChange: (report: PublicReport) => void }) {
  const [reason, setReason] = createSignal("");
  const [error, setError] = createSignal<string>();
  const write = createWrite<true>({ explain: explainFailure });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (write.busy()) return;
    write.clear();
    const text = reason().trim();
    setError(text.length < 3 ? "reports.detail.reopenReasonMissing" : undefined);
    if (text.length < 3) return;
    // eslint-disable-next-line solid/reactivity -- runs once per submit, as the event handler does
    void write.run(true, async () => props.onChange(await reopenReport(props.report.id, text)));
  };
  return (
    <form noValidate onSubmit={submit} class="report-reopen">
      <h2>{t("reports.detail.reopenTitle")}</h2>
      <p>{t("reports.detail.reopenText", { days: REOPEN_DAYS })}</p>
      <ErrorSummary
        items={[
          ...(error() ? [{ fieldId: "report-reopen", message: error()! }] : []),
          ...failureItems(write.failure()),
        ]}
      />
      <TextArea
        id="report-reopen"
        label={t("reports.detail.reopenReason")}
        required
        maxLength={REPORT_NOTE_MAX}
        value={reason()}
        onInput={setReason}
        error={error()}
      />
      <button type="submit" class="button" aria-busy={write.busy() ? "true" : undefined}>
        {t("reports.detail.reopen")}
      </button>
    </form>
  );
}
