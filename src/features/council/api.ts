// The council's online-only reads (everything else comes from the device's tables, data.ts).
import { getJson, query } from "../../lib/api";
import type { CouncilSearchHit } from "../../lib/contract/council";

/** GET /api/council/search: papers whose title or documents hold every word (the server reads the PDFs). */
export async function searchCouncilDocuments(q: string): Promise<CouncilSearchHit[]> {
  // The schema only when searching online: the page itself works without zod.
  const { councilSearchAnswerSchema } = await import("../../lib/contract/council");
  return (await getJson(`/api/council/search?${query({ q })}`, councilSearchAnswerSchema)).hits;
}
