// The reports' server side (server/features/reports/routes.ts) as the pages use it. A new report is
// a public write through the outbox (sent once, offline too); its photos follow once the report has
// arrived: the outbox keeps no answer, so the page asks for the stored one (receipt) to learn the
// report's id and the creator's secret, then uploads each photo with it.
import { getJson, query, sendForm, sendJson } from "../../lib/api";
import { errorKey } from "../../lib/error-key";
import {
  createdReportSchema,
  type CreatedReport,
  type NewReport,
  nearbyReportsSchema,
  publicReportSchema,
  type PublicReport,
  REPORT_SECRET_HEADER,
  reportListSchema,
} from "../../lib/contract/reports";
import { z } from "../../lib/contract/zod";
import { enqueuePublicWrite, type PublicWrite, queuedPublicWrite, sendAgain } from "../../lib/outbox-sender";

const BASE = "/api/reports";
const NEW_REPORT: PublicWrite = { kind: "report", url: BASE, challenge: `${BASE}/challenge` };

/** Queues the report and tries to send it at once; the id is its Idempotency-Key. */
export const queueReport = (report: NewReport) => enqueuePublicWrite(NEW_REPORT, report);
/** The outbox entry while the report waits or failed; undefined once the server has it. */
export const queuedReport = (id: string) => queuedPublicWrite(NEW_REPORT, id);
export const retryReport = sendAgain;

/** The stored answer to the report sent under `key`: its id and the creator's secret. */
export const reportReceipt = (key: string): Promise<CreatedReport> =>
  getJson(`${BASE}/receipts/${encodeURIComponent(key)}`, createdReportSchema);

export function uploadPhoto(id: string, photo: File, secret: string | undefined): Promise<PublicReport> {
  const form = new FormData();
  form.append("photo", photo, photo.name);
  return sendForm(`${BASE}/${encodeURIComponent(id)}/photos`, form, publicReportSchema, {
    headers: secret ? { [REPORT_SECRET_HEADER]: secret } : {},
  });
}

export const nearbyReports = (category: string, lat: number, lon: number) =>
  getJson(`${BASE}/nearby?${query({ category, lat, lon })}`, nearbyReportsSchema);

export type ListFilter = { category?: string; status?: string; page?: number };
const LIST_PAGE_SIZE = 50;
export const listReports = (filter: ListFilter) =>
  getJson(
    `${BASE}?${query({
      category: filter.category || undefined,
      status: filter.status || undefined,
      page: filter.page,
      pageSize: LIST_PAGE_SIZE,
    })}`,
    reportListSchema,
  );

export const fetchReport = (id: string) => getJson(`${BASE}/${encodeURIComponent(id)}`, publicReportSchema);

export const supportReport = (id: string) =>
  sendJson("POST", `${BASE}/${encodeURIComponent(id)}/support`, { deviceId: deviceId() }, publicReportSchema);

export const reopenReport = (id: string, reason: string) => {
  const secret = reportSecret(id);
  return sendJson("POST", `${BASE}/${encodeURIComponent(id)}/reopen`, { reason }, publicReportSchema, {
    headers: secret ? { [REPORT_SECRET_HEADER]: secret } : {},
  });
};

// ---- What this device keeps (localStorage: small, no personal data, read by the page only) ----

const DEVICE_KEY = "delmenhorst.reports.device";
const SECRETS_KEY = "delmenhorst.reports.secrets";
const secretsSchema = z.record(z.string(), z.string());

/** A random id that counts this device's "+1" once (signed in, the account counts instead). */
export function deviceId(): string {
  const stored = localStorage.getItem(DEVICE_KEY);
  if (stored && z.uuid().safeParse(stored).success) return stored;
  const id = crypto.randomUUID();
  localStorage.setItem(DEVICE_KEY, id);
  return id;
}

function readSecrets(): Record<string, string> {
  try {
    const parsed = secretsSchema.safeParse(JSON.parse(localStorage.getItem(SECRETS_KEY) ?? "{}"));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/**
 * The secret of a report sent from this device without an account (a report sent signed in is the
 * account's, so nothing that ties to the account stays here after sign-out).
 */
export const reportSecret = (id: string): string | undefined => readSecrets()[id];
export function keepSecret(id: string, secret: string): void {
  localStorage.setItem(SECRETS_KEY, JSON.stringify({ ...readSecrets(), [id]: secret }));
}

/** A failed read or write of these pages in the resident's words. */
export const explainFailure = (error: unknown) => errorKey(error, { offline: "reports.errors.offline" });
