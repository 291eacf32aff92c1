// One line under a paper's title in lists: "BV 2026/0142 · Beschlussvorlage · 20. Oktober 2026".
import { formatDay } from "../../lib/date-format";

type PaperFacts = { reference: string | null; paperType: string | null; date: string | null };

export const paperLine = (paper: PaperFacts): string =>
  [paper.reference, paper.paperType, paper.date ? formatDay(paper.date) : null].filter(Boolean).join(" · ");
