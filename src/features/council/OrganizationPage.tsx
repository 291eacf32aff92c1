// /rat/gremium/:id: one committee (or the council, a group): its next meetings, its members now and
// before, each linked to their page.
import { A, useParams } from "@solidjs/router";
import { createMemo, For, Show } from "solid-js";
import { berlinDate } from "../../lib/contract/berlin-time";
import { COUNCIL_ORGANIZATIONS_COLLECTION, type CouncilOrganization } from "../../lib/contract/council";
import { language, t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { createRecordQuery } from "../../lib/record-query";
import { usePageTitle } from "../../ui/page-title";
import { recordPageTitle, RecordStates } from "../../ui/RecordStates";
import { createNow } from "../warnings/now";
import { CouncilAsOf } from "./CouncilAsOf";
import { allMeetings, organizationById } from "./data";
import { MeetingDays } from "./MeetingDays";
import { MembershipLine } from "./Memberships";
import { groupByDay, meetingsOf, splitMeetings, splitMemberships } from "./model";
import { COUNCIL_PATH, meetingsFeedUrl, organizationMeetingsPath, personPath, topicsPath } from "./paths";
import "./council.css";

/** The committee's coming meetings shown here; the rest are on the overview, filtered to it. */
const NEXT_MEETINGS = 3;

export default function OrganizationPage() {
  const params = useParams<{ id: string }>();
  const organization = createRecordQuery({
    collection: COUNCIL_ORGANIZATIONS_COLLECTION,
    id: () => params.id,
    local: organizationById,
    parse: async (data) => (await import("../../lib/contract/council")).councilOrganizationSchema.parse(data),
  });
  usePageTitle(() => recordPageTitle(organization.view(), (o) => o.name, t("council.organization.notFound")));
  return (
    <RecordStates
      view={organization.view()}
      retry={organization.retry}
      notFound={
        <section>
          <h1>{t("council.organization.notFound")}</h1>
          <p>{t("council.organization.notFoundText")}</p>
          <A href={COUNCIL_PATH}>{t("council.back")}</A>
        </section>
      }
    >
      {(record) => <OrganizationDetail organization={record()} />}
    </RecordStates>
  );
}

function OrganizationDetail(props: { organization: CouncilOrganization }) {
  const now = createNow();
  const meetings = createLiveQuery(() => allMeetings);
  const upcoming = createMemo(
    () => splitMeetings(meetingsOf(meetings.data() ?? [], props.organization.id), now()).upcoming,
  );
  const members = createMemo(() => splitMemberships(props.organization.members, berlinDate(now())));
  return (
    <article class="council">
      <p class="breadcrumb">
        <A href={COUNCIL_PATH}>{t("council.back")}</A>
      </p>
      <h1>{props.organization.name}</h1>
      <Show when={props.organization.classification}>
        {(classification) => <p class="lead">{classification()}</p>}
      </Show>

      <h2>{t("council.organization.nextMeetings")}</h2>
      <Show when={upcoming().length > 0} fallback={<p>{t("council.overview.noUpcoming")}</p>}>
        <MeetingDays days={groupByDay(upcoming().slice(0, NEXT_MEETINGS))} />
      </Show>
      <p>
        <A href={organizationMeetingsPath(props.organization.id)}>{t("council.organization.allMeetings")}</A>
      </p>
      <p>
        <a href={meetingsFeedUrl(language(), props.organization.id)}>{t("council.feed.committeeLink")}</a>
      </p>
      <p>
        <A href={topicsPath({ gremium: props.organization.id })}>{t("council.alerts.committeeLink")}</A>
      </p>

      <h2>{t("council.organization.members")}</h2>
      <Show when={members().current.length > 0} fallback={<p>{t("council.organization.noMembers")}</p>}>
        <ul class="council-members">
          <For each={members().current}>
            {(member) => (
              <li>
                <A href={personPath(member.personId)}>{member.name}</A>
                <MembershipLine membership={member} />
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={members().former.length > 0}>
        <h2>{t("council.organization.formerMembers")}</h2>
        <ul class="council-members">
          <For each={members().former}>
            {(member) => (
              <li>
                <A href={personPath(member.personId)}>{member.name}</A>
                <MembershipLine membership={member} />
              </li>
            )}
          </For>
        </ul>
      </Show>
      <CouncilAsOf collection={COUNCIL_ORGANIZATIONS_COLLECTION} sample={props.organization.sample} />
    </article>
  );
}
