// Result rows: the table printed at the end and bench/results.json, which other features add rows to.
import { readFile, writeFile } from "node:fs/promises";

/** Whether a smaller value (sizes, times) or a larger one (scores) is the better one. */
export type Better = "lower" | "higher";

/** A measured value; null when the measurement failed (the error is printed where it happened). */
export type Row = { name: string; value: number | null; unit: string; target: number; better: Better };

/** What results.json holds per row. `better` stays out: the file's format is fixed. */
type StoredRow = { name: string; value: number | null; unit: string; target: number };

export function meetsTarget(row: Row): boolean | null {
  if (row.value === null) return null;
  return row.better === "lower" ? row.value <= row.target : row.value >= row.target;
}

export function printTable(rows: Row[]): void {
  const header = ["name", "value", "unit", "target", "ok?"];
  const cells = rows.map((row) => {
    const ok = meetsTarget(row);
    return [
      row.name,
      row.value === null ? "null" : String(row.value),
      row.unit,
      `${row.better === "lower" ? "<=" : ">="} ${row.target}`,
      ok === null ? "FAILED" : ok ? "yes" : "NO",
    ];
  });
  printAligned([header, ...cells], [false, true, false, true, false]);
}

/** Prints rows of cells (the first is the header) as a markdown table; `rightAlign` per column. */
export function printAligned(lines: string[][], rightAlign: boolean[] = []): void {
  const [header = [], ...body] = lines;
  const widths = header.map((_, col) => Math.max(...lines.map((line) => (line[col] ?? "").length)));
  const format = (line: string[]) => {
    const cells = widths.map((width, col) => {
      const cell = line[col] ?? "";
      return rightAlign[col] ? cell.padStart(width) : cell.padEnd(width);
    });
    return `| ${cells.join(" | ")} |`;
  };
  const rule = widths.map((width, col) =>
    rightAlign[col] ? `${"-".repeat(width + 1)}:` : "-".repeat(width + 2),
  );
  console.log(format(header));
  console.log(`|${rule.join("|")}|`);
  for (const line of body) console.log(format(line));
}

/**
 * Writes the rows to `file`, keeping rows of other benchmarks that are already there: rows with a
 * name this script produces are replaced in place, new ones are appended.
 */
export async function writeResults(file: string, rows: Row[]): Promise<void> {
  const fresh: StoredRow[] = rows.map(({ name, value, unit, target }) => ({ name, value, unit, target }));
  const byName = new Map(fresh.map((row) => [row.name, row]));
  const merged: StoredRow[] = [];
  for (const old of await readExisting(file)) {
    const replacement = byName.get(old.name);
    merged.push(replacement ?? old);
    byName.delete(old.name);
  }
  merged.push(...byName.values());
  await writeFile(file, JSON.stringify(merged, null, 2) + "\n");
}

async function readExisting(file: string): Promise<StoredRow[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return []; // first run
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed) && parsed.every(isStoredRow)) return parsed;
  } catch {
    // reported below
  }
  console.warn(`warning: ${file} is not an array of result rows; it is rewritten with this run's rows only`);
  return [];
}

function isStoredRow(value: unknown): value is StoredRow {
  if (typeof value !== "object" || value === null) return false;
  const row = value as Record<string, unknown>;
  return (
    typeof row.name === "string" &&
    (typeof row.value === "number" || row.value === null) &&
    typeof row.unit === "string" &&
    typeof row.target === "number"
  );
}
