// The council's paper search on the server: papers whose title (or reference) holds every word
// first, then those whose documents do (the full-text index of files-store.ts), each with a short
// piece of the document's text.
import type { CouncilSearchHit } from "../../../src/lib/contract/council";
import type { Db } from "../../db/database";
import { councilId } from "./service";
import { fold } from "./fold";
import { papersByIds, papersWithTitleWords, queryWords, searchFileTexts } from "./files-store";

const LIMIT = 30;

const textOf = (value: unknown) => (typeof value === "string" ? value : null);

export async function searchCouncilPapers(db: Db, query: string): Promise<CouncilSearchHit[]> {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const folded = words.map(fold);
  const paperOf = ({ id, data }: { id: string; data: Record<string, unknown> }) => ({
    oparlId: id,
    name: textOf(data.name) ?? "",
    reference: textOf(data.reference),
    date: textOf(data.date),
    paperType: textOf(data.paperType),
  });

  const textHits = new Map<string, { snippet: string; rank: number }>();
  for (const hit of await searchFileTexts(db, words, LIMIT)) {
    if (!textHits.has(hit.paperId)) textHits.set(hit.paperId, hit);
  }
  // The title search runs in SQL over the folded titles (search_title); only the hits are read.
  const papers = (await papersWithTitleWords(db, folded)).map(paperOf);
  const documentPapers = (await papersByIds(db, [...textHits.keys()])).map(paperOf);
  const byId = new Map([...papers, ...documentPapers].map((paper) => [paper.oparlId, paper]));
  const phrase = folded.join(" ");
  const titleHits = papers.sort(
    (a, b) =>
      Number(fold(b.name).startsWith(phrase)) - Number(fold(a.name).startsWith(phrase)) ||
      (b.date ?? "").localeCompare(a.date ?? "") ||
      a.name.localeCompare(b.name, "de"),
  );
  const inTitle = new Set(titleHits.map((paper) => paper.oparlId));
  const documentHits = [...textHits.entries()]
    .filter(([paperId]) => !inTitle.has(paperId) && byId.has(paperId))
    .sort(([, a], [, b]) => b.rank - a.rank);

  const answer = (paper: (typeof papers)[number], match: "title" | "text"): CouncilSearchHit => ({
    id: councilId(paper.oparlId),
    name: paper.name,
    reference: paper.reference,
    date: paper.date,
    paperType: paper.paperType,
    match,
    snippet: textHits.get(paper.oparlId)?.snippet.replace(/\s+/g, " ").trim().slice(0, 300) || null,
  });
  return [
    ...titleHits.map((paper) => answer(paper, "title")),
    ...documentHits.map(([paperId]) => answer(byId.get(paperId)!, "text")),
  ].slice(0, LIMIT);
}
