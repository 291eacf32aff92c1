// The warnings' requests besides the sync feed: the ingest's health, and the city's own notices.
// Every answer is parsed with the contract's schemas.
import {
  type CityNotice,
  type Warning,
  warningSchema,
  type WarningsStatus,
  warningsStatusSchema,
} from "../../lib/contract/warnings";
import { send } from "../../lib/http";

const JSON_HEADERS = { "Content-Type": "application/json", Accept: "application/json" };

export async function fetchWarningsStatus(): Promise<WarningsStatus> {
  const response = await send(fetch, "/api/warnings/status", {
    headers: { Accept: "application/json" },
    cache: "no-store",
  });
  return warningsStatusSchema.parse(await response.json());
}

/** True when the last attempt to reach a source failed: what is shown may be out of date. */
export const sourcesFailing = (status: WarningsStatus): boolean =>
  status.regions.some(
    (r) =>
      r.failures > 0 &&
      r.lastErrorAt !== null &&
      (r.lastSuccessAt === null || Date.parse(r.lastErrorAt) > Date.parse(r.lastSuccessAt)),
  );

export async function publishNotice(notice: CityNotice): Promise<Warning> {
  const response = await send(fetch, "/api/warnings/notices", {
    method: "POST",
    headers: JSON_HEADERS,
    body: JSON.stringify(notice),
  });
  return warningSchema.parse(await response.json());
}

export async function endNotice(id: string): Promise<Warning> {
  const response = await send(fetch, `/api/warnings/notices/${encodeURIComponent(id)}/end`, {
    method: "POST",
    headers: JSON_HEADERS,
    body: "{}",
  });
  return warningSchema.parse(await response.json());
}
