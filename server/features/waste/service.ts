// Rules of the waste calendar's districts: an import (a file staff upload or the daily fetch of the
// district's address) replaces the dates only when the file is good; a broken one is recorded and the
// last good dates stay, for residents and for the console. Residents get each district by sync.
import { berlinDate } from "../../../src/lib/contract/berlin-time";
import {
  type DistrictWrite,
  type ImportResult,
  type StaffDistrict,
  WASTE_DISTRICTS_COLLECTION,
  type WasteDistrict,
} from "../../../src/lib/contract/waste";
import { type Db, inTransaction } from "../../db/database";
import { ProblemError } from "../../http/problem";
import { deleteEntry, upsertEntries } from "../../platform/sync/store";
import { IcsImportError, parseWasteCalendar } from "./ics-import";
import {
  deleteDistrict,
  findDistrict,
  listDistricts,
  saveDistrictSettings,
  type StoredDistrict,
  storeImport,
  storeImportFailure,
} from "./store";

/** Staff of the waste department and admins keep the calendar. */
export const WASTE_DEPARTMENT = "abfall";

const SOURCE_TIMEOUT_MS = 30_000;
/** Real yearly exports are 20–200 KB; ten times that is no calendar. */
const SOURCE_MAX_BYTES = 2_000_000;

export function publicDistrict(district: StoredDistrict): WasteDistrict {
  return {
    id: district.id,
    name: district.name,
    sample: district.sample,
    days: district.days,
    updatedAt: district.lastImportAt ?? district.updatedAt,
  };
}

export function staffDistrict(district: StoredDistrict, now: Date): StaffDistrict {
  const today = berlinDate(now);
  return {
    id: district.id,
    name: district.name,
    sourceUrl: district.sourceUrl,
    mapping: district.mapping,
    sample: district.sample,
    days: district.days.length,
    nextDay: district.days.find((day) => day.date >= today) ?? null,
    status: {
      lastImportAt: district.lastImportAt,
      lastErrorAt: district.lastErrorAt,
      lastError: district.lastError,
      unmapped: district.unmapped,
    },
  };
}

export async function publishDistrict(db: Db, id: string): Promise<StoredDistrict> {
  const district = await findDistrict(db, id);
  if (!district) throw new ProblemError(404, "not_found");
  await upsertEntries(db, WASTE_DISTRICTS_COLLECTION, [{ id, data: publicDistrict(district) }]);
  return district;
}

export async function listStaffDistricts(db: Db, now: Date): Promise<StaffDistrict[]> {
  return (await listDistricts(db)).map((district) => staffDistrict(district, now));
}

export async function saveDistrict(
  db: Db,
  id: string,
  write: DistrictWrite,
  now: Date,
): Promise<{ district: StaffDistrict; created: boolean }> {
  const created = await inTransaction(db, async (trx) => {
    const isNew = await saveDistrictSettings(trx, { id, ...write }, now);
    await publishDistrict(trx, id);
    return isNew;
  });
  const district = await findDistrict(db, id);
  if (!district) throw new ProblemError(404, "not_found");
  return { district: staffDistrict(district, now), created };
}

export async function removeDistrict(db: Db, id: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (!(await deleteDistrict(trx, id))) throw new ProblemError(404, "not_found");
    await deleteEntry(trx, WASTE_DISTRICTS_COLLECTION, id);
  });
}

/**
 * Imports one file into a district. A file that cannot be read, or that names no bin, changes no
 * date: the failure is recorded (the console shows it) and answered as 422 ics_invalid.
 */
export async function importCalendar(db: Db, id: string, text: string, now: Date): Promise<ImportResult> {
  const district = await findDistrict(db, id);
  if (!district) throw new ProblemError(404, "not_found");
  let parsed;
  try {
    parsed = parseWasteCalendar(text, district.mapping, now);
  } catch (error) {
    const reason = error instanceof IcsImportError ? error.message : "the file could not be read";
    await storeImportFailure(db, id, reason, now);
    throw new ProblemError(422, "ics_invalid", reason);
  }
  await inTransaction(db, async (trx) => {
    await storeImport(trx, id, parsed, now);
    await publishDistrict(trx, id);
  });
  return { days: parsed.days.length, unmapped: parsed.unmapped };
}

export type SourceFetch = (url: string, init: { signal: AbortSignal }) => Promise<Response>;

/** Fetches the district's address and imports it; an unreachable address is a failure like a broken file. */
export async function refreshDistrict(
  db: Db,
  id: string,
  now: Date,
  fetchSource: SourceFetch = (url, init) => fetch(url, { ...init, redirect: "follow" }),
): Promise<ImportResult> {
  const district = await findDistrict(db, id);
  if (!district) throw new ProblemError(404, "not_found");
  if (!district.sourceUrl) throw new ProblemError(409, "conflict", "The district has no source address");
  let text: string;
  try {
    const response = await fetchSource(district.sourceUrl, {
      signal: AbortSignal.timeout(SOURCE_TIMEOUT_MS),
    });
    if (!response.ok) throw new IcsImportError(`the address answered HTTP ${response.status}`);
    const body = await response.arrayBuffer();
    if (body.byteLength > SOURCE_MAX_BYTES) throw new IcsImportError("the file is larger than 2 MB");
    text = new TextDecoder().decode(body);
  } catch (error) {
    const reason =
      error instanceof IcsImportError
        ? error.message
        : error instanceof Error && error.name === "TimeoutError"
          ? "the address did not answer in time"
          : "the address could not be reached";
    await storeImportFailure(db, id, reason, now);
    throw new ProblemError(502, "ics_invalid", reason);
  }
  return importCalendar(db, id, text, now);
}

/** The daily refresh of every district with an address; one failure does not stop the others. */
export async function refreshAllDistricts(
  db: Db,
  now: Date,
  report: (id: string, outcome: ImportResult | Error) => void,
  fetchSource?: SourceFetch,
): Promise<void> {
  for (const district of await listDistricts(db)) {
    if (!district.sourceUrl) continue;
    try {
      report(district.id, await refreshDistrict(db, district.id, now, fetchSource));
    } catch (error) {
      report(district.id, error instanceof Error ? error : new Error("import failed"));
    }
  }
}
