// /verwaltung/maengel: the department's defect reports (admins: every department's, or one), newest
// first, narrowed by status, category and who has them (me, nobody, a colleague); the filters live in
// the address. The map above the list shows the same page of reports in their status's colours; a
// click on a point opens the report. The list stays the way there by keyboard and screen reader.
import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { createMemo, For, Show } from "solid-js";
import { DEPARTMENTS } from "../../../lib/contract/account-constants";
import { REPORT_CATEGORIES, REPORT_STATUSES, type StaffReport } from "../../../lib/contract/reports";
import { formatDateTime } from "../../../lib/date-format";
import { t } from "../../../lib/i18n";
import { createRemote } from "../../../lib/remote";
import { DataTable } from "../../../ui/DataTable";
import { EmptyState } from "../../../ui/EmptyState";
import { SelectInput } from "../../../ui/Field";
import { usePageTitle } from "../../../ui/page-title";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import { account } from "../../account/session";
import { PointsMap } from "../../map/PointsMap";
import { NoAccessNotice } from "../../staff/Access";
import { departmentLabel } from "../../staff/labels";
import { canHandleReports, isAdmin } from "../../staff/permissions";
import { fetchColleagues, fetchInbox } from "./api";
import {
  ageInDays,
  ASSIGNEE_FILTERS,
  assigneeFilter,
  INBOX_PAGE_SIZE,
  type InboxFilters,
  inboxFilters,
  inboxParams,
  reportPath,
  STATUS_FILTERS,
} from "./inbox-filters";
import { inboxPoints, STATUS_COLOURS } from "./inbox-map";
import { categoryLabel, placeOf, statusLabel } from "./labels";
import { ReportViews } from "./ReportViews";
import "../reports.css";
import "./reports-console.css";

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
  // Staff get their department's colleagues; admins those of the department filtered for, or everyone's.
  const colleaguesOf = createMemo(() => filters().department ?? "all");
  const colleagues = createRemote(
    () => colleaguesOf(),
    (department) => fetchColleagues(department === "all" ? undefined : department),
  );
  const others = () => (colleagues.data() ?? []).filter((colleague) => colleague.id !== account()?.id);
  /** A colleague in the address who is not in the list (left the department since): still named as chosen. */
  const unlisted = () => {
    const chosen = filters().assignee;
    const known = ASSIGNEE_FILTERS.some((word) => word === chosen) || others().some((c) => c.id === chosen);
    return known ? [] : [{ value: chosen, label: t("staff.reports.inbox.assigneeFilter.other") }];
  };
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
            onChange={(value) => choose({ assignee: assigneeFilter(value) ?? "any" })}
            options={[
              ...ASSIGNEE_FILTERS.map((value) => ({
                value,
                label: t(`staff.reports.inbox.assigneeFilter.${value}`),
              })),
              ...unlisted(),
            ]}
            groups={
              others().length > 0
                ? [
                    {
                      label: t("staff.reports.inbox.colleagues"),
                      options: others().map((colleague) => ({ value: colleague.id, label: colleague.name })),
                    },
                  ]
                : []
            }
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
            <InboxMap reports={answer().reports} />
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

/** The listed reports on a map, with what each colour means in words. */
function InboxMap(props: { reports: readonly StaffReport[] }) {
  const navigate = useNavigate();
  const shown = () => REPORT_STATUSES.filter((status) => props.reports.some((r) => r.status === status));
  return (
    <section class="reports-inbox-map" aria-labelledby="reports-map-title">
      <h2 id="reports-map-title">{t("staff.reports.inbox.map.title")}</h2>
      <p class="hint">{t("staff.reports.inbox.map.hint")}</p>
      <PointsMap
        label={t("staff.reports.inbox.map.label", { count: props.reports.length })}
        points={inboxPoints(props.reports)}
        onOpen={(id) => navigate(reportPath(id))}
        fitToPoints
        texts={{ loading: t("staff.reports.inbox.map.loading"), failed: t("staff.reports.inbox.map.failed") }}
      />
      <ul class="reports-legend" aria-label={t("staff.reports.inbox.map.legend")}>
        <For each={shown()}>
          {(status) => (
            <li>
              <svg class="map-swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                <circle cx="8" cy="8" r="6" fill={STATUS_COLOURS[status]} stroke="#ffffff" stroke-width="2" />
              </svg>
              {statusLabel(status)}
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
