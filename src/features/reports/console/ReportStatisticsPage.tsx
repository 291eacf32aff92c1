// /verwaltung/maengel/statistik: reports per month (Berlin time of creation) and category, with how
// many are done and still open. A table rather than a chart: readable by screen readers and at 320 px.
import { useSearchParams } from "@solidjs/router";
import { For, Show } from "solid-js";
import { DEPARTMENTS } from "../../../lib/contract/account-constants";
import { formatMonth } from "../../../lib/date-format";
import { t } from "../../../lib/i18n";
import { createRemote } from "../../../lib/remote";
import { DataTable } from "../../../ui/DataTable";
import { EmptyState } from "../../../ui/EmptyState";
import { SelectInput } from "../../../ui/Field";
import { usePageTitle } from "../../../ui/page-title";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import { account } from "../../account/session";
import { NoAccessNotice } from "../../staff/Access";
import { departmentLabel } from "../../staff/labels";
import { canHandleReports, isAdmin } from "../../staff/permissions";
import { fetchStatistics } from "./api";
import { categoryLabel } from "./labels";
import { ReportViews } from "./ReportViews";
import { monthTotals } from "./statistics";

export default function ReportStatisticsPage() {
  usePageTitle(() => t("staff.reports.statistics.title"));
  const allowed = () => {
    const me = account();
    return me !== null && canHandleReports(me);
  };
  return (
    <Show when={allowed()} fallback={<NoAccessNotice />}>
      <Statistics />
    </Show>
  );
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function Statistics() {
  const [params, setParams] = useSearchParams();
  const department = () => DEPARTMENTS.find((value) => value === single(params.fachbereich));
  // The key is an object, so "every department" (undefined) loads as well.
  const stats = createRemote(
    () => ({ department: department() }),
    (key) => fetchStatistics(key.department),
  );
  const admin = () => {
    const me = account();
    return me !== null && isAdmin(me);
  };

  return (
    <section>
      <h1>{t("staff.reports.statistics.title")}</h1>
      <p class="lead">{t("staff.reports.statistics.lead")}</p>
      <ReportViews current="statistics" />
      <Show when={admin()}>
        <div class="staff-filters">
          <SelectInput
            id="reports-statistics-department"
            label={t("staff.reports.inbox.department")}
            value={department() ?? ""}
            onChange={(value) => setParams({ fachbereich: value || undefined })}
            options={[
              { value: "", label: t("staff.reports.inbox.allDepartments") },
              ...DEPARTMENTS.map((value) => ({ value, label: departmentLabel(value) })),
            ]}
          />
        </div>
      </Show>
      <RemoteStatus remote={stats} />
      <Show when={stats.data()}>
        {(answer) => (
          <Show
            when={answer().rows.length > 0}
            fallback={
              <EmptyState
                title={t("staff.reports.statistics.emptyTitle")}
                text={t("staff.reports.statistics.emptyText")}
              />
            }
          >
            <For each={monthTotals(answer().rows)}>
              {(month) => (
                <DataTable
                  caption={t("staff.reports.statistics.caption", { month: formatMonth(month.month) })}
                >
                  <thead>
                    <tr>
                      <th scope="col">{t("staff.reports.columns.category")}</th>
                      <th scope="col">{t("staff.reports.statistics.created")}</th>
                      <th scope="col">{t("staff.reports.statistics.done")}</th>
                      <th scope="col">{t("staff.reports.statistics.open")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={month.rows}>
                      {(row) => (
                        <tr>
                          <th scope="row">{categoryLabel(row.category)}</th>
                          <td>{row.created}</td>
                          <td>{row.done}</td>
                          <td>{row.open}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">{t("staff.reports.statistics.total")}</th>
                      <td>{month.total.created}</td>
                      <td>{month.total.done}</td>
                      <td>{month.total.open}</td>
                    </tr>
                  </tfoot>
                </DataTable>
              )}
            </For>
          </Show>
        )}
      </Show>
    </section>
  );
}
