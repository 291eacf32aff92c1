// /verwaltung/maengel: the department's defect reports (admins: every department's, or one), newest
// first, narrowed by status, category and who has them; the filters live in the address.
import { A, useSearchParams } from "@solidjs/router";
import { For, Show } from "solid-js";
import { DEPARTMENTS } from "../../../lib/contract/account-constants";
import { REPORT_CATEGORIES } from "../../../lib/contract/reports";
import { formatDateTime } from "../../../lib/date-format";
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
import { fetchInbox } from "./api";
import {
  ageInDays,
  ASSIGNEE_FILTERS,
  INBOX_PAGE_SIZE,
  type InboxFilters,
  inboxFilters,
  inboxParams,
  reportPath,
  STATUS_FILTERS,
} from "./inbox-filters";
import { categoryLabel, placeOf, statusLabel } from "./labels";
import { ReportViews } from "./ReportViews";

export default function ReportsInboxPage() {
  usePageTitle(() => t("staff.reports.inbox.title"));
  const allowed = () => {
    const me = account();
    return me !== null && canHandleReports(me);
  };
  return (
    <Show when={allowed()} fallback={<NoAccessNotice />}>
      <Inbox />
    </Show>
  );
}

function Inbox() {
  const [params, setParams] = useSearchParams();
  const filters = () => inboxFilters(params);
  const list = createRemote(filters, fetchInbox);
  const admin = () => {
    const me = account();
    return me !== null && isAdmin(me);
  };
  const choose = (change: Partial<InboxFilters>) =>
    setParams(inboxParams({ ...filters(), page: 1, ...change }));
  const now = new Date();
  const lastPage = () => Math.max(1, Math.ceil((list.data()?.total ?? 0) / INBOX_PAGE_SIZE));

  return (
    <section>
      <h1>{t("staff.reports.inbox.title")}</h1>
      <p class="lead">{t("staff.reports.inbox.lead")}</p>
      <ReportViews current="inbox" />
      <section aria-labelledby="reports-filters-title">
        <h2 id="reports-filters-title" class="visually-hidden">
          {t("staff.reports.inbox.filtersTitle")}
        </h2>
        <div class="staff-filters">
          <SelectInput
            id="reports-status"
            label={t("staff.reports.inbox.status")}
            value={filters().status}
            onChange={(value) => choose({ status: STATUS_FILTERS.find((s) => s === value) ?? "open" })}
            options={STATUS_FILTERS.map((value) => ({
              value,
              label: t(`staff.reports.inbox.statusFilter.${value}`),
            }))}
          />
          <SelectInput
            id="reports-category"
            label={t("staff.reports.inbox.category")}
            value={filters().category ?? ""}
            onChange={(value) => choose({ category: REPORT_CATEGORIES.find((c) => c === value) })}
            options={[
              { value: "", label: t("staff.reports.inbox.allCategories") },
              ...REPORT_CATEGORIES.map((value) => ({ value, label: categoryLabel(value) })),
            ]}
          />
          <SelectInput
            id="reports-assignee"
            label={t("staff.reports.inbox.assignee")}
            value={filters().assignee}
            onChange={(value) => choose({ assignee: ASSIGNEE_FILTERS.find((a) => a === value) ?? "any" })}
            options={ASSIGNEE_FILTERS.map((value) => ({
              value,
              label: t(`staff.reports.inbox.assigneeFilter.${value}`),
            }))}
          />
          <Show when={admin()}>
            <SelectInput
              id="reports-department"
              label={t("staff.reports.inbox.department")}
              value={filters().department ?? ""}
              onChange={(value) => choose({ department: DEPARTMENTS.find((d) => d === value) })}
              options={[
                { value: "", label: t("staff.reports.inbox.allDepartments") },
                ...DEPARTMENTS.map((value) => ({ value, label: departmentLabel(value) })),
              ]}
            />
          </Show>
        </div>
      </section>
      <div class="button-row">
        <button type="button" class="button secondary" onClick={() => list.reload()}>
          {t("staff.common.refresh")}
        </button>
      </div>
      <RemoteStatus remote={list} />
      <Show when={list.data()}>
        {(answer) => (
          <Show
            when={answer().reports.length > 0}
            fallback={
              <EmptyState
                title={t("staff.reports.inbox.emptyTitle")}
                text={t("staff.reports.inbox.emptyText")}
              />
            }
          >
            <DataTable caption={t("staff.reports.inbox.caption", { count: answer().total })}>
              <thead>
                <tr>
                  <th scope="col">{t("staff.reports.columns.category")}</th>
                  <th scope="col">{t("staff.reports.columns.place")}</th>
                  <th scope="col">{t("staff.reports.columns.status")}</th>
                  <th scope="col">{t("staff.reports.columns.supports")}</th>
                  <th scope="col">{t("staff.reports.columns.age")}</th>
                  <th scope="col">{t("staff.reports.columns.assignee")}</th>
                </tr>
              </thead>
              <tbody>
                <For each={answer().reports}>
                  {(report) => (
                    <tr>
                      <th scope="row">
                        <A href={reportPath(report.id)}>{categoryLabel(report.category)}</A>
                        <Show when={report.duplicateOf}>
                          <span class="staff-details">{t("staff.reports.inbox.duplicate")}</span>
                        </Show>
                      </th>
                      <td class="staff-text">{placeOf(report)}</td>
                      <td>{statusLabel(report.status)}</td>
                      <td>{report.supportCount}</td>
                      <td>
                        <time datetime={report.createdAt} title={formatDateTime(report.createdAt)}>
                          {t("staff.reports.inbox.age", { count: ageInDays(report.createdAt, now) })}
                        </time>
                      </td>
                      <td>{report.assigneeName ?? t("staff.reports.inbox.unassigned")}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </DataTable>
            <Show when={lastPage() > 1}>
              <nav class="button-row" aria-label={t("staff.reports.inbox.pagesLabel")}>
                <Show when={filters().page > 1}>
                  <button
                    type="button"
                    class="button secondary"
                    onClick={() => choose({ page: filters().page - 1 })}
                  >
                    {t("staff.reports.inbox.previous")}
                  </button>
                </Show>
                <span>{t("staff.reports.inbox.page", { page: filters().page, pages: lastPage() })}</span>
                <Show when={filters().page < lastPage()}>
                  <button
                    type="button"
                    class="button secondary"
                    onClick={() => choose({ page: filters().page + 1 })}
                  >
                    {t("staff.reports.inbox.next")}
                  </button>
                </Show>
              </nav>
            </Show>
          </Show>
        )}
      </Show>
    </section>
  );
}
