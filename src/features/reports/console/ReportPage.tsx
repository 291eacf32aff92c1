// /verwaltung/maengel/:id: one defect report with everything the server shows staff (the reporter's
// email only here), its photos to publish or hide, and the actions (ReportActions.tsx). Every change
// answers with the changed report, which replaces the one shown.
import { A, useParams } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { StaffReport } from "../../../lib/contract/reports";
import { formatDateTime } from "../../../lib/date-format";
import { t } from "../../../lib/i18n";
import { createRemote } from "../../../lib/remote";
import { createWrite } from "../../../lib/write";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { usePageTitle } from "../../../ui/page-title";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import { account } from "../../account/session";
import { NoAccessNotice } from "../../staff/Access";
import { departmentLabel } from "../../staff/labels";
import { canHandleReports } from "../../staff/permissions";
import { fetchReport, reviewReport, setPhotoPublished } from "./api";
import { INBOX_PATH, reportPath } from "./inbox-filters";
import { categoryLabel, placeOf, statusLabel } from "./labels";
import { ReportActions } from "./ReportActions";
import "./reports-console.css";

export default function ReportPage() {
  const allowed = () => {
    const me = account();
    return me !== null && canHandleReports(me);
  };
  return (
    <Show when={allowed()} fallback={<NoAccessNotice />}>
      <Report />
    </Show>
  );
}

function Report() {
  const params = useParams<{ id: string }>();
  const report = createRemote(() => params.id, fetchReport);
  usePageTitle(() => {
    const data = report.data();
    return data
      ? t("staff.reports.report.title", { category: categoryLabel(data.category) })
      : t("staff.reports.inbox.title");
  });
  return (
    <section>
      <p>
        <A href={INBOX_PATH}>{t("staff.reports.report.back")}</A>
      </p>
      <RemoteStatus remote={report} />
      <Show when={report.data()}>
        {(data) => <ReportDetails report={data()} onChanged={(changed) => report.set(changed)} />}
      </Show>
    </section>
  );
}

const yesNo = (value: boolean) => (value ? t("staff.reports.report.yes") : t("staff.reports.report.no"));

