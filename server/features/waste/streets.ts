// The street → district table, imported from a CSV staff keep (the city has it only as a document):
// one line per street or house-number range. The import replaces the whole table, or changes nothing
// when a line is wrong; residents get each street by sync.
import type { PARITIES } from "../../../src/lib/contract/waste";
import {
  type StreetRange,
  streetKey,
  WASTE_STREETS_COLLECTION,
  type WasteStreet,
} from "../../../src/lib/contract/waste";
import { type Db, inTransaction } from "../../db/database";
import { ProblemError } from "../../http/problem";
import { deleteEntry, liveEntryRows, upsertEntries } from "../../platform/sync/store";
import { listDistricts } from "./store";

const PARITY_WORDS: Record<string, (typeof PARITIES)[number]> = {
  "": "all",
  all: "all",
  alle: "all",
  odd: "odd",
  u: "odd",
  ungerade: "odd",
  even: "even",
  g: "even",
  gerade: "even",
};

const MAX_ERRORS = 20;

/** Splits one CSV line (";" or ","; double quotes around a field keep its separators). */
function fields(line: string, separator: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '"') {
      if (quoted && line[i + 1] === '"') {
        current += '"';
        i++;
      } else quoted = !quoted;
    } else if (char === separator && !quoted) {
      out.push(current.trim());
      current = "";
    } else current += char;
  }
  out.push(current.trim());
  return out;
}

const numberOrNull = (text: string): number | null | undefined => {
  if (text === "") return null;
  return /^\d{1,4}$/.test(text) && Number(text) >= 1 ? Number(text) : undefined;
};

/**
 * Reads `Straße;von;bis;gerade/ungerade;Bezirk` (a first line whose last field is "Bezirk" is a header). Empty
 * "von"/"bis" mean the whole street or an open end; the parity is alle, gerade or ungerade.
 */
export function parseStreetCsv(text: string, knownDistricts: ReadonlySet<string>): WasteStreet[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const separator = (lines[0] ?? "").includes(";") ? ";" : ",";
  const streets = new Map<string, WasteStreet>();
  const errors: { path: string; message: string }[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    const row = fields(line, separator);
    if (index === 0 && /^(abfuhr)?bezirk$|^district$/i.test(row[4] ?? "")) return;
    const fail = (message: string) =>
      errors.length < MAX_ERRORS && errors.push({ path: `line ${index + 1}`, message });
    if (row.length !== 5) return fail("expected 5 fields: street; from; to; parity; district");
    const [name = "", fromText = "", toText = "", parityText = "", districtId = ""] = row;
    const from = numberOrNull(fromText);
    const to = numberOrNull(toText);
    const parity = PARITY_WORDS[parityText.toLowerCase()];
    if (name.length < 2 || name.length > 120) return fail("the street name must have 2 to 120 characters");
    if (from === undefined || to === undefined)
      return fail("house numbers must be whole numbers from 1 to 9999");
    if (from !== null && to !== null && from > to) return fail("the range ends before it starts");
    if (!parity) return fail("the parity must be alle, gerade or ungerade");
    if (!knownDistricts.has(districtId)) return fail(`no district "${districtId.slice(0, 64)}"`);
    const id = streetKey(name);
    const range: StreetRange = { from, to, parity, districtId };
    const street = streets.get(id);
    if (street) street.ranges.push(range);
    else streets.set(id, { id, name, ranges: [range] });
  });
  if (errors.length > 0) throw new ProblemError(400, "csv_invalid", undefined, errors);
  if (streets.size === 0) throw new ProblemError(400, "csv_invalid", "The file holds no street");
  return [...streets.values()].sort((a, b) => a.name.localeCompare(b.name, "de"));
}

/** Replaces the table: new and changed streets are written, streets no longer listed are deleted. */
export async function importStreets(db: Db, text: string): Promise<{ streets: number; ranges: number }> {
  const districts = new Set((await listDistricts(db)).map((d) => d.id));
  const streets = parseStreetCsv(text, districts);
  await replaceStreets(db, streets);
  return { streets: streets.length, ranges: streets.reduce((sum, s) => sum + s.ranges.length, 0) };
}

export async function replaceStreets(db: Db, streets: WasteStreet[]): Promise<void> {
  await inTransaction(db, async (trx) => {
    const keep = new Set(streets.map((s) => s.id));
    for (const row of await liveEntryRows(trx, WASTE_STREETS_COLLECTION)) {
      if (!keep.has(row.id)) await deleteEntry(trx, WASTE_STREETS_COLLECTION, row.id);
    }
    await upsertEntries(
      trx,
      WASTE_STREETS_COLLECTION,
      streets.map((street) => ({ id: street.id, data: street })),
    );
  });
}
