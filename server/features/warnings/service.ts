// The rules behind /api/warnings: the ingest's health, a warning's history, the city's notices.
import type { Db } from "../../db/database";
import { ProblemError } from "../../http/problem";
import { warningHistory } from "./store";

export { endCityNotice, publishCityNotice } from "./notices";
export { regionsStatus } from "./regions";

/** Every state of a warning, oldest first; a warning never stored is "not found". */
export async function warningHistoryOf(db: Db, id: string) {
  const states = await warningHistory(db, id);
  if (states.length === 0) throw new ProblemError(404, "not_found");
  return states;
}
