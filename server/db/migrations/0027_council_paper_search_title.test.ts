// Migration 0027 folds the titles of papers stored before it, as the import now writes them, so the
// title search (which reads only search_title) finds them after an upgrade.
import SQLite from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect, sql } from "kysely";
import { expect, it } from "vitest";
import { paperSearchTitle } from "../../features/council/fold";
import { migrations } from "./index";

it("folds the titles of papers stored before it", async () => {
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new SQLite(":memory:") }) });
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  expect((await migrator.migrateTo("0026_council_alerts")).error).toBeUndefined();
  const papers = [
    { id: "paper-1", name: "Spielplätze an der Straße", reference: "DS 12/2026" },
    { id: "paper-2", name: "Haushalt", reference: null },
    { id: "paper-3" },
  ];
  for (const paper of papers) {
    await sql`insert into council_papers (id, data, sample) values (${paper.id}, ${JSON.stringify(paper)}, 0)`.execute(
      db,
    );
  }
  expect((await migrator.migrateTo("0027_council_paper_search_title")).error).toBeUndefined();
  const rows = await sql<{ id: string; search_title: string }>`
    select id, search_title from council_papers order by id`.execute(db);
  expect(rows.rows.map((row) => row.search_title)).toEqual(papers.map(paperSearchTitle));
  expect(rows.rows[0]?.search_title).toBe("spielplatze an der strasse ds 12/2026");
  await db.destroy();
});