function ReportDetails(props: { report: StaffReport; onChanged: (report: StaffReport) => void }) {
  const write = createWrite<string>();
  const report = () => props.report;
  const change = (key: string, request: (id: string) => Promise<StaffReport>, success: string) => {
    const id = props.report.id;
    const changed = props.onChanged;
    return write.run(key, async () => {
      changed(await request(id));
      return success;
    });
  };

  return (
    <>
      <h1>{t("staff.reports.report.title", { category: categoryLabel(report().category) })}</h1>
      <dl class="facts">
        <dt>{t("staff.reports.report.id")}</dt>
        <dd class="staff-id">{report().id}</dd>
        <dt>{t("staff.reports.columns.status")}</dt>
        <dd>{statusLabel(report().status)}</dd>
        <dt>{t("staff.reports.report.publicNote")}</dt>
        <dd class="staff-text">{report().publicNote ?? "—"}</dd>
        <dt>{t("staff.reports.report.department")}</dt>
        <dd>{departmentLabel(report().department)}</dd>
        <dt>{t("staff.reports.columns.place")}</dt>
        <dd class="staff-text">
          {placeOf(report())}
          <span class="staff-details">
            {t("staff.reports.report.coordinates", {
              lat: report().lat.toFixed(5),
              lon: report().lon.toFixed(5),
            })}
          </span>
        </dd>
        <dt>{t("staff.reports.columns.assignee")}</dt>
        <dd>{report().assigneeName ?? t("staff.reports.inbox.unassigned")}</dd>
        <dt>{t("staff.reports.columns.supports")}</dt>
        <dd>{report().supportCount}</dd>
        <dt>{t("staff.reports.report.received")}</dt>
        <dd>
          <time datetime={report().createdAt}>{formatDateTime(report().createdAt)}</time>
        </dd>
        <dt>{t("staff.reports.report.updated")}</dt>
        <dd>
          <time datetime={report().updatedAt}>{formatDateTime(report().updatedAt)}</time>
        </dd>
        <dt>{t("staff.reports.report.source")}</dt>
        <dd>
          {report().source === "app"
            ? t("staff.reports.report.sourceApp")
            : report().source === "open311"
              ? t("staff.reports.report.sourceOpen311")
              : report().source}
        </dd>
        <dt>{t("staff.reports.report.contact")}</dt>
        <dd>
          <Show when={report().email} fallback={t("staff.reports.report.noEmail")}>
            {(email) => <a href={`mailto:${email()}`}>{email()}</a>}
          </Show>
          <span class="staff-details">
            {t("staff.reports.report.hasAccount", { answer: yesNo(report().hasAccount) })}
          </span>
        </dd>
        <Show when={report().duplicateOf}>
          {(kept) => (
            <>
              <dt>{t("staff.reports.report.duplicateOf")}</dt>
              <dd>
                <A href={reportPath(kept())}>{kept()}</A>
              </dd>
            </>
          )}
        </Show>
        <Show when={report().reopenedAt}>
          {(at) => (
            <>
              <dt>{t("staff.reports.report.reopened")}</dt>
              <dd class="staff-text">
                {t("staff.reports.report.reopenedText", {
                  at: formatDateTime(at()),
                  reason: report().reopenReason ?? "—",
                })}
              </dd>
            </>
          )}
        </Show>
      </dl>

      <section aria-labelledby="report-description-title">
        <h2 id="report-description-title">{t("staff.reports.report.description")}</h2>
        <p class="staff-text">{report().description || t("staff.reports.report.noDescription")}</p>
        <p>
          {report().reviewed ? t("staff.reports.report.reviewedYes") : t("staff.reports.report.reviewedNo")}
        </p>
        <div class="button-row">
          <button
            type="button"
            class="button secondary"
            disabled={write.busy() !== undefined}
            onClick={() => {
              const reviewed = !report().reviewed;
              void change(
                "review",
                (id) => reviewReport(id, reviewed),
                reviewed ? t("staff.reports.report.reviewedDone") : t("staff.reports.report.unreviewed"),
              );
            }}
          >
            {report().reviewed
              ? t("staff.reports.report.markUnreviewed")
              : t("staff.reports.report.markReviewed")}
          </button>
        </div>
      </section>

      <section aria-labelledby="report-photos-title">
        <h2 id="report-photos-title">{t("staff.reports.photos.title")}</h2>
        <p>{t("staff.reports.photos.lead")}</p>
        <Show when={report().photos.length > 0} fallback={<p>{t("staff.reports.photos.none")}</p>}>
          <ul class="report-photos">
            <For each={report().photos}>
              {(photo, index) => (
                <li>
                  <a href={photo.large}>
                    <img
                      src={photo.small}
                      alt={t("staff.reports.photos.alt", { number: index() + 1 })}
                      loading="lazy"
                      width="240"
                    />
                  </a>
                  <p>
                    {photo.published ? t("staff.reports.photos.published") : t("staff.reports.photos.hidden")}
                  </p>
                  <button
                    type="button"
                    class="button secondary"
                    disabled={write.busy() !== undefined}
                    onClick={() => {
                      const published = !photo.published;
                      const number = index() + 1;
                      void change(
                        `photo-${photo.id}`,
                        (id) => setPhotoPublished(id, photo.id, published),
                        published
                          ? t("staff.reports.photos.publishedDone", { number })
                          : t("staff.reports.photos.hiddenDone", { number }),
                      );
                    }}
                  >
                    {photo.published
                      ? t("staff.reports.photos.hide", { number: index() + 1 })
                      : t("staff.reports.photos.publish", { number: index() + 1 })}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <ActionOutcome failureKey={write.failure()} success={write.success()} />
      </section>

      <ReportActions report={report()} onChanged={props.onChanged} />
    </>
  );
}
