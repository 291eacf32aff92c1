// The server names a wrong line of the street CSV as `line N` with an English reason
// (server/features/waste/streets.ts); the console says it in its own words.
import type { ProblemFault } from "../../../lib/http";

const REASONS: [RegExp, string][] = [
  [/^expected 5 fields/, "fields"],
  [/^the street name/, "name"],
  [/^house numbers/, "number"],
  [/^the range ends/, "range"],
  [/^the parity/, "parity"],
  [/^no district "(.*)"$/, "district"],
];

export function lineFault(fault: ProblemFault): { key: string; values: Record<string, string> } {
  const line = /^line (\d+)$/.exec(fault.path)?.[1] ?? fault.path;
  for (const [pattern, reason] of REASONS) {
    const match = pattern.exec(fault.message);
    if (match)
      return { key: `staff.waste.streets.faults.${reason}`, values: { line, district: match[1] ?? "" } };
  }
  return { key: "staff.waste.streets.faults.other", values: { line, district: "" } };
}
