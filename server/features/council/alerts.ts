// Council alerts (issue 21): a device follows a committee, a keyword or an area; when an import
// run brings a NEW meeting, a meeting's agenda newly published, or a NEW paper that matches, the
// device gets one push per item (ever: what was sent is recorded), and accounts that asked for the
// weekly mail collect the item for it. Only incremental runs alert: the first import of an empty
// (or sample) database would otherwise send every follower thousands of pushes.
import { randomUUID } from "node:crypto";
import {
  type CouncilAlertKind,
  type CouncilFollow,
  type CouncilFollowRequest,
  type CouncilFollowTarget,
  COUNCIL_FOLLOWS_MAX,
  keywordMatches,
} from "../../../src/lib/contract/council-alerts";
import { isUiLanguage, type UiLanguage } from "../../../src/lib/contract/languages";
import type { Db } from "../../db/database";
import { ProblemError } from "../../http/problem";
import { distanceM } from "../../lib/geo";
import { councilAlertPayload, councilRef } from "../push/council-payload";
import { enqueuePushJob } from "../push/jobs";
import { ownedSubscription } from "../push/service";
import {
  allCouncilFollows,
  councilFollowsOf,
  type CouncilFollowRow,
  deleteCouncilFollow,
  insertAlertMatch,
  insertCouncilFollow,
  markAlertSent,
  setCouncilFollowMail,
  meetingOrganizations,
  storedMeetingAgendas,
  storedPaperIds,
} from "./alerts-store";
import type { CouncilWrite } from "./store";
import { councilId } from "./service";

/** One thing an alert is about, with what a follow is matched against. */
export type CouncilAlertItem = {
  /** "<kind>:<our id>": one push per device and key. */
  key: string;
  kind: CouncilAlertKind;
  name: string;
  /** The app page the push opens. */
  path: string;
  /** Our ids of the committees: the meeting's, or those of the paper's consultations (or their meetings'). */
  organizationIds: string[];
  /** Title, reference, public agenda item names: what a keyword is looked for in. */
  texts: string[];
  /** The paper's locations with coordinates. */
  points: { lat: number; lon: number }[];
};

export const meetingPagePath = (id: string) => `/rat/sitzung/${encodeURIComponent(id)}`;
export const paperPagePath = (id: string) => `/rat/vorlage/${encodeURIComponent(id)}`;

/** What was stored before a run: read inside the run's transaction, before its write. */
export type KnownBefore = { meetings: Map<string, number>; papers: Set<string> };

export async function knownBefore(db: Db, write: CouncilWrite): Promise<KnownBefore> {
  return {
    meetings: await storedMeetingAgendas(
      db,
      write.meetings.upserts.map((m) => m.id),
    ),
    papers: await storedPaperIds(
      db,
      write.papers.upserts.map((p) => p.id),
    ),
  };
}

/** The new meetings, newly published agendas and new papers of a write (after it is stored). */
export async function newCouncilItems(db: Db, write: CouncilWrite, known: KnownBefore) {
  const items: CouncilAlertItem[] = [];
  for (const meeting of write.meetings.upserts) {
    const publicNames = meeting.agendaItems.filter((item) => item.public).map((item) => item.name);
    const before = known.meetings.get(meeting.id);
    const kind: CouncilAlertKind | undefined =
      before === undefined
        ? "meeting"
        : before === 0 && meeting.agendaItems.length > 0
          ? "agenda"
          : undefined;
    if (!kind) continue;
    const id = councilId(meeting.id);
    items.push({
      key: `${kind}:${id}`,
      kind,
      name: meeting.name,
      path: meetingPagePath(id),
      organizationIds: meeting.organizationIds.map(councilId),
      texts: [meeting.name, ...publicNames],
      points: [],
    });
  }
  const papers = write.papers.upserts.filter((paper) => !known.papers.has(paper.id));
  const meetingIds = papers.flatMap((paper) =>
    paper.consultations.flatMap((c) => (c.organizationIds.length === 0 && c.meetingId ? [c.meetingId] : [])),
  );
  const organizationsOfMeeting = await meetingOrganizations(db, [...new Set(meetingIds)]);
  for (const paper of papers) {
    const id = councilId(paper.id);
    const organizations = paper.consultations.flatMap((c) =>
      c.organizationIds.length > 0
        ? c.organizationIds
        : c.meetingId
          ? (organizationsOfMeeting.get(c.meetingId) ?? [])
          : [],
    );
    items.push({
      key: `paper:${id}`,
      kind: "paper",
      name: paper.name,
      path: paperPagePath(id),
      organizationIds: [...new Set(organizations)].map(councilId),
      texts: [paper.name, ...(paper.reference ? [paper.reference] : [])],
      points: paper.locations.flatMap((l) =>
        l.lat !== undefined && l.lon !== undefined ? [{ lat: l.lat, lon: l.lon }] : [],
      ),
    });
  }
  return items;
}

/** Whether the follow's committee, keyword or circle matches the item. */
export function followMatches(follow: CouncilFollowRow, item: CouncilAlertItem): boolean {
  if (follow.kind === "committee")
    return !!follow.organization_id && item.organizationIds.includes(follow.organization_id);
  if (follow.kind === "keyword") {
    const keyword = follow.keyword;
    return !!keyword && item.texts.some((text) => keywordMatches(keyword, text));
  }
  const { lat, lon, radius_m: radius } = follow;
  if (lat === null || lon === null || radius === null) return false;
  return item.points.some((point) => distanceM({ lat, lon }, point) <= radius);
}

