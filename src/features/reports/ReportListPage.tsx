// /meldungen: the public list of reports, newest first, narrowed by category and status, each with
// its status in words; the same reports as points on a map below the list (a tap opens one).
import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { REPORT_CATEGORIES, REPORT_STATUSES, isOpenStatus, reportPagePath } from "../../lib/contract/reports";
import { formatDay } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import { SelectInput } from "../../ui/Field";
import { usePageTitle } from "../../ui/page-title";
import { PointsMap } from "../map/PointsMap";
import { explainFailure, listReports } from "./api";
import { reportColour } from "./report-points";
import "./reports.css";

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

export default function ReportListPage() {
  usePageTitle(() => t("reports.list.title"));
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const filter = () => ({ category: single(params["kategorie"]), status: single(params["status"]) });
  const [list] = createResource(filter, listReports);

  return (
    <section>
      <h1>{t("reports.list.title")}</h1>
      <p>{t("reports.list.lead")}</p>
      <p>
        <A href="/melden" class="button">
          {t("reports.list.new")}
        </A>
      </p>
      <p>
        <A href="/meldungen/folgen">{t("reports.list.follow")}</A>
      </p>
      <div class="report-filters">
        <SelectInput
          id="report-filter-category"
          label={t("reports.list.category")}
          value={filter().category}
          options={[
            { value: "", label: t("reports.list.all") },
            ...REPORT_CATEGORIES.map((value) => ({ value, label: t(`reports.categories.${value}`) })),
          ]}
          onChange={(value) => setParams({ kategorie: value || undefined })}
        />
        <SelectInput
          id="report-filter-status"
          label={t("reports.list.status")}
          value={filter().status}
          options={[
            { value: "", label: t("reports.list.all") },
            ...REPORT_STATUSES.map((value) => ({ value, label: t(`reports.statuses.${value}`) })),
          ]}
          onChange={(value) => setParams({ status: value || undefined })}
        />
      </div>
      <Show when={!list.error} fallback={<p role="alert">{t(explainFailure(list.error))}</p>}>
        <Show when={list()} fallback={<p class="loading">{t("common.loading")}</p>}>
          {(answer) => (
            <>
              <p role="status">{t("reports.list.count", { count: answer().total })}</p>
              <ul class="report-list">
                <For each={answer().reports}>
                  {(report) => (
                    <li>
                      <p class="report-list-title">
                        <A href={reportPagePath(report.id)}>{t(`reports.categories.${report.category}`)}</A>
                      </p>
                      <p>
                        <span
                          class="report-status"
                          classList={{ "report-status-open": isOpenStatus(report.status) }}
                        >
                          {t(`reports.statuses.${report.status}`)}
                        </span>{" "}
                        {t("reports.list.reportedOn", { date: formatDay(report.createdAt) })}
                      </p>
                      <Show when={report.address}>{(address) => <p>{address()}</p>}</Show>
                    </li>
                  )}
                </For>
              </ul>
              <h2>{t("reports.list.mapTitle")}</h2>
              <p class="hint">{t("reports.list.mapHint")}</p>
              <PointsMap
                label={t("reports.list.mapTitle")}
                points={answer().reports.map((report) => ({
                  id: report.id,
                  lat: report.lat,
                  lon: report.lon,
                  colour: reportColour(isOpenStatus(report.status)),
                }))}
                onOpen={(id) => navigate(reportPagePath(id))}
              />
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}
