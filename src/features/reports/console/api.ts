// The console's requests for defect reports (server/features/reports/staff-routes.ts): the inbox,
// one report and its changes, the statistics and the Open311 clients' API keys. Every answer is
// parsed with the contract's schemas; nothing is stored on the device.
import { getJson, query, sendJson } from "../../../lib/api";
import type { Department } from "../../../lib/contract/account-constants";
import {
  type ApiKey,
  apiKeyListSchema,
  type Colleague,
  colleagueListSchema,
  issuedApiKeySchema,
  nearbyReportsSchema,
  type NearbyReports,
  type ReportCategory,
  type ReportStats,
  reportStatsSchema,
  type StaffReport,
  type StaffReportList,
  staffReportListSchema,
  staffReportSchema,
  type StatusChange,
} from "../../../lib/contract/reports";
import { type InboxFilters, inboxQuery } from "./inbox-filters";

const BASE = "/api/staff/reports";
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export const fetchInbox = (filters: InboxFilters): Promise<StaffReportList> =>
  getJson(`${BASE}?${query(inboxQuery(filters))}`, staffReportListSchema);

export const fetchReport = (id: string): Promise<StaffReport> => getJson(one(id), staffReportSchema);

/** Every change answers with the changed report, which the page shows at once. */
const change = (id: string, action: string, body: unknown): Promise<StaffReport> =>
  sendJson("POST", `${one(id)}/${action}`, body, staffReportSchema);

export const assignReport = (id: string, assigneeId: string | null) => change(id, "assign", { assigneeId });

/** Who reports of the department may be assigned to (staff always get their own department's). */
export const fetchColleagues = async (department: Department | undefined): Promise<Colleague[]> =>
  (await getJson(`${BASE}/colleagues?${query({ department })}`, colleagueListSchema)).colleagues;
export const setReportStatus = (id: string, body: StatusChange) => change(id, "status", body);
export const mergeReport = (id: string, into: string) => change(id, "merge", { into });
export const forwardReport = (id: string, department: Department) => change(id, "forward", { department });
export const reviewReport = (id: string, reviewed: boolean) => change(id, "review", { reviewed });
export const setPhotoPublished = (id: string, photoId: string, published: boolean) =>
  change(id, `photos/${encodeURIComponent(photoId)}`, { published });

/** Open reports of the same category within 50 m (the residents' "already reported?" list): merge candidates. */
export const fetchNearby = (report: {
  category: ReportCategory;
  lat: number;
  lon: number;
}): Promise<NearbyReports> =>
  getJson(
    `/api/reports/nearby?${query({ category: report.category, lat: report.lat, lon: report.lon })}`,
    nearbyReportsSchema,
  );

export const fetchStatistics = (department: Department | undefined): Promise<ReportStats> =>
  getJson(`${BASE}/statistics?${query({ department })}`, reportStatsSchema);

export const fetchApiKeys = async (): Promise<ApiKey[]> =>
  (await getJson(`${BASE}/api-keys`, apiKeyListSchema)).keys;

export const issueApiKey = (client: string) =>
  sendJson("POST", `${BASE}/api-keys`, { client }, issuedApiKeySchema);

export const revokeApiKey = (id: string): Promise<void> =>
  sendJson("DELETE", `${BASE}/api-keys/${encodeURIComponent(id)}`, undefined);
