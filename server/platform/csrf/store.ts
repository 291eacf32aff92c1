// Platform (server/platform/): shared by several features, owned by none.
// SQL of the CSRF secret: written once by migration 0002, read by server/http/csrf.ts.
import type { Db } from "../../db/database";

export async function readCsrfSecret(db: Db): Promise<string> {
  const row = await db
    .selectFrom("meta")
    .select("value")
    .where("key", "=", "csrf_secret")
    .executeTakeFirstOrThrow();
  return row.value;
}
