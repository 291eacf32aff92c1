// The warnings' requests besides the sync feed: the ingest's health, and the city's own notices.
// Every answer is parsed with the contract's schemas.
import { getJson, sendJson } from "../../lib/api";
import {
  type CityNotice,
  type Warning,
  warningSchema,
  type WarningsStatus,
  warningsStatusSchema,
} from "../../lib/contract/warnings";

export const fetchWarningsStatus = (): Promise<WarningsStatus> =>
  getJson("/api/warnings/status", warningsStatusSchema);

/** True when the last attempt to reach a source failed: what is shown may be out of date. */
export const sourcesFailing = (status: WarningsStatus): boolean =>
  status.regions.some(
    (r) =>
      r.failures > 0 &&
      r.lastErrorAt !== null &&
      (r.lastSuccessAt === null || Date.parse(r.lastErrorAt) > Date.parse(r.lastSuccessAt)),
  );

export const publishNotice = (notice: CityNotice): Promise<Warning> =>
  sendJson("POST", "/api/warnings/notices", notice, warningSchema);

export const endNotice = (id: string): Promise<Warning> =>
  sendJson("POST", `/api/warnings/notices/${encodeURIComponent(id)}/end`, {}, warningSchema);
