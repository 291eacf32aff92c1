// The council tables: objects as the OParl import normalised them, embedded lists as rows of their
// own (replaced whole with their parent), and the import's state.
import { createHash } from "node:crypto";
import type { Db } from "../../db/database";
import type {
  OparlFile,
  OparlLegislativeTerm,
  OparlLocation,
  OparlMeeting,
  OparlMembership,
  OparlOrganization,
  OparlPaper,
  OparlPerson,
} from "../../integrations/oparl-normalize";
import { paperSearchTitle } from "./fold";

/** What one write brings: whole objects to store and OParl ids to remove, per list. */
export type CouncilWrite = {
  organizations: { upserts: OparlOrganization[]; deletions: string[] };
  persons: { upserts: OparlPerson[]; deletions: string[] };
  meetings: { upserts: OparlMeeting[]; deletions: string[] };
  papers: { upserts: OparlPaper[]; deletions: string[] };
  memberships: { upserts: OparlMembership[]; deletions: string[] };
  locations: { upserts: OparlLocation[]; deletions: string[] };
  /** Every legislative term, replacing the stored ones; undefined (or absent) keeps them. */
  legislativeTerms?: OparlLegislativeTerm[] | undefined;
};

const json = JSON.stringify;

/** Our id of a file: the OParl id hashed as every council id (service.ts councilId). */
const fileKey = (oparlId: string) => createHash("sha256").update(oparlId).digest("base64url").slice(0, 22);

async function replaceFiles(db: Db, ownerId: string, files: OparlFile[], sample: number) {
  await db.deleteFrom("council_files").where("owner_id", "=", ownerId).execute();
  for (const [position, file] of files.entries()) {
    await db
      .insertInto("council_files")
      .values({
        owner_id: ownerId,
        position,
        id: file.id,
        file_key: fileKey(file.id),
        data: json(file),
        sample,
      })
      .execute();
  }
}

async function upsertObject(
  db: Db,
  table: "council_organizations" | "council_persons" | "council_locations" | "council_legislative_terms",
  id: string,
  data: unknown,
  sample: number,
) {
  await db
    .insertInto(table)
    .values({ id, data: json(data), sample })
    .onConflict((oc) => oc.column("id").doUpdateSet({ data: json(data), sample }))
    .execute();
}

/** A paper with its folded title for the title search (fold.ts). */
async function upsertPaper(
  db: Db,
  paper: { id: string; name?: unknown; reference?: unknown },
  sample: number,
) {
  const row = { data: json(paper), sample, search_title: paperSearchTitle(paper) };
  await db
    .insertInto("council_papers")
    .values({ id: paper.id, ...row })
    .onConflict((oc) => oc.column("id").doUpdateSet(row))
    .execute();
}

async function removeMeeting(db: Db, id: string) {
  const items = await db
    .selectFrom("council_agenda_items")
    .select("id")
    .where("meeting_id", "=", id)
    .execute();
  for (const item of items) await db.deleteFrom("council_files").where("owner_id", "=", item.id).execute();
  await db.deleteFrom("council_agenda_items").where("meeting_id", "=", id).execute();
  await db.deleteFrom("council_files").where("owner_id", "=", id).execute();
  await db.deleteFrom("council_meetings").where("id", "=", id).execute();
}

async function removePaper(db: Db, id: string) {
  await db.deleteFrom("council_consultations").where("paper_id", "=", id).execute();
  await db.deleteFrom("council_files").where("owner_id", "=", id).execute();
  await db.deleteFrom("council_papers").where("id", "=", id).execute();
}

async function upsertMembership(db: Db, membership: OparlMembership, sample: number) {
  const row = {
    person_id: membership.personId ?? null,
    organization_id: membership.organizationId ?? null,
    data: json(membership),
    sample,
  };
  await db
    .insertInto("council_memberships")
    .values({ id: membership.id, ...row })
    .onConflict((oc) => oc.column("id").doUpdateSet(row))
    .execute();
}

