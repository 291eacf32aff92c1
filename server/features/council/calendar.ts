// The council's meetings as an iCalendar feed (RFC 5545) that calendars subscribe with webcal:, all of
// them or one committee's. Stable UIDs (the meeting's id), so a refresh moves or cancels an event
// instead of adding a second one; a cancelled meeting stays in the feed with STATUS:CANCELLED.
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { CouncilMeeting, CouncilOrganization } from "../../../src/lib/contract/council";

export const FEED_LANGUAGES = ["de", "en"] as const;
export type FeedLanguage = (typeof FEED_LANGUAGES)[number];

/** Meetings that ended longer ago than this are left out: the feed is for what is coming. */
const PAST_DAYS = 365;

const TEXTS: Record<
  FeedLanguage,
  { all: string; of: string; description: string; cancelled: string; notPublic: string; agenda: string }
> = {
  de: {
    all: "Sitzungen des Rats und der Ausschüsse",
    of: "Sitzungen:",
    description: "Sitzungstermine der Stadt Delmenhorst. Tagesordnungen und Vorlagen in der Delmenhorst App:",
    cancelled: "Abgesagt:",
    notPublic: "Nicht öffentlicher Teil",
    agenda: "Tagesordnung (öffentlicher Teil):",
  },
  en: {
    all: "Meetings of the council and its committees",
    of: "Meetings:",
    description: "Meetings of the City of Delmenhorst. Agendas and papers in the Delmenhorst App:",
    cancelled: "Cancelled:",
    notPublic: "Closed session",
    agenda: "Agenda (public part):",
  },
};

function agendaText(meeting: CouncilMeeting, language: FeedLanguage): string {
  const texts = TEXTS[language];
  const lines = meeting.agenda
    .filter((item) => item.public)
    .map((item) => [item.number, item.name].filter(Boolean).join(" "));
  if (meeting.agenda.some((item) => !item.public)) lines.push(texts.notPublic);
  return lines.length > 0 ? `${texts.agenda}\n${lines.join("\n")}` : "";
}

/**
 * `organization`: only its meetings (null: all). `now` bounds the past. Meetings without a start are
 * left out: a calendar event needs one.
 */
export function meetingsCalendar(
  meetings: readonly CouncilMeeting[],
  organization: CouncilOrganization | null,
  language: FeedLanguage,
  appOrigin: string,
  now: Date,
): string {
  const texts = TEXTS[language];
  const listLink = organization
    ? `${appOrigin}/rat?gremium=${encodeURIComponent(organization.id)}`
    : `${appOrigin}/rat`;
  const calendar = ical({
    name: organization ? `${texts.of} ${organization.name}` : texts.all,
    description: `${texts.description} ${listLink}`,
    prodId: { company: "Stadt Delmenhorst", product: "Delmenhorst App", language: language.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    url: listLink,
    // The council information system is read every few minutes; calendars may look hourly.
    ttl: 3600,
  });
  const oldest = now.getTime() - PAST_DAYS * 24 * 3600_000;
  for (const meeting of meetings) {
    if (!meeting.start) continue;
    const start = new Date(meeting.start);
    const end = meeting.end ? new Date(meeting.end) : null;
    if (Number.isNaN(start.getTime()) || (end ?? start).getTime() < oldest) continue;
    if (organization && !meeting.organizations.some((o) => o.id === organization.id)) continue;
    const link = `${appOrigin}/rat/sitzung/${encodeURIComponent(meeting.id)}`;
    const agenda = agendaText(meeting, language);
    calendar.createEvent({
      id: `council-${meeting.id}@app.delmenhorst.de`,
      start,
      // Without a known end the event is a point in time (RFC 5545 § 3.6.1), not a made-up length.
      ...(end && !Number.isNaN(end.getTime()) && end > start ? { end } : {}),
      summary: meeting.cancelled ? `${texts.cancelled} ${meeting.name}` : meeting.name,
      status: meeting.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      location: meeting.location ?? undefined,
      description: [agenda, link].filter(Boolean).join("\n\n"),
      url: link,
    });
  }
  return calendar.toString();
}
