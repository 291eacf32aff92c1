// Rules of the Open311 endpoint: reading the spec's form fields and query filters, API keys (a
// valid key names its client and lifts the rate limit; an unknown or revoked one is refused with
// 403 as the spec says), and service requests as reports of the app.
import { REPORT_DESCRIPTION_MAX, type ReportCategory } from "../../../src/lib/contract/reports";
import { insideCity } from "../../../src/lib/contract/city-boundary";
import { z } from "../../../src/lib/contract/zod";
import type { Db } from "../../db/database";
import { hashToken } from "../../http/session";
import { isServiceCode, Open311Error, serviceRequest } from "./open311";
import { storeReport } from "./service";
import { type ApiKeyRow, findActiveApiKey, findReport, listReports, photosOf, updateApiKey } from "./store";

/** The spec allows 4,000 characters; longer is refused rather than cut. */
const OPEN311_DESCRIPTION_MAX = Math.max(REPORT_DESCRIPTION_MAX, 4000);
/** Without dates the spec's default window: the last 90 days; at most 1,000 results. */
const DEFAULT_WINDOW_MS = 90 * 24 * 3600_000;
const MAX_RESULTS = 1000;
const OPEN = ["received", "in_progress"];
const CLOSED = ["done", "not_responsible", "rejected"];

export async function apiKeyOf(db: Db, key: string | undefined, now: Date): Promise<ApiKeyRow | null> {
  if (key === undefined || key === "") return null;
  const row = await findActiveApiKey(db, hashToken(key));
  if (!row) throw new Open311Error(403, "Invalid api_key received -- can't proceed.");
  await updateApiKey(db, row.id, { last_used_at: now.toISOString() });
  return row;
}

const coordinate = (name: string, value: string | undefined, min: number, max: number) => {
  if (value === undefined || value.trim() === "") throw new Open311Error(400, `${name} is required`);
  // Number("") is 0 and Number(" 1e2 ") is 100: only plain decimals count as coordinates.
  if (!/^\s*-?\d{1,3}(\.\d+)?\s*$/.test(value)) throw new Open311Error(400, `${name} is not a number`);
  const number = Number(value);
  if (number < min || number > max) throw new Open311Error(400, `${name} is out of range`);
  return number;
};

const emailSchema = z.email().max(254);

/**
 * POST requests: service_code and lat/long are required (address_string alone cannot be placed on
 * the map: no geocoder); first_name, last_name and phone are read and not kept (the app asks for no
 * names); media_url is ignored (photos come through the app, where they are re-encoded and reviewed);
 * attribute[...] is ignored (no service has attributes).
 */
export async function createServiceRequest(
  db: Db,
  form: URLSearchParams,
  apiKey: ApiKeyRow | null,
  now: Date,
): Promise<{ service_request_id: string; service_notice: string; account_id: null }> {
  const code = form.get("service_code") ?? "";
  if (!code) throw new Open311Error(400, "service_code is required");
  if (!isServiceCode(code)) throw new Open311Error(404, `Service not found: ${code.slice(0, 80)}`);
  if (!form.get("lat") && !form.get("long") && (form.get("address_string") || form.get("address_id"))) {
    throw new Open311Error(400, "lat and long are required: an address alone cannot be placed");
  }
  const lat = coordinate("lat", form.get("lat") ?? undefined, -90, 90);
  const lon = coordinate("long", form.get("long") ?? undefined, -180, 180);
  if (!insideCity(lon, lat)) throw new Open311Error(400, "The position lies outside Delmenhorst");
  const description = (form.get("description") ?? "").trim();
  if (description.length > OPEN311_DESCRIPTION_MAX) {
    throw new Open311Error(400, `description is longer than ${OPEN311_DESCRIPTION_MAX} characters`);
  }
  const emailText = (form.get("email") ?? "").trim();
  const email = emailText ? emailSchema.safeParse(emailText) : null;
  if (email && !email.success) throw new Open311Error(400, "email is not an email address");
  const address = (form.get("address_string") ?? "").trim().slice(0, 200) || null;
  const category: ReportCategory = code;
  const { row } = await storeReport(
    db,
    { category, lat, lon, address, description, email: email?.data ?? null, language: "de" },
    { accountId: null, source: apiKey ? `open311:${apiKey.id}` : "open311" },
    now,
  );
  return {
    service_request_id: row.id,
    service_notice: "Die Meldung ist eingegangen. Beschreibung und Fotos erscheinen öffentlich nach Prüfung.",
    account_id: null,
  };
}

const dateOf = (name: string, value: string | null) => {
  if (value === null || value === "") return undefined;
  // W3C date-time with a zone (the spec's format); a bare date is read as midnight UTC.
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value)) {
    throw new Open311Error(400, `${name} is not a W3C date-time`);
  }
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new Open311Error(400, `${name} is not a date`);
  return new Date(time).toISOString();
};

const listOf = (value: string | null) =>
  (value ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);

/** GET requests: service_request_id, service_code, start_date, end_date, status (open, closed). */
export async function listServiceRequests(db: Db, query: URLSearchParams, origin: string, now: Date) {
  const ids = listOf(query.get("service_request_id"));
  if (ids.length > MAX_RESULTS || ids.some((id) => id.length > 100)) {
    throw new Open311Error(400, "service_request_id: too many or too long");
  }
  const codes = listOf(query.get("service_code"));
  const unknown = codes.find((code) => !isServiceCode(code));
  if (unknown) throw new Open311Error(404, `Service not found: ${unknown.slice(0, 80)}`);
  const statuses = listOf(query.get("status"));
  if (statuses.some((status) => status !== "open" && status !== "closed")) {
    throw new Open311Error(400, "status is open or closed");
  }
  let createdFrom = dateOf("start_date", query.get("start_date"));
  const createdTo = dateOf("end_date", query.get("end_date"));
  // The spec: without service_request_id or dates, the last 90 days.
  if (ids.length === 0 && !createdFrom && !createdTo) {
    createdFrom = new Date(now.getTime() - DEFAULT_WINDOW_MS).toISOString();
  }
  const { rows } = await listReports(
    db,
    {
      ids: ids.length ? ids : undefined,
      categories: codes,
      statuses: [...(statuses.includes("open") ? OPEN : []), ...(statuses.includes("closed") ? CLOSED : [])],
      createdFrom,
      createdTo,
      withDuplicates: ids.length > 0,
    },
    { limit: MAX_RESULTS, offset: 0 },
  );
  const photos = await photosOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => serviceRequest(row, photos, origin));
}

export async function oneServiceRequest(db: Db, id: string, origin: string) {
  const row = id.length <= 100 ? await findReport(db, id) : undefined;
  if (!row) throw new Open311Error(404, `Service request not found with id ${id.slice(0, 80)}`);
  return serviceRequest(row, await photosOf(db, [row.id]), origin);
}

/** Requests are created at once, so a token is the request's id. */
export async function requestOfToken(db: Db, token: string) {
  const row = token.length <= 100 ? await findReport(db, token) : undefined;
  if (!row) throw new Open311Error(404, `Service request not found with token ${token.slice(0, 80)}`);
  return { service_request_id: row.id, token };
}
