// The council on the device: the sync fills the four tables (public feeds "council-meetings",
// "council-papers", "council-organizations", "council-persons"); the pages read only here, so they
// work offline once synced. Without the schemas, so that the pages do not load zod.
import {
  COUNCIL_MEETINGS_COLLECTION,
  type CouncilMeeting,
  type CouncilOrganization,
  type CouncilPaper,
} from "../../lib/contract/council";
import { appDb } from "../../lib/db";

export const allMeetings = (): Promise<CouncilMeeting[]> => appDb().councilMeetings.toArray();
export const allPapers = (): Promise<CouncilPaper[]> => appDb().councilPapers.toArray();
export const allOrganizations = (): Promise<CouncilOrganization[]> => appDb().councilOrganizations.toArray();

/** The newest papers by their date, for the overview. */
export const newestPapers = (count: number): Promise<CouncilPaper[]> =>
  appDb().councilPapers.orderBy("date").reverse().limit(count).toArray();

export const meetingById = (id: string) => appDb().councilMeetings.get(id);
export const paperById = (id: string) => appDb().councilPapers.get(id);
export const organizationById = (id: string) => appDb().councilOrganizations.get(id);
export const personById = (id: string) => appDb().councilPersons.get(id);

/** When a collection last came to this device ("Stand"), or null before its first sync. */
export async function syncedAt(collection = COUNCIL_MEETINGS_COLLECTION): Promise<string | null> {
  return (await appDb().syncState.get(collection))?.syncedAt ?? null;
}
