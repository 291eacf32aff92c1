// The inbox's filters, kept in the address (?status=&kategorie=&zugewiesen=&fachbereich=&seite=) so
// a reload or a shared link shows the same list. Unknown values fall back to the defaults: open
// reports of every category, whoever has them, first page. "Assigned to" is me, nobody, or a
// colleague named by the account id (a UUID, as the server makes them).
import { DEPARTMENTS, type Department } from "../../../lib/contract/account-constants";
import {
  OPEN_STATUSES,
  REPORT_CATEGORIES,
  REPORT_STATUSES,
  type ReportCategory,
  type ReportStatus,
} from "../../../lib/contract/reports";

export const STATUS_FILTERS = ["open", ...REPORT_STATUSES, "all"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
export const ASSIGNEE_FILTERS = ["any", "me", "none"] as const;
/** "any", "me", "none", or a colleague's account id. */
export type AssigneeFilter = (typeof ASSIGNEE_FILTERS)[number] | (string & {});
const ACCOUNT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A known word, or an account id; anything else is no filter. */
export function assigneeFilter(value: string | undefined): AssigneeFilter | undefined {
  return (
    oneOf(ASSIGNEE_FILTERS, value) ?? (value !== undefined && ACCOUNT_ID.test(value) ? value : undefined)
  );
}
export const INBOX_PAGE_SIZE = 50;

export type InboxFilters = {
  status: StatusFilter;
  category: ReportCategory | undefined;
  assignee: AssigneeFilter;
  /** Admins only; the server ignores it for staff, who see their own department. */
  department: Department | undefined;
  page: number;
};

export const DEFAULT_FILTERS: InboxFilters = {
  status: "open",
  category: undefined,
  assignee: "any",
  department: undefined,
  page: 1,
};

type Params = Partial<Record<string, string | string[]>>;
const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const oneOf = <T extends string>(values: readonly T[], value: string | undefined): T | undefined =>
  values.find((candidate) => candidate === value);

export function inboxFilters(params: Params): InboxFilters {
  const page = Number(single(params.seite));
  return {
    status: oneOf(STATUS_FILTERS, single(params.status)) ?? DEFAULT_FILTERS.status,
    category: oneOf(REPORT_CATEGORIES, single(params.kategorie)),
    assignee: assigneeFilter(single(params.zugewiesen)) ?? DEFAULT_FILTERS.assignee,
    department: oneOf(DEPARTMENTS, single(params.fachbereich)),
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The address parameters of the filters; defaults are left out so the plain address is the default view. */
export function inboxParams(filters: InboxFilters): Record<string, string | undefined> {
  return {
    status: filters.status === DEFAULT_FILTERS.status ? undefined : filters.status,
    kategorie: filters.category,
    zugewiesen: filters.assignee === "any" ? undefined : filters.assignee,
    fachbereich: filters.department,
    seite: filters.page === 1 ? undefined : String(filters.page),
  };
}

const statusesOf = (filter: StatusFilter): readonly ReportStatus[] | undefined =>
  filter === "all" ? undefined : filter === "open" ? OPEN_STATUSES : [filter];

/** The query of GET /api/staff/reports (staffReportListQuerySchema). */
export function inboxQuery(filters: InboxFilters): Record<string, string | number | undefined> {
  return {
    status: statusesOf(filters.status)?.join(","),
    category: filters.category,
    assignee: filters.assignee === "any" ? undefined : filters.assignee,
    department: filters.department,
    page: filters.page,
    pageSize: INBOX_PAGE_SIZE,
  };
}

export const INBOX_PATH = "/verwaltung/maengel";
export const reportPath = (id: string) => `${INBOX_PATH}/${encodeURIComponent(id)}`;
export const STATISTICS_PATH = `${INBOX_PATH}/statistik`;
export const API_KEYS_PATH = `${INBOX_PATH}/schluessel`;

/** "Received 3 days ago": whole days since `createdAt` (0 = today), for the inbox's age column. */
export function ageInDays(createdAt: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(createdAt).getTime()) / 86_400_000));
}