/** Applies one import's changes; call inside a transaction so a failure leaves the last good state. */
export async function writeCouncilChanges(db: Db, write: CouncilWrite, sample: boolean): Promise<void> {
  const s = sample ? 1 : 0;
  for (const id of write.organizations.deletions) {
    await db.deleteFrom("council_organizations").where("id", "=", id).execute();
  }
  for (const organization of write.organizations.upserts) {
    await upsertObject(db, "council_organizations", organization.id, organization, s);
  }
  if (write.legislativeTerms) {
    await db.deleteFrom("council_legislative_terms").execute();
    for (const term of write.legislativeTerms) {
      await upsertObject(db, "council_legislative_terms", term.id, term, s);
    }
  }
  for (const id of write.persons.deletions) {
    await db.deleteFrom("council_memberships").where("person_id", "=", id).execute();
    await db.deleteFrom("council_persons").where("id", "=", id).execute();
  }
  for (const { memberships, ...person } of write.persons.upserts) {
    await upsertObject(db, "council_persons", person.id, person, s);
    // A person's embedded memberships are the whole list: those it no longer names go.
    await db.deleteFrom("council_memberships").where("person_id", "=", person.id).execute();
    for (const membership of memberships) await upsertMembership(db, membership, s);
  }
  for (const id of write.memberships.deletions) {
    await db.deleteFrom("council_memberships").where("id", "=", id).execute();
  }
  for (const membership of write.memberships.upserts) await upsertMembership(db, membership, s);
  for (const id of write.locations.deletions) {
    await db.deleteFrom("council_locations").where("id", "=", id).execute();
  }
  for (const location of write.locations.upserts) {
    await upsertObject(db, "council_locations", location.id, location, s);
  }
  for (const id of write.meetings.deletions) await removeMeeting(db, id);
  for (const { agendaItems, files, ...meeting } of write.meetings.upserts) {
    await removeMeeting(db, meeting.id);
    await db
      .insertInto("council_meetings")
      .values({ id: meeting.id, start: meeting.start ?? null, data: json(meeting), sample: s })
      .execute();
    await replaceFiles(db, meeting.id, files, s);
    for (const [position, { files: itemFiles, ...item }] of agendaItems.entries()) {
      const row = { meeting_id: meeting.id, position, data: json(item), sample: s };
      await db
        .insertInto("council_agenda_items")
        .values({ id: item.id, ...row })
        .onConflict((oc) => oc.column("id").doUpdateSet(row))
        .execute();
      await replaceFiles(db, item.id, itemFiles, s);
    }
  }
  for (const id of write.papers.deletions) await removePaper(db, id);
  for (const { consultations, files, ...paper } of write.papers.upserts) {
    await removePaper(db, paper.id);
    await upsertPaper(db, paper, s);
    await replaceFiles(db, paper.id, files, s);
    for (const consultation of consultations) {
      const row = {
        paper_id: paper.id,
        meeting_id: consultation.meetingId ?? null,
        agenda_item_id: consultation.agendaItemId ?? null,
        data: json(consultation),
        sample: s,
      };
      await db
        .insertInto("council_consultations")
        .values({ id: consultation.id, ...row })
        .onConflict((oc) => oc.column("id").doUpdateSet(row))
        .execute();
    }
  }
}

const COUNCIL_TABLES = [
  "council_organizations",
  "council_persons",
  "council_papers",
  "council_locations",
  "council_meetings",
  "council_memberships",
  "council_agenda_items",
  "council_consultations",
  "council_files",
  "council_legislative_terms",
] as const;

/** The seed's rows leave when the first real import arrives. */
export async function deleteSampleRows(db: Db): Promise<void> {
  for (const table of COUNCIL_TABLES) await db.deleteFrom(table).where("sample", "=", 1).execute();
}

/** Everything stored, parsed: what the feed's records are built from. */
export async function readCouncil(db: Db) {
  const parse = <T>(rows: { data: string }[]): T[] => rows.map((row) => JSON.parse(row.data) as T);
  const [organizations, persons, papers, meetings, memberships, agendaItems, consultations, files, terms] =
    await Promise.all([
      db.selectFrom("council_organizations").select(["data", "sample"]).orderBy("id").execute(),
      db.selectFrom("council_persons").select(["data", "sample"]).orderBy("id").execute(),
      db.selectFrom("council_papers").select(["data", "sample"]).orderBy("id").execute(),
      db.selectFrom("council_meetings").select(["data", "sample"]).orderBy("start").orderBy("id").execute(),
      db.selectFrom("council_memberships").select("data").orderBy("id").execute(),
      db
        .selectFrom("council_agenda_items")
        .select(["data", "meeting_id"])
        .orderBy("meeting_id")
        .orderBy("position")
        .execute(),
      db.selectFrom("council_consultations").select(["data", "paper_id"]).orderBy("id").execute(),
      db
        .selectFrom("council_files")
        .select(["data", "owner_id"])
        .orderBy("owner_id")
        .orderBy("position")
        .execute(),
      db.selectFrom("council_legislative_terms").select("data").orderBy("id").execute(),
    ]);
  const withSample = <T>(rows: { data: string; sample: number }[]) =>
    rows.map((row) => ({ ...(JSON.parse(row.data) as T), sample: row.sample === 1 }));
  return {
    organizations: withSample<Omit<OparlOrganization, "sample">>(organizations),
    persons: withSample<Omit<OparlPerson, "memberships">>(persons),
    papers: withSample<Omit<OparlPaper, "consultations" | "files">>(papers),
    meetings: withSample<Omit<OparlMeeting, "agendaItems" | "files">>(meetings),
    memberships: parse<OparlMembership>(memberships),
    agendaItems: agendaItems.map((row) => ({
      meetingId: row.meeting_id,
      item: JSON.parse(row.data) as Omit<OparlMeeting["agendaItems"][number], "files">,
    })),
    consultations: consultations.map((row) => ({
      paperId: row.paper_id,
      consultation: JSON.parse(row.data) as OparlPaper["consultations"][number],
    })),
    files: files.map((row) => ({ ownerId: row.owner_id, file: JSON.parse(row.data) as OparlFile })),
    legislativeTerms: parse<OparlLegislativeTerm>(terms),
  };
}
export type StoredCouncil = Awaited<ReturnType<typeof readCouncil>>;

export async function readImportState(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom("council_import").selectAll().execute();
  return new Map(rows.map((row) => [row.key, row.value]));
}

export async function writeImportState(db: Db, values: Record<string, string>): Promise<void> {
  for (const [key, value] of Object.entries(values)) {
    await db
      .insertInto("council_import")
      .values({ key, value })
      .onConflict((oc) => oc.column("key").doUpdateSet({ value }))
      .execute();
  }
}