const languageOf = (value: string): UiLanguage => (isUiLanguage(value) ? value : "de");

/**
 * Writes one push job per device and item (never twice: `council_alerts_sent`) and the weekly
 * mail's matches. Call in the transaction that stored the items. Returns the pushes written.
 */
export async function alertCouncilItems(db: Db, items: CouncilAlertItem[], now: Date): Promise<number> {
  if (items.length === 0) return 0;
  const follows = await allCouncilFollows(db);
  if (follows.length === 0) return 0;
  const at = now.toISOString();
  let written = 0;
  for (const item of items) {
    const devices = new Map<string, CouncilFollowRow>();
    const accounts = new Set<string>();
    for (const follow of follows) {
      if (!followMatches(follow, item)) continue;
      if (!devices.has(follow.subscription_id)) devices.set(follow.subscription_id, follow);
      if (follow.weekly_mail === 1 && follow.account_id) accounts.add(follow.account_id);
    }
    for (const [subscriptionId, follow] of devices) {
      if (!(await markAlertSent(db, subscriptionId, item.key, at))) continue;
      const payload = councilAlertPayload(languageOf(follow.language), item.kind, item.name, item.path);
      if (await enqueuePushJob(db, councilRef(subscriptionId, item.key), payload)) written++;
    }
    for (const accountId of accounts) {
      await insertAlertMatch(db, {
        account_id: accountId,
        item_key: item.key,
        kind: item.kind,
        title: item.name,
        path: item.path,
        matched_at: at,
      });
    }
  }
  return written;
}

// ---- Follows ----

const targetOf = (row: CouncilFollowRow): CouncilFollowTarget =>
  row.kind === "committee"
    ? { kind: "committee", organizationId: row.organization_id ?? "" }
    : row.kind === "keyword"
      ? { kind: "keyword", keyword: row.keyword ?? "" }
      : { kind: "area", lat: row.lat ?? 0, lon: row.lon ?? 0, radiusM: row.radius_m ?? 0 };

const followOf = (row: CouncilFollowRow): CouncilFollow => ({
  id: row.id,
  target: targetOf(row),
  weeklyMail: row.weekly_mail === 1 && row.account_id !== null,
});

const sameTarget = (a: CouncilFollowTarget, b: CouncilFollowTarget) =>
  a.kind === "committee" && b.kind === "committee"
    ? a.organizationId === b.organizationId
    : a.kind === "keyword" && b.kind === "keyword"
      ? a.keyword.toLocaleLowerCase("de") === b.keyword.toLocaleLowerCase("de")
      : a.kind === "area" && b.kind === "area"
        ? a.lat === b.lat && a.lon === b.lon && a.radiusM === b.radiusM
        : false;

export async function followCouncil(
  db: Db,
  input: CouncilFollowRequest,
  accountId: string | null,
  now: Date,
): Promise<CouncilFollow> {
  await ownedSubscription(db, input.push.subscriptionId, input.push.manageToken);
  if (input.weeklyMail && !accountId) throw new ProblemError(401, "unauthenticated");
  const existing = await councilFollowsOf(db, input.push.subscriptionId);
  const same = existing.find((row) => sameTarget(targetOf(row), input.target));
  if (same) {
    // Following again changes only the weekly mail (on with the signed-in account, or off).
    const mailTo = input.weeklyMail ? accountId : null;
    if (mailTo !== (same.weekly_mail === 1 ? same.account_id : null)) {
      await setCouncilFollowMail(db, same.id, mailTo);
      return followOf({ ...same, account_id: mailTo, weekly_mail: mailTo ? 1 : 0 });
    }
    return followOf(same);
  }
  if (existing.length >= COUNCIL_FOLLOWS_MAX) {
    throw new ProblemError(409, "conflict", `At most ${COUNCIL_FOLLOWS_MAX} council topics per device`);
  }
  const { target } = input;
  const row: CouncilFollowRow = {
    id: randomUUID(),
    subscription_id: input.push.subscriptionId,
    kind: target.kind,
    organization_id: target.kind === "committee" ? target.organizationId : null,
    keyword: target.kind === "keyword" ? target.keyword : null,
    lat: target.kind === "area" ? target.lat : null,
    lon: target.kind === "area" ? target.lon : null,
    radius_m: target.kind === "area" ? target.radiusM : null,
    language: input.language,
    account_id: input.weeklyMail ? accountId : null,
    weekly_mail: input.weeklyMail ? 1 : 0,
    created_at: now.toISOString(),
  };
  await insertCouncilFollow(db, row);
  return followOf(row);
}

export async function listCouncilFollows(db: Db, subscriptionId: string, token: string) {
  await ownedSubscription(db, subscriptionId, token);
  return { follows: (await councilFollowsOf(db, subscriptionId)).map(followOf) };
}

export async function unfollowCouncil(db: Db, subscriptionId: string, token: string, id: string) {
  await ownedSubscription(db, subscriptionId, token);
  if (!(await deleteCouncilFollow(db, subscriptionId, id))) throw new ProblemError(404, "not_found");
}
