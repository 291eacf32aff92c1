// The council's lists as the pages show them, from the device's records: meetings split into coming
// and past and grouped by Delmenhorst's day, the committees that meet, memberships now and before,
// and the offline title search. Pure, so the rules are tested without a browser.
import type {
  CouncilMeeting,
  CouncilOrganization,
  CouncilPaper,
  CouncilPerson,
  LegislativeTerm,
} from "../../lib/contract/council";
import { berlinDate } from "../../lib/contract/berlin-time";

const timeOf = (instant: string | null): number | null => {
  if (instant === null) return null;
  const time = Date.parse(instant);
  return Number.isNaN(time) ? null : time;
};

/**
 * Coming: not over yet (its end, or its start where no end is known, lies ahead), soonest first,
 * undated ones last. Past: latest first. A meeting running now is still coming.
 */
export function splitMeetings(
  meetings: readonly CouncilMeeting[],
  now: number,
): { upcoming: CouncilMeeting[]; past: CouncilMeeting[] } {
  const upcoming: CouncilMeeting[] = [];
  const past: CouncilMeeting[] = [];
  for (const meeting of meetings) {
    const start = timeOf(meeting.start);
    const over = timeOf(meeting.end) ?? start;
    if (over !== null && over < now) past.push(meeting);
    else upcoming.push(meeting);
  }
  const byStart = (a: CouncilMeeting, b: CouncilMeeting) =>
    (timeOf(a.start) ?? Infinity) - (timeOf(b.start) ?? Infinity) || a.name.localeCompare(b.name, "de");
  upcoming.sort(byStart);
  past.sort((a, b) => byStart(b, a));
  return { upcoming, past };
}

export type MeetingDay = {
  /** Delmenhorst's calendar day ("2026-11-24"), or null for meetings without a date yet. */
  date: string | null;
  meetings: CouncilMeeting[];
};

/** Consecutive meetings of one day under that day, in the order given. */
export function groupByDay(meetings: readonly CouncilMeeting[]): MeetingDay[] {
  const days: MeetingDay[] = [];
  for (const meeting of meetings) {
    const start = timeOf(meeting.start);
    const date = start === null ? null : berlinDate(start);
    const last = days.at(-1);
    if (last && last.date === date) last.meetings.push(meeting);
    else days.push({ date, meetings: [meeting] });
  }
  return days;
}

/** The meetings of one committee, or all. */
export const meetingsOf = (meetings: readonly CouncilMeeting[], organizationId: string | null) =>
  organizationId === null
    ? [...meetings]
    : meetings.filter((meeting) => meeting.organizations.some((o) => o.id === organizationId));

/** The committees that hold meetings (for the filter), by name, each once. */
export function meetingOrganizations(meetings: readonly CouncilMeeting[]): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const meeting of meetings) for (const o of meeting.organizations) byId.set(o.id, o.name);
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, "de"));
}

/** The committees' list: by name, the council itself (classification "Rat") first. */
export function sortOrganizations(organizations: readonly CouncilOrganization[]): CouncilOrganization[] {
  const isCouncil = (o: CouncilOrganization) => /^(haupt\s*organ|rat)$/i.test(o.classification ?? "");
  return [...organizations].sort(
    (a, b) => Number(isCouncil(b)) - Number(isCouncil(a)) || a.name.localeCompare(b.name, "de"),
  );
}

type Membership = CouncilOrganization["members"][number] | CouncilPerson["memberships"][number];

/** Memberships that have not ended by `today` ("YYYY-MM-DD"), and those that have, latest end first. */
export function splitMemberships<T extends Membership>(
  memberships: readonly T[],
  today: string,
): { current: T[]; former: T[] } {
  const current = memberships.filter((m) => m.endDate === null || m.endDate >= today);
  const former = memberships
    .filter((m) => m.endDate !== null && m.endDate < today)
    .sort((a, b) => (b.endDate ?? "").localeCompare(a.endDate ?? ""));
  return { current, former };
}

/**
 * The legislative term whose dates contain today (a day, YYYY-MM-DD), from the terms the committees'
 * records carry; a term without an end runs on. Where terms overlap, the latest begun.
 */
export function currentTerm(
  organizations: readonly Pick<CouncilOrganization, "legislativeTerms">[],
  today: string,
): LegislativeTerm | undefined {
  const terms = organizations.find(
    (o) => o.legislativeTerms && o.legislativeTerms.length > 0,
  )?.legislativeTerms;
  return (terms ?? [])
    .filter((term) => (term.startDate ?? "") <= today && (term.endDate === null || term.endDate >= today))
    .sort((a, b) => (b.startDate ?? "").localeCompare(a.startDate ?? ""))[0];
}

/** Case, accents and ß do not matter: "strasse" finds "Straße", "gruen" does not, "grun" finds "Grün". */
export const normalize = (text: string) =>
  text.toLocaleLowerCase("de").normalize("NFD").replace(/\p{M}/gu, "").replace(/ß/g, "ss");

export type SearchHit = { kind: "meeting"; meeting: CouncilMeeting } | { kind: "paper"; paper: CouncilPaper };

const hitTime = (hit: SearchHit) =>
  hit.kind === "meeting" ? (timeOf(hit.meeting.start) ?? 0) : (timeOf(hit.paper.date) ?? 0);

/**
 * Titles (and a paper's reference, "BV 2026/0142") holding every word of the query; a hit in the
 * title's first words ranks first, then newest first. At most `limit` hits.
 */
export function searchCouncil(
  query: string,
  meetings: readonly CouncilMeeting[],
  papers: readonly CouncilPaper[],
  limit = 50,
): SearchHit[] {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const scored: { hit: SearchHit; starts: boolean }[] = [];
  const consider = (hit: SearchHit, title: string, extra: string) => {
    const text = normalize(`${title} ${extra}`);
    if (!words.every((word) => text.includes(word))) return;
    scored.push({ hit, starts: normalize(title).startsWith(words[0]!) });
  };
  for (const meeting of meetings) consider({ kind: "meeting", meeting }, meeting.name, "");
  for (const paper of papers) consider({ kind: "paper", paper }, paper.name, paper.reference ?? "");
  return scored
    .sort((a, b) => Number(b.starts) - Number(a.starts) || hitTime(b.hit) - hitTime(a.hit))
    .slice(0, limit)
    .map(({ hit }) => hit);
}

/** The consultations of a paper in the order they happen (those without a meeting date last). */
export const consultationsInOrder = (paper: CouncilPaper) =>
  [...paper.consultations].sort(
    (a, b) => (timeOf(a.meetingStart) ?? Infinity) - (timeOf(b.meetingStart) ?? Infinity),
  );
