// The council's addresses in the app, one place for every link.
import { feedLanguage, webcalUrl } from "../../lib/webcal";

const at = (base: string, id: string) => `${base}/${encodeURIComponent(id)}`;

export const COUNCIL_PATH = "/rat";
export const meetingPath = (id: string) => at("/rat/sitzung", id);
export const paperPath = (id: string) => at("/rat/vorlage", id);
/** A paper's place on the city map (/karte/council-papers/<id>): "<paper id>~<n>", a paper may name several. */
export const councilPlaceId = (paperId: string, index: number) => `${paperId}~${index}`;
export const paperOfPlace = (placeId: string) => placeId.replace(/~\d+$/, "");
export const organizationPath = (id: string) => at("/rat/gremium", id);
export const personPath = (id: string) => at("/rat/person", id);
/** Citizens' information events (Bürgerinformationsveranstaltungen) and one of them. */
export const EVENTS_PATH = "/rat/veranstaltungen";
export const infoEventPath = (id: string) => at(EVENTS_PATH, id);
/** "Meine Ratsthemen": what this device follows; with a committee or keyword offered to follow. */
export const topicsPath = (offer: { gremium?: string; stichwort?: string } = {}) => {
  const query = new URLSearchParams();
  if (offer.gremium) query.set("gremium", offer.gremium);
  if (offer.stichwort) query.set("stichwort", offer.stichwort);
  const text = query.toString();
  return text ? `/rat/themen?${text}` : "/rat/themen";
};
/** The overview with its meetings filtered to one committee. */
export const organizationMeetingsPath = (id: string) => `/rat?gremium=${encodeURIComponent(id)}`;

/** The meetings as a calendar feed (webcal:), all or one committee's, in the feed language of `language`. */
export const meetingsFeedUrl = (language: string, organizationId?: string) =>
  webcalUrl(
    "/api/council/meetings.ics",
    { gremium: organizationId, lang: feedLanguage(language) },
    location.origin,
  );
