// /konto/meldungen: the signed-in resident's reports with their own text, the status in words and,
// for a done one, until when it may be reopened (on its public page).
import { A } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { reportPagePath } from "../../lib/contract/reports";
import { formatDay } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";
import { SignedInOnly } from "../account/SignedInOnly";
import { explainFailure, myReports } from "./api";
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
  const [mine] = createResource(myReports);
  return (
    <>
      <h1>{t("reports.mine.title")}</h1>
      <p>
        <A href="/melden">{t("reports.list.new")}</A>
      </p>
      <Show when={!mine.error} fallback={<p role="alert">{t(explainFailure(mine.error))}</p>}>
        <Show when={mine()} fallback={<p class="loading">{t("common.loading")}</p>}>
          {(answer) => (
            <Show when={answer().reports.length > 0} fallback={<p>{t("reports.mine.none")}</p>}>
              <ul class="report-list">
                <For each={answer().reports}>
                  {(report) => (
                    <li>
                      <p class="report-list-title">
                        <A href={reportPagePath(report.id)}>{t(`reports.categories.${report.category}`)}</A>
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
          )}
        </Show>
      </Show>
    </>
  );
}
