// /konto/meldungen: the signed-in resident's reports with their own text, the status in words and,
// for a done one, until when it may be reopened (on its public page). Read from the device (personal
// feed "my-reports"), so the list opens offline, with the time of its last sync ("Stand").
import { A } from "@solidjs/router";
import { createEffect, For, onMount, Show } from "solid-js";
import { reportPagePath } from "../../lib/contract/reports";
import { formatDateTime, formatDay } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { connection, requestSync } from "../../lib/sync-status";
import { usePageTitle } from "../../ui/page-title";
import { SignedInOnly } from "../account/SignedInOnly";
import { markReportsSeen, storedMyReports } from "./my-reports";
import "./reports.css";

export default function MyReportsPage() {
  usePageTitle(() => t("reports.mine.title"));
  return (
    <section>
      <SignedInOnly heading={t("reports.mine.title")}>{() => <MyReports />}</SignedInOnly>
    </section>
  );
}

function MyReports() {
  // A status staff just set should show when the resident looks, not only at the next scheduled sync.
  onMount(() => void requestSync());
  const mine = createLiveQuery(() => storedMyReports);
  // Each status shown is one the resident has now seen (the start page's "new status" compares with it).
  createEffect(() => {
    const reports = mine.data()?.reports;
    if (reports?.length) void markReportsSeen(reports);
  });
  return (
    <>
      <h1>{t("reports.mine.title")}</h1>
      <p>
        <A href="/melden">{t("reports.list.new")}</A>
      </p>
      <Show when={mine.data()} fallback={<p class="loading">{t("common.loading")}</p>}>
        {(stored) => (
          <Show
            when={stored().syncedAt}
            fallback={
              <Show when={connection() === "offline"} fallback={<p class="loading">{t("common.loading")}</p>}>
                <p>{t("reports.mine.notSynced")}</p>
              </Show>
            }
          >
            {(syncedAt) => (
              <>
                <Show when={stored().reports.length > 0} fallback={<p>{t("reports.mine.none")}</p>}>
                  <ul class="report-list">
                    <For each={stored().reports}>
                      {(report) => (
                        <li>
                          <p class="report-list-title">
                            <A href={reportPagePath(report.id)}>
                              {t(`reports.categories.${report.category}`)}
                            </A>
                          </p>
                          <p>
                            {t(`reports.statuses.${report.status}`)}{" "}
                            {t("reports.list.reportedOn", { date: formatDay(report.createdAt) })}
                          </p>
                          <Show when={report.ownDescription}>{(text) => <p>{text()}</p>}</Show>
                          <Show when={report.reopenUntil}>
                            {(until) => <p>{t("reports.mine.reopenUntil", { date: formatDay(until()) })}</p>}
                          </Show>
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
                <p>{t("common.asOf", { time: formatDateTime(syncedAt()) })}</p>
              </>
            )}
          </Show>
        )}
      </Show>
    </>
  );
}
