// Frozen once shipped: never edit this migration; a change is a new migration.
import { type Kysely, type Migration, sql } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    // The council information system as imported by OParl (server/integrations/oparl.ts): each object
    // as the import normalised it (JSON in `data`), keyed by its OParl id (a URL), and the columns the
    // import joins on. Embedded lists (agenda items, files, consultations, a person's memberships) are
    // rows of their own, replaced whole when their parent changes. `sample` marks the seed's rows.
    const objectTable = (name: string) =>
      db.schema
        .createTable(name)
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("data", "text", (c) => c.notNull())
        .addColumn("sample", "integer", (c) => c.notNull().defaultTo(0));
    await objectTable("council_organizations").execute();
    await objectTable("council_persons").execute();
    await objectTable("council_papers").execute();
    await objectTable("council_locations").execute();
    await objectTable("council_meetings").addColumn("start", "text").execute();
    await objectTable("council_memberships")
      .addColumn("person_id", "text")
      .addColumn("organization_id", "text")
      .execute();
    await objectTable("council_agenda_items")
      .addColumn("meeting_id", "text", (c) => c.notNull())
      .addColumn("position", "integer", (c) => c.notNull())
      .execute();
    await objectTable("council_consultations")
      .addColumn("paper_id", "text", (c) => c.notNull())
      .addColumn("meeting_id", "text")
      .addColumn("agenda_item_id", "text")
      .execute();
    // A file may appear in several places (the OParl examples reuse one): keyed by where it appears.
    await db.schema
      .createTable("council_files")
      .addColumn("owner_id", "text", (c) => c.notNull())
      .addColumn("position", "integer", (c) => c.notNull())
      .addColumn("id", "text", (c) => c.notNull())
      .addColumn("data", "text", (c) => c.notNull())
      .addColumn("sample", "integer", (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint("council_files_pk", ["owner_id", "position"])
      .execute();
    await sql`create index council_memberships_person on council_memberships (person_id)`.execute(db);
    await sql`create index council_agenda_items_meeting on council_agenda_items (meeting_id)`.execute(db);
    await sql`create index council_consultations_paper on council_consultations (paper_id)`.execute(db);
    // The import's own state: the instant of the last good run (the next run's modified_since), its
    // time ("Stand") and the last failure.
    await db.schema
      .createTable("council_import")
      .addColumn("key", "text", (c) => c.primaryKey())
      .addColumn("value", "text", (c) => c.notNull())
      .execute();
  },
};
