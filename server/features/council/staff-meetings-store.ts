// The SQL of staff-entered meetings: they live in council_meetings / council_agenda_items with ids
// of their own namespace (staff-meetings.ts), written through store.ts writeCouncilChanges.
import type { Db } from "../../db/database";
import type { OparlMeeting, OparlOrganization } from "../../integrations/oparl-normalize";

export const STAFF_MEETING_PREFIX = "urn:delmenhorst:meeting:";

/** Every stored meeting id (imported and staff-entered): a public id is found among them. */
export async function storedMeetingIds(db: Db): Promise<string[]> {
  return (await db.selectFrom("council_meetings").select("id").execute()).map((row) => row.id);
}

type StoredMeeting = Omit<OparlMeeting, "agendaItems" | "files">;
type StoredItem = Omit<OparlMeeting["agendaItems"][number], "files">;

/** The staff-entered meetings with their agenda items in order. */
export async function staffMeetingRows(db: Db, id?: string) {
  let meetings = db
    .selectFrom("council_meetings")
    .select(["id", "data"])
    .where("id", "like", `${STAFF_MEETING_PREFIX}%`);
  if (id) meetings = meetings.where("id", "=", id);
  const rows = await meetings.orderBy("start").orderBy("id").execute();
  if (rows.length === 0) return [];
  const items = await db
    .selectFrom("council_agenda_items")
    .select(["meeting_id", "data"])
    .where(
      "meeting_id",
      "in",
      rows.map((row) => row.id),
    )
    .orderBy("meeting_id")
    .orderBy("position")
    .execute();
  return rows.map((row) => ({
    meeting: JSON.parse(row.data) as StoredMeeting,
    agenda: items
      .filter((item) => item.meeting_id === row.id)
      .map((item) => JSON.parse(item.data) as StoredItem),
  }));
}

export async function storedOrganizations(db: Db): Promise<OparlOrganization[]> {
  const rows = await db.selectFrom("council_organizations").select("data").orderBy("id").execute();
  return rows.map((row) => JSON.parse(row.data) as OparlOrganization);
}
