// /rat: the council and its committees: coming and past meetings by day or a month calendar
// (?ansicht=kalender, MeetingCalendar; filtered to one committee with ?gremium=), the newest papers, the committees, and a title search (?q=) over meetings and
// papers. Everything is read from the device, so it works offline once synced; only the search in
// the papers' documents below the title hits asks the server (DocumentSearch).
import { A, useSearchParams } from "@solidjs/router";
import { createMemo, createSignal, For, Match, onMount, Show, Switch } from "solid-js";
import { COUNCIL_MEETINGS_COLLECTION, type CouncilPaper } from "../../lib/contract/council";
import { berlinDate } from "../../lib/contract/berlin-time";
import { formatDay, formatFullDay } from "../../lib/date-format";
import { language, t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { requestSync } from "../../lib/sync-status";
import { EmptyState } from "../../ui/EmptyState";
import { SelectInput } from "../../ui/Field";
import { usePageTitle } from "../../ui/page-title";
import { createNow } from "../warnings/now";
import { CouncilAsOf } from "./CouncilAsOf";
import { allMeetings, allOrganizations, allPapers, newestPapers, syncedAt } from "./data";
import { DocumentSearch } from "./DocumentSearch";
import { MeetingCalendar } from "./MeetingCalendar";
import { MeetingDays } from "./MeetingDays";
import { isMonth } from "../../lib/month";
import {
  currentTerm,
  groupByDay,
  meetingOrganizations,
  meetingsOf,
  searchCouncil,
  type SearchHit,
  sortOrganizations,
  splitMeetings,
} from "./model";
import { paperLine } from "./paper-line";
import { EVENTS_PATH, meetingPath, meetingsFeedUrl, organizationPath, paperPath, topicsPath } from "./paths";
import { COUNCIL_KEYWORD_MIN } from "../../lib/contract/council-alerts";
import "./council.css";

/** Meetings shown at first and added by "show more": a real council has thousands of past ones. */
const PAGE = 10;

type Params = { q?: string; gremium?: string; ansicht?: string; monat?: string };

export default function CouncilPage() {
  usePageTitle(() => t("council.overview.title"));
  onMount(() => void requestSync());
  const [params, setParams] = useSearchParams<Params>();
  const query = () => params.q ?? "";
  const committee = () => params.gremium || null;

  const source = createLiveQuery(() => async () => ({
    meetings: await allMeetings(),
    organizations: await allOrganizations(),
    papers: await newestPapers(5),
    synced: (await syncedAt()) !== null,
  }));
  const meetings = () => source.data()?.meetings ?? [];
  const searching = () => query().trim() !== "";
  // Every paper only while searching: a real council has thousands.
  const searchable = createLiveQuery(() => (searching() ? allPapers : () => [] as CouncilPaper[]));
  const hits = createMemo(() =>
    searching() ? searchCouncil(query(), meetings(), searchable.data() ?? []) : [],
  );

  const shownPapers = createMemo(
    () => new Set(hits().flatMap((hit) => (hit.kind === "paper" ? [hit.paper.id] : []))),
  );

  const now = createNow();
  const split = createMemo(() => splitMeetings(meetingsOf(meetings(), committee()), now()));
  const [upcomingShown, setUpcomingShown] = createSignal(PAGE);
  const [pastShown, setPastShown] = createSignal(PAGE);
  const committees = createMemo(() => meetingOrganizations(meetings()));
  const sample = () =>
    meetings().some((m) => m.sample) || (source.data()?.organizations ?? []).some((o) => o.sample);

  const update = (change: Params) => setParams({ ...change }, { replace: true });
  // The calendar (?ansicht=kalender) shows the month of ?monat=, else this month.
  const calendar = () => params.ansicht === "kalender";
  const today = () => berlinDate(now());
  const month = () => (isMonth(params.monat) ? params.monat : today().slice(0, 7));

  return (
    <section class="council">
      <h1>{t("council.overview.title")}</h1>
      <p class="lead">{t("council.overview.lead")}</p>
      <Show when={currentTerm(source.data()?.organizations ?? [], today())}>
        {(term) => (
          <p class="council-term">
            {term().startDate
              ? t("council.overview.termSince", { name: term().name, start: formatDay(term().startDate!) })
              : t("council.overview.term", { name: term().name })}
          </p>
        )}
      </Show>
      <p>
        <A href={topicsPath()}>{t("council.alerts.link")}</A>
      </p>

      <form class="search" role="search" onSubmit={(event) => event.preventDefault()}>
        <label for="council-search">{t("council.search.label")}</label>
        <input
          id="council-search"
          type="search"
          autocomplete="off"
          aria-describedby="council-search-hint"
          value={query()}
          onInput={(event) => update({ q: event.currentTarget.value || undefined })}
        />
        <p id="council-search-hint" class="hint">
          {t("council.search.hint")}
        </p>
      </form>

      <Show when={source.data()} fallback={<p class="loading">{t("common.loading")}</p>}>
        {(data) => (
          <Show
            when={data().meetings.length > 0 || data().organizations.length > 0}
            fallback={
              data().synced ? (
                <EmptyState title={t("council.overview.emptyTitle")} text={t("council.overview.emptyText")} />
              ) : (
                <EmptyState
                  title={t("council.overview.notSyncedTitle")}
                  text={t("council.overview.notSyncedText")}
                />
              )
            }
          >
            <Show when={searching()}>
              <h2>{t("council.search.title")}</h2>
              <p aria-live="polite">
                {hits().length > 0 ? t("council.search.count", { count: hits().length }) : ""}
              </p>
              <Show when={hits().length > 0} fallback={<p>{t("council.search.none")}</p>}>
                <ul class="card-list">
                  <For each={hits()}>{(hit) => <SearchHitCard hit={hit} />}</For>
                </ul>
              </Show>
              <DocumentSearch query={query()} shown={shownPapers()} />
              <Show when={query().trim().length >= COUNCIL_KEYWORD_MIN}>
                <p>
                  <A href={topicsPath({ stichwort: query().trim() })}>
                    {t("council.alerts.followSearch", { keyword: query().trim() })}
                  </A>
                </p>
              </Show>
            </Show>

            <Show when={!searching()}>
              <Show when={committees().length > 1}>
                <SelectInput
                  id="council-committee"
                  label={t("council.overview.committeeFilter")}
                  value={committee() ?? ""}
                  onChange={(id) => update({ gremium: id || undefined })}
                  options={[
                    { value: "", label: t("council.overview.allCommittees") },
                    ...committees().map((c) => ({ value: c.id, label: c.name })),
                  ]}
                />
              </Show>

              <div class="council-views" role="group" aria-label={t("council.calendar.view")}>
                <button
                  type="button"
                  class="button secondary"
                  aria-pressed={!calendar()}
                  onClick={() => update({ ansicht: undefined, monat: undefined })}
                >
                  {t("council.calendar.list")}
                </button>
                <button
                  type="button"
                  class="button secondary"
                  aria-pressed={calendar()}
                  onClick={() => update({ ansicht: "kalender" })}
                >
                  {t("council.calendar.grid")}
                </button>
              </div>

              <Show when={calendar()}>
                <MeetingCalendar
                  meetings={meetingsOf(meetings(), committee())}
                  month={month()}
                  today={today()}
                  onMonth={(monat) => update({ monat })}
                />
              </Show>

              <Show when={!calendar()}>
                <h2>{t("council.overview.upcoming")}</h2>
                <Show when={split().upcoming.length > 0} fallback={<p>{t("council.overview.noUpcoming")}</p>}>
                  <MeetingDays days={groupByDay(split().upcoming.slice(0, upcomingShown()))} />
                  <Show when={split().upcoming.length > upcomingShown()}>
                    <button
                      type="button"
                      class="button secondary"
                      onClick={() => setUpcomingShown((n) => n + PAGE)}
                    >
                      {t("council.overview.moreUpcoming")}
                    </button>
                  </Show>
                </Show>

                <h2>{t("council.overview.past")}</h2>
                <Show when={split().past.length > 0} fallback={<p>{t("council.overview.noPast")}</p>}>
                  <MeetingDays days={groupByDay(split().past.slice(0, pastShown()))} />
                  <Show when={split().past.length > pastShown()}>
                    <button
                      type="button"
                      class="button secondary"
                      onClick={() => setPastShown((n) => n + PAGE)}
                    >
                      {t("council.overview.morePast")}
                    </button>
                  </Show>
                </Show>
              </Show>

              <h2>{t("council.feed.title")}</h2>
              <p>{t("council.feed.text")}</p>
              <p>
                <a href={meetingsFeedUrl(language(), committee() ?? undefined)}>
                  {committee() ? t("council.feed.committeeLink") : t("council.feed.allLink")}
                </a>
              </p>

              <Show when={data().papers.length > 0}>
                <h2>{t("council.overview.papers")}</h2>
                <ul class="card-list">
                  <For each={data().papers}>{(paper) => <PaperCard paper={paper} />}</For>
                </ul>
              </Show>

              <Show when={data().organizations.length > 0}>
                <h2>{t("council.overview.committees")}</h2>
                <ul class="council-links">
                  <For each={sortOrganizations(data().organizations)}>
                    {(organization) => (
                      <li>
                        <A href={organizationPath(organization.id)}>{organization.name}</A>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </Show>
          </Show>
        )}
      </Show>
      <h2>{t("council.events.title")}</h2>
      <p>
        <A href={EVENTS_PATH}>{t("council.events.link")}</A>
      </p>
      <CouncilAsOf collection={COUNCIL_MEETINGS_COLLECTION} sample={sample()} />
    </section>
  );
}

function PaperCard(props: { paper: CouncilPaper }) {
  return (
    <li class="card council-card">
      <A href={paperPath(props.paper.id)}>{props.paper.name}</A>
      <Show when={paperLine(props.paper)}>{(line) => <p>{line()}</p>}</Show>
    </li>
  );
}

/** One hit: what it is (a meeting, a paper), its title as the link, and its day. */
function SearchHitCard(props: { hit: SearchHit }) {
  const meeting = () => (props.hit.kind === "meeting" ? props.hit.meeting : undefined);
  const paper = () => (props.hit.kind === "paper" ? props.hit.paper : undefined);
  return (
    <Switch>
      <Match when={meeting()}>
        {(found) => (
          <li class="card council-card">
            <p class="council-kind">{t("council.search.meeting")}</p>
            <A href={meetingPath(found().id)}>{found().name}</A>
            <Show when={found().start}>{(start) => <p>{formatFullDay(start())}</p>}</Show>
          </li>
        )}
      </Match>
      <Match when={paper()}>
        {(found) => (
          <li class="card council-card">
            <p class="council-kind">{t("council.search.paper")}</p>
            <A href={paperPath(found().id)}>{found().name}</A>
            <Show when={paperLine(found())}>{(line) => <p>{line()}</p>}</Show>
          </li>
        )}
      </Match>
    </Switch>
  );
}
