// The council's addresses in the app, one place for every link.
import { feedLanguage, webcalUrl } from "../../lib/webcal";

const at = (base: string, id: string) => `${base}/${encodeURIComponent(id)}`;

export const COUNCIL_PATH = "/rat";
export const meetingPath = (id: string) => at("/rat/sitzung", id);
export const paperPath = (id: string) => at("/rat/vorlage", id);
export const organizationPath = (id: string) => at("/rat/gremium", id);
export const personPath = (id: string) => at("/rat/person", id);
/** The overview with its meetings filtered to one committee. */
export const organizationMeetingsPath = (id: string) => `/rat?gremium=${encodeURIComponent(id)}`;

/** The meetings as a calendar feed (webcal:), all or one committee's, in the feed language of `language`. */
export const meetingsFeedUrl = (language: string, organizationId?: string) =>
  webcalUrl(
    "/api/council/meetings.ics",
    { gremium: organizationId, lang: feedLanguage(language) },
    location.origin,
  );
