// The Slavic "few" form (Russian, Ukrainian, Polish): 2–4, 22–24 … but not 12–14 (CLDR plural rules).
export const fewForm = (count: number): boolean =>
  count % 10 >= 2 && count % 10 <= 4 && !(count % 100 >= 12 && count % 100 <= 14);
