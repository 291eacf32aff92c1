// The council's rules: an OParl import run (all at first, then what changed), the seed's sample
// content, and the public feed records built from what is stored (each record carries the names
// it shows, so the device renders a meeting, paper, committee or person offline from one record).
import { createHash } from "node:crypto";
import {
  COUNCIL_MEETINGS_COLLECTION,
  COUNCIL_ORGANIZATIONS_COLLECTION,
  COUNCIL_PAPERS_COLLECTION,
  COUNCIL_PERSONS_COLLECTION,
  type CouncilFile,
  type CouncilMeeting,
  type CouncilOrganization,
  type CouncilPaper,
  type CouncilPerson,
} from "../../../src/lib/contract/council";
import { type Db, inTransaction } from "../../db/database";
import type { OparlClient } from "../../integrations/oparl";
import type { OparlFile } from "../../integrations/oparl-normalize";
import { deleteEntry, liveEntryRows, upsertEntries } from "../../platform/sync/store";
import {
  type CouncilWrite,
  deleteSampleRows,
  readCouncil,
  readImportState,
  type StoredCouncil,
  writeCouncilChanges,
  writeImportState,
} from "./store";
import { deleteOrphanFileData } from "./files-store";
import { alertCouncilItems, knownBefore, newCouncilItems } from "./alerts";

/** Asked again on the next run: objects changed while a run was under way are not missed. */
const OVERLAP_MS = 10 * 60_000;

/** Our id of an OParl object: its URL hashed, short and safe in a path, the same on every import. */
export const councilId = (oparlId: string): string =>
  createHash("sha256").update(oparlId).digest("base64url").slice(0, 22);

export type ImportOutcome = {
  full: boolean;
  upserts: number;
  deletions: number;
  unavailable: string[];
};

/**
 * One import run: everything the first time, then what changed since the last good run (with an
 * overlap). Nothing is stored unless every list was read; the first real import replaces the sample.
 */
export async function runCouncilImport(
  db: Db,
  client: OparlClient,
  systemUrl: string,
  now: Date,
): Promise<ImportOutcome> {
  const state = await readImportState(db);
  const since = state.get("system") === systemUrl ? state.get("since") : undefined;
  try {
    const changes = await client.readChanges(systemUrl, since);
    const lists = [
      changes.organizations,
      changes.persons,
      changes.meetings,
      changes.papers,
      changes.memberships,
      changes.locations,
    ];
    await inTransaction(db, async (trx) => {
      if (!since) await deleteSampleRows(trx);
      // Alerts only from an incremental run: a first import brings everything at once.
      const known = since ? await knownBefore(trx, changes) : undefined;
      await writeCouncilChanges(trx, changes, false);
      if (known) await alertCouncilItems(trx, await newCouncilItems(trx, changes, known), now);
      await deleteOrphanFileData(trx);
      await writeImportState(trx, {
        system: systemUrl,
        since: new Date(now.getTime() - OVERLAP_MS).toISOString(),
        succeededAt: now.toISOString(),
      });
      await publishCouncil(trx);
    });
    return {
      full: !since,
      upserts: lists.reduce((sum, list) => sum + list.upserts.length, 0),
      deletions: lists.reduce((sum, list) => sum + list.deletions.length, 0),
      unavailable: changes.unavailable,
    };
  } catch (error) {
    await writeImportState(db, {
      failedAt: now.toISOString(),
      failure: error instanceof Error ? error.message.slice(0, 300) : String(error).slice(0, 300),
    });
    throw error;
  }
}

/** The instant of the last good import ("Stand"), or undefined before the first. */
export async function councilImportedAt(db: Db): Promise<string | undefined> {
  return (await readImportState(db)).get("succeededAt");
}

/** Stores changes as the import would (the seed's sample content) and publishes them. */
export async function writeCouncil(db: Db, write: CouncilWrite, sample: boolean): Promise<void> {
  await inTransaction(db, async (trx) => {
    await writeCouncilChanges(trx, write, sample);
    await publishCouncil(trx);
  });
}

const fileOf = (file: OparlFile): CouncilFile | undefined =>
  file.accessUrl
    ? {
        id: councilId(file.id),
        name: file.name,
        mimeType: file.mimeType ?? null,
        size: file.size ?? null,
        url: file.accessUrl,
      }
    : undefined;

