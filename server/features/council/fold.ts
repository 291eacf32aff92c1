// How the council's title search compares words: lower case without accents, ß as ss, so
// "Spielplätze" and "spielplatze" are the same word. Migration 0027 folds stored titles the same way.

export const fold = (text: string) =>
  text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/ß/g, "ss");

const textOf = (value: unknown) => (typeof value === "string" ? value : "");

/** council_papers.search_title: the paper's name and reference, folded. */
export const paperSearchTitle = (paper: { name?: unknown; reference?: unknown }) =>
  fold(`${textOf(paper.name)} ${textOf(paper.reference)}`);
