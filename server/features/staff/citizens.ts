// Citizens as the staff console finds and shows them.
import { type Expression, sql } from "kysely";
import type { CitizenDetail, CitizenSummary } from "../../../src/lib/contract/account";
import type { Db } from "../../db/database";
import type { AccountTable } from "../../db/schema";
import { toSignedIn } from "../../http/session";
import { profileOf } from "../account/store";

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

/** A citizen's account; undefined for unknown ids and for staff and admin accounts. */
export const findCitizen = (db: Db, id: string) =>
  db.selectFrom("accounts").selectAll().where("id", "=", id).where("role", "=", "citizen").executeTakeFirst();

/** `%` and `_` in the query are meant literally. */
const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/**
 * Case-insensitive substring match on email, given name, family name and "given family".
 * lower() folds ASCII only in SQLite; PostgreSQL folds umlauts too.
 */
export async function searchCitizens(db: Db, q: string): Promise<CitizenSummary[]> {
  const pattern = likePattern(q);
  const matches = (column: Expression<unknown>) => sql<boolean>`lower(${column}) like ${pattern} escape '\\'`;
  const rows = await db
    .selectFrom("accounts")
    .selectAll()
    .where("role", "=", "citizen")
    .where((eb) =>
      eb.or([
        matches(sql.ref("email")),
        matches(sql.ref("given_name")),
        matches(sql.ref("family_name")),
        matches(sql`${sql.ref("given_name")} || ' ' || ${sql.ref("family_name")}`),
      ]),
    )
    .orderBy("family_name")
    .orderBy("given_name")
    .orderBy("id")
    .limit(SEARCH_MAX)
    .execute();
  return rows.map(citizenSummaryOf);
}
