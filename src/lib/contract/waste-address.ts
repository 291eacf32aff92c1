// The waste calendar's pieces a page needs without zod (the start page's overview): the bin types and
// which district a house number belongs to. src/lib/contract/waste.ts re-exports them with its schemas.

/** Residual waste (Restmüll), bio, paper, packaging (Gelber Sack / Wertstoff), bulky waste (Sperrmüll). */
export const BIN_TYPES = ["residual", "bio", "paper", "packaging", "bulky"] as const;
export type BinType = (typeof BIN_TYPES)[number];

/** A street's house-number ranges (the shape of `wasteStreetSchema`'s ranges). */
type StreetRanges = {
  ranges: readonly {
    from: number | null;
    to: number | null;
    parity: "all" | "odd" | "even";
    districtId: string;
  }[];
};

/** "12", "12a", "12 b": the number part decides the range. */
export function houseNumberValue(houseNumber: string): number | null {
  const match = /^\s*(\d{1,4})/.exec(houseNumber);
  return match?.[1] ? Number(match[1]) : null;
}

/** The district of a house number in a street: the first range that covers it. */
export function districtOf(street: StreetRanges, houseNumber: string): string | null {
  const number = houseNumberValue(houseNumber);
  for (const range of street.ranges) {
    const open = range.from === null && range.to === null && range.parity === "all";
    if (open) return range.districtId;
    if (number === null) continue;
    if (range.from !== null && number < range.from) continue;
    if (range.to !== null && number > range.to) continue;
    if (range.parity === "odd" && number % 2 === 0) continue;
    if (range.parity === "even" && number % 2 === 1) continue;
    return range.districtId;
  }
  return null;
}
