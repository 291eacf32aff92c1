// The SQL of the staff console: citizens as staff find them, and staff and admin accounts.
import { type Expression, sql } from "kysely";
import type { Db } from "../../db/database";

/** A citizen's account; undefined for unknown ids and for staff and admin accounts. */
export const findCitizen = (db: Db, id: string) =>
  db.selectFrom("accounts").selectAll().where("id", "=", id).where("role", "=", "citizen").executeTakeFirst();

/** `%` and `_` in the query are meant literally. */
const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/**
 * Case-insensitive substring match on email, given name, family name and "given family".
 * lower() folds ASCII only in SQLite; PostgreSQL folds umlauts too.
 */
export function searchCitizenRows(db: Db, q: string, limit: number) {
  const pattern = likePattern(q);
  const matches = (column: Expression<unknown>) => sql<boolean>`lower(${column}) like ${pattern} escape '\\'`;
  return db
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
    .limit(limit)
    .execute();
}

export const listStaffAccounts = (db: Db) =>
  db
    .selectFrom("accounts")
    .selectAll()
    .where("role", "in", ["staff", "admin"])
    .orderBy("family_name")
    .orderBy("given_name")
    .orderBy("id")
    .execute();

/** A staff or admin account; undefined for unknown ids and for citizens. */
export const findStaffAccount = (db: Db, id: string) =>
  db
    .selectFrom("accounts")
    .selectAll()
    .where("id", "=", id)
    .where("role", "in", ["staff", "admin"])
    .executeTakeFirst();
