// The next collection day of each bin from today (Delmenhorst's calendar day) on.
import { BIN_TYPES, type BinType, type CollectionDay } from "../../lib/contract/waste";

export function nextDayPerBin(
  days: readonly CollectionDay[],
  today: string,
): { bin: BinType; date: string }[] {
  const found = new Map<BinType, string>();
  for (const day of days) {
    if (day.date < today) continue;
    for (const bin of day.bins) if (!found.has(bin)) found.set(bin, day.date);
  }
  return BIN_TYPES.flatMap((bin) => {
    const date = found.get(bin);
    return date ? [{ bin, date }] : [];
  }).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The coming days in order, for the list under the summary. */
export const comingDays = (days: readonly CollectionDay[], today: string, count: number) =>
  days.filter((day) => day.date >= today).slice(0, count);
