// Citizens as the staff console finds and shows them.
import type { CitizenDetail, CitizenSummary } from "../../../src/lib/contract/account";
import type { Db } from "../../db/database";
import type { AccountTable } from "../../db/schema";
import { toSignedIn } from "../../http/session";
import { profileOf } from "../account/store";
import { searchCitizenRows } from "./store";

const SEARCH_MAX = 20;

export const citizenSummaryOf = (row: AccountTable): CitizenSummary => ({
  id: row.id,
  email: row.email,
  givenName: row.given_name,
  familyName: row.family_name,
  birthDate: row.birth_date,
  trustLevel: toSignedIn(row).trustLevel,
});

export const citizenDetailOf = (row: AccountTable): CitizenDetail => ({
  ...profileOf(row),
  createdAt: row.created_at,
});

export { findCitizen } from "./store";

/** Citizens matching the query (see searchCitizenRows), at most SEARCH_MAX. */
export async function searchCitizens(db: Db, q: string): Promise<CitizenSummary[]> {
  return (await searchCitizenRows(db, q, SEARCH_MAX)).map(citizenSummaryOf);
}
