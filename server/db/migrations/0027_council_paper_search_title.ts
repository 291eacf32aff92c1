// Frozen once shipped: never edit this migration; a change is a new migration.
import { type Kysely, type Migration, sql } from "kysely";

// As server/features/council/fold.ts folds today (copied: a migration must not change with the code).
const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/ß/g, "ss");
const textOf = (value: unknown) => (typeof value === "string" ? value : "");

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    // A paper's name and reference folded (lower case, no accents, ß as ss), so the title search
    // matches in SQL instead of reading and folding every paper's JSON on each query.
    await db.schema.alterTable("council_papers").addColumn("search_title", "text").execute();
    const rows = await sql<{ id: string; data: string }>`select id, data from council_papers`.execute(db);
    for (const { id, data } of rows.rows) {
      const paper = JSON.parse(data) as { name?: unknown; reference?: unknown };
      const title = fold(`${textOf(paper.name)} ${textOf(paper.reference)}`);
      await sql`update council_papers set search_title = ${title} where id = ${id}`.execute(db);
    }
  },
};