/** The rows of a list by a key, each group in the list's order. */
function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Builds every feed record from the stored objects. */
export function buildCouncilRecords(stored: StoredCouncil) {
  const filesOf = new Map<string, CouncilFile[]>();
  for (const { ownerId, file } of stored.files) {
    const shown = fileOf(file);
    if (shown) filesOf.set(ownerId, [...(filesOf.get(ownerId) ?? []), shown]);
  }
  const organizationName = new Map(stored.organizations.map((o) => [o.id, o.shortName ?? o.name]));
  const personName = new Map(stored.persons.map((p) => [p.id, p.name]));
  const meetingById = new Map(stored.meetings.map((m) => [m.id, m]));
  const organizationRefs = (ids: string[]) =>
    ids.flatMap((id) => {
      const name = organizationName.get(id);
      return name === undefined ? [] : [{ id: councilId(id), name }];
    });
  const consultationOf = new Map(stored.consultations.map((c) => [c.consultation.id, c]));
  const paperReference = new Map(stored.papers.map((p) => [p.id, p.reference ?? null]));
  const agendaItemResult = new Map(stored.agendaItems.map(({ item }) => [item.id, item.result ?? null]));
  // Lists by their parent, read once (filtering them per meeting and paper was quadratic: seconds
  // for 1,000 meetings with 15,000 agenda items).
  const agendaOf = groupBy(stored.agendaItems, (row) => row.meetingId);
  const consultationsOf = groupBy(stored.consultations, (row) => row.paperId);

  const meetings: CouncilMeeting[] = stored.meetings.map((meeting) => ({
    id: councilId(meeting.id),
    name: meeting.name,
    start: meeting.start ?? null,
    end: meeting.end ?? null,
    cancelled: meeting.cancelled,
    organizations: organizationRefs(meeting.organizationIds),
    location: meeting.location?.description ?? null,
    agenda: (agendaOf.get(meeting.id) ?? []).map(({ item }) => {
      // The non-public part: its titles may name persons and deals, so only its number is kept.
      const paperId = item.consultationId ? consultationOf.get(item.consultationId)?.paperId : undefined;
      return {
        id: councilId(item.id),
        number: item.number ?? null,
        name: item.public ? item.name : "",
        public: item.public,
        result: item.public ? (item.result ?? null) : null,
        resolutionText: item.public ? (item.resolutionText ?? null) : null,
        paperId: item.public && paperId ? councilId(paperId) : null,
        paperReference: item.public && paperId ? (paperReference.get(paperId) ?? null) : null,
        files: item.public ? (filesOf.get(item.id) ?? []) : [],
      };
    }),
    files: filesOf.get(meeting.id) ?? [],
    sample: meeting.sample,
  }));

  const papers: CouncilPaper[] = stored.papers.map((paper) => ({
    id: councilId(paper.id),
    name: paper.name,
    reference: paper.reference ?? null,
    date: paper.date ?? null,
    paperType: paper.paperType ?? null,
    consultations: (consultationsOf.get(paper.id) ?? []).map(({ consultation }) => {
      const meeting = consultation.meetingId ? meetingById.get(consultation.meetingId) : undefined;
      return {
        meetingId: meeting ? councilId(meeting.id) : null,
        meetingName: meeting?.name ?? null,
        meetingStart: meeting?.start ?? null,
        organizations: organizationRefs(consultation.organizationIds),
        role: consultation.role ?? null,
        authoritative: consultation.authoritative,
        result: consultation.agendaItemId ? (agendaItemResult.get(consultation.agendaItemId) ?? null) : null,
      };
    }),
    files: filesOf.get(paper.id) ?? [],
    // Only places with coordinates: the map shows them, and an area alert matches them.
    locations: (paper.locations ?? []).flatMap((l) =>
      l.lat !== undefined && l.lon !== undefined
        ? [{ lat: l.lat, lon: l.lon, description: l.description ?? null }]
        : [],
    ),
    sample: paper.sample,
  }));

  const membership = (m: StoredCouncil["memberships"][number]) => ({
    role: m.role ?? null,
    votingRight: m.votingRight ?? null,
    startDate: m.startDate ?? null,
    endDate: m.endDate ?? null,
  });
  const byStart = <T extends { startDate: string | null }>(a: T, b: T) =>
    (b.startDate ?? "").localeCompare(a.startDate ?? "");

  const legislativeTerms = stored.legislativeTerms
    .map((term) => ({ name: term.name, startDate: term.startDate ?? null, endDate: term.endDate ?? null }))
    .sort((a, b) => (a.startDate ?? "").localeCompare(b.startDate ?? ""));

  const organizations: CouncilOrganization[] = stored.organizations.map((organization) => ({
    id: councilId(organization.id),
    name: organization.name,
    shortName: organization.shortName ?? null,
    classification: organization.classification ?? null,
    members: stored.memberships
      .filter((m) => m.organizationId === organization.id && m.personId && personName.has(m.personId))
      .map((m) => ({
        ...membership(m),
        personId: councilId(m.personId!),
        name: personName.get(m.personId!)!,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, "de")),
    legislativeTerms,
    sample: organization.sample,
  }));

  const persons: CouncilPerson[] = stored.persons.map((person) => ({
    id: councilId(person.id),
    name: person.name,
    memberships: stored.memberships
      .filter((m) => m.personId === person.id && m.organizationId && organizationName.has(m.organizationId))
      .map((m) => ({
        ...membership(m),
        organizationId: councilId(m.organizationId!),
        organizationName: organizationName.get(m.organizationId!)!,
      }))
      .sort(byStart),
    sample: person.sample,
  }));

  return { meetings, papers, organizations, persons };
}

/** Brings the public feed in step with the tables: new and changed records, tombstones for the gone. */
export async function publishCouncil(db: Db): Promise<void> {
  const records = buildCouncilRecords(await readCouncil(db));
  const collections: [string, { id: string }[]][] = [
    [COUNCIL_MEETINGS_COLLECTION, records.meetings],
    [COUNCIL_PAPERS_COLLECTION, records.papers],
    [COUNCIL_ORGANIZATIONS_COLLECTION, records.organizations],
    [COUNCIL_PERSONS_COLLECTION, records.persons],
  ];
  for (const [collection, list] of collections) {
    await upsertEntries(
      db,
      collection,
      list.map((record) => ({ id: record.id, data: record })),
    );
    const kept = new Set(list.map((record) => record.id));
    for (const row of await liveEntryRows(db, collection)) {
      if (!kept.has(row.id)) await deleteEntry(db, collection, row.id);
    }
  }
}
