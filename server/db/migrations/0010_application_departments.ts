// Frozen once shipped: never edit this migration; a change is a new migration.
import { type Kysely, type Migration, sql } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    // Dog registrations go to the Steueramt and trade registrations to the Ordnungsamt, the offices the
    // services guide names. Open ones lose their claim: the clerk of the old department no longer sees them.
    for (const [type, department] of [
      ["hundeanmeldung", "steueramt"],
      ["gewerbeanmeldung", "ordnungsamt"],
    ] as const) {
      await sql`update applications set department = ${department} where type = ${type}`.execute(db);
      await sql`update applications set claimed_by = null
          where type = ${type} and status <> 'decided'`.execute(db);
    }
  },
};
