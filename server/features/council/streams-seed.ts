// Sample streams and an information event, marked sample, loaded once (also into databases seeded
// before streams existed): a Bebauungsplan evening with a planned stream, and a planned stream on the
// sample council meeting. Their addresses point nowhere real (.invalid): staff put the real ones in.
import { randomUUID } from "node:crypto";
import type { Db } from "../../db/database";
import { markSeedDone, seedDone } from "../../db/seed-store";
import { councilId } from "./service";
import { meetingRecord } from "./streams";
import { insertStream, upsertInfoEvent } from "./streams-store";

const SEED_KEY = "seed:council-streams";
export const SAMPLE_EVENT_ID = "sample-bplan-wollepark";
export const SAMPLE_MEETING_OPARL_ID = "https://sample.invalid/oparl/meetings/m3";
const SAMPLE_LIVE_URL = "https://stream.sample.invalid/rat/live.m3u8";

export async function seedCouncilStreamsOnce(db: Db, now = new Date()): Promise<boolean> {
  if (await seedDone(db, SEED_KEY)) return false;
  const at = now.toISOString();
  const start = "2027-01-20T17:00:00.000Z";
  await db.transaction().execute(async (trx) => {
    await upsertInfoEvent(trx, {
      id: SAMPLE_EVENT_ID,
      title: "Informationsabend zum Bebauungsplan Nr. 41 „Wollepark-Süd“",
      starts_at: start,
      ends_at: "2027-01-20T19:00:00.000Z",
      place: "Rathaus, Ratssaal, Rathausplatz 1, 27749 Delmenhorst",
      topic: "Bebauungsplan Nr. 41 „Wollepark-Süd“",
      description:
        "Die Stadt stellt den Entwurf des Bebauungsplans vor: neue Wohnungen, ein Spielplatz und der Radweg an der Delme. Sie können vorab Fragen stellen; veröffentlichte Fragen werden am Abend beantwortet. (Beispielinhalt)",
      documents: JSON.stringify([]),
      agenda: JSON.stringify([
        { id: "sample-item-1", number: "1", name: "Begrüßung durch die Stadtbaurätin" },
        { id: "sample-item-2", number: "2", name: "Vorstellung des Entwurfs" },
        { id: "sample-item-3", number: "3", name: "Fragen der Einwohnerinnen und Einwohner" },
        { id: "sample-item-4", number: "4", name: "Wie es weitergeht: Auslegung und Stellungnahmen" },
      ]),
      sample: 1,
      created_at: at,
      updated_at: at,
    });
    await insertStream(trx, {
      id: randomUUID(),
      meeting_id: null,
      event_id: SAMPLE_EVENT_ID,
      live_url: SAMPLE_LIVE_URL,
      recording_url: null,
      state: "planned",
      started_at: null,
      current_item_id: null,
      starts_at: start,
      sample: 1,
      created_at: at,
      updated_at: at,
    });
    // The sample council meeting, where the council seed was loaded (a real import has its own).
    const meetingId = councilId(SAMPLE_MEETING_OPARL_ID);
    const meeting = await meetingRecord(trx, meetingId);
    if (meeting) {
      await insertStream(trx, {
        id: randomUUID(),
        meeting_id: meetingId,
        event_id: null,
        live_url: SAMPLE_LIVE_URL,
        recording_url: null,
        state: "planned",
        started_at: null,
        current_item_id: null,
        starts_at: meeting.start ? new Date(meeting.start).toISOString() : null,
        sample: 1,
        created_at: at,
        updated_at: at,
      });
    }
    await markSeedDone(trx, SEED_KEY, now);
  });
  return true;
}
