// Migration 0023 gives council files stored before it their id (the OParl id hashed, as the import
// now writes it), so their records and GET /api/council/files/{id} agree after an upgrade.
import SQLite from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect, sql } from "kysely";
import { expect, it } from "vitest";
import { councilId } from "../../features/council/service";
import { migrations } from "./index";

it("fills the file id of council files stored before it", async () => {
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new SQLite(":memory:") }) });
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  expect((await migrator.migrateTo("0022_defect_reports")).error).toBeUndefined();
  for (const [owner, position, id] of [
    ["paper-1", 0, "https://ris.test/files/1"],
    ["paper-2", 0, "https://ris.test/files/1"],
    ["paper-2", 1, "https://ris.test/files/2"],
  ] as const) {
    await sql`insert into council_files (owner_id, position, id, data, sample)
      values (${owner}, ${position}, ${id}, '{}', 0)`.execute(db);
  }
  expect((await migrator.migrateTo("0023_council_file_texts")).error).toBeUndefined();
  const rows = await sql<{ id: string; file_key: string }>`
    select id, file_key from council_files order by owner_id, position`.execute(db);
  expect(rows.rows.map((row) => row.file_key)).toEqual(rows.rows.map((row) => councilId(row.id)));
  await db.destroy();
});
