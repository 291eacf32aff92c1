// Meetings the council office enters where the council information system has no OParl yet
// (issue 21). They are stored as an import would store them, with ids in a namespace of their own
// (`urn:delmenhorst:meeting:<uuid>`, never an OParl URL) and `sample` 0: an OParl import neither
// deletes (its deletions name OParl URLs; the first import deletes sample rows only) nor overwrites
// them, and the feed, meeting page, ICS, calendar and streams take them unchanged. Imported meetings
// are the council information system's: the console refuses to change them (409).
import { randomUUID } from "node:crypto";
import type { StaffMeeting, StaffMeetingWrite } from "../../../src/lib/contract/council-staff-meetings";
import { type Db, inTransaction } from "../../db/database";
import type { SignedInAccount } from "../../http/env";
import { ProblemError } from "../../http/problem";
import type { OparlMeeting } from "../../integrations/oparl-normalize";
import { recordAudit } from "../../platform/audit/store";
import { alertCouncilItems, knownBefore, newCouncilItems } from "./alerts";
import { councilId, publishCouncil } from "./service";
import {
  STAFF_MEETING_PREFIX,
  staffMeetingRows,
  storedMeetingIds,
  storedOrganizations,
} from "./staff-meetings-store";
import type { CouncilWrite } from "./store";
import { writeCouncilChanges } from "./store";
import { findStreamOf } from "./streams-store";

const STAFF_AGENDA_PREFIX = "urn:delmenhorst:agenda:";

export const isStaffMeetingId = (storedId: string) => storedId.startsWith(STAFF_MEETING_PREFIX);

const invalid = (path: string, message: string) =>
  new ProblemError(400, "validation_failed", undefined, [{ path, message }]);

const none = { upserts: [], deletions: [] };
const meetingWrite = (meetings: CouncilWrite["meetings"]): CouncilWrite => ({
  organizations: none,
  persons: none,
  meetings,
  papers: none,
  memberships: none,
  locations: none,
});

type Row = Awaited<ReturnType<typeof staffMeetingRows>>[number];

function view({ meeting, agenda }: Row): StaffMeeting {
  return {
    id: councilId(meeting.id),
    name: meeting.name,
    organizationId: meeting.organizationIds[0] ? councilId(meeting.organizationIds[0]) : null,
    start: meeting.start ?? new Date(0).toISOString(),
    end: meeting.end ?? null,
    place: meeting.location?.description ?? "",
    cancelled: meeting.cancelled,
    agenda: agenda.map((item) => ({ id: councilId(item.id), number: item.number ?? null, name: item.name })),
  };
}

export async function staffMeetings(db: Db) {
  const organizations = await storedOrganizations(db);
  return {
    meetings: (await staffMeetingRows(db)).map(view),
    organizations: organizations
      .map((o) => ({ id: councilId(o.id), name: o.name }))
      .sort((a, b) => a.name.localeCompare(b.name, "de")),
  };
}

/** The stored id behind a public one: 404 when none, 409 when the meeting came from OParl. */
async function staffMeetingOf(db: Db, publicId: string): Promise<Row> {
  const storedId = (await storedMeetingIds(db)).find((id) => councilId(id) === publicId);
  if (!storedId) throw new ProblemError(404, "not_found");
  if (!isStaffMeetingId(storedId)) {
    throw new ProblemError(409, "conflict", "Imported from the council information system: change it there");
  }
  const [row] = await staffMeetingRows(db, storedId);
  if (!row) throw new ProblemError(404, "not_found");
  return row;
}

/** Creates (`id` undefined) or changes a staff-entered meeting; new meetings and agendas alert. */
export async function saveStaffMeeting(
  db: Db,
  actor: SignedInAccount,
  id: string | undefined,
  write: StaffMeetingWrite,
  now: Date,
): Promise<StaffMeeting> {
  if (write.end && Date.parse(write.end) < Date.parse(write.start))
    throw invalid("end", "ends before it starts");
  return inTransaction(db, async (trx) => {
    const existing = id ? await staffMeetingOf(trx, id) : undefined;
    let organizationIds: string[] = [];
    if (write.organizationId) {
      const organization = (await storedOrganizations(trx)).find(
        (o) => councilId(o.id) === write.organizationId,
      );
      if (!organization) throw invalid("organizationId", "no such committee");
      organizationIds = [organization.id];
    }
    const storedId = existing?.meeting.id ?? `${STAFF_MEETING_PREFIX}${randomUUID()}`;
    const before = existing?.agenda ?? [];
    const agendaItems = write.agenda.map((item, index) => {
      const kept = item.id ? before.find((old) => councilId(old.id) === item.id) : undefined;
      if (item.id && !kept) throw invalid(`agenda.${index}.id`, "no such agenda item of this meeting");
      return {
        id: kept?.id ?? `${STAFF_AGENDA_PREFIX}${randomUUID()}`,
        number: item.number || undefined,
        name: item.name,
        public: true,
        files: [],
      };
    });
    const meeting: OparlMeeting = {
      id: storedId,
      name: write.name,
      start: new Date(write.start).toISOString(),
      end: write.end ? new Date(write.end).toISOString() : undefined,
      cancelled: write.cancelled,
      organizationIds,
      location: write.place ? { id: `${storedId}#location`, description: write.place } : undefined,
      agendaItems,
      files: [],
    };
    const change = meetingWrite({ upserts: [meeting], deletions: [] });
    // As an incremental import: a new meeting, or a first agenda, alerts the followers.
    const known = await knownBefore(trx, change);
    await writeCouncilChanges(trx, change, false);
    await alertCouncilItems(trx, await newCouncilItems(trx, change, known), now);
    await publishCouncil(trx);
    await recordAudit(trx, {
      actor,
      action: existing ? "council.meeting-updated" : "council.meeting-created",
      subjectId: councilId(storedId),
    });
    const [saved] = await staffMeetingRows(trx, storedId);
    return view(saved!);
  });
}

/** Removes a staff-entered meeting (409 while a stream is attached: remove the stream first). */
export async function removeStaffMeeting(db: Db, actor: SignedInAccount, id: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const { meeting } = await staffMeetingOf(trx, id);
    if (await findStreamOf(trx, { kind: "meeting", id })) {
      throw new ProblemError(409, "conflict", "A stream is attached: remove it first");
    }
    await writeCouncilChanges(trx, meetingWrite({ upserts: [], deletions: [meeting.id] }), false);
    await publishCouncil(trx);
    await recordAudit(trx, { actor, action: "council.meeting-deleted", subjectId: id });
  });
}
