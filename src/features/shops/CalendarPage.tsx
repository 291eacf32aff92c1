// /einkaufen/termine: weekly markets and verkaufsoffene Sonntage of the next eight weeks, from the
// synced shopping days' opening_hours rules (holidays in Lower Saxony included). Works offline.
import { A } from "@solidjs/router";
import { createMemo, For, Match, Show, Switch } from "solid-js";
import { wallClock } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { EmptyState } from "../../ui/EmptyState";
import { usePageTitle } from "../../ui/page-title";
import { createNow } from "../warnings/now";
import { buildCalendar, CALENDAR_DAYS, type CalendarDay, type CalendarEntry, entryState } from "./calendar";
import { allShoppingDays, shoppingDaysSynced } from "./data";
import { createEvaluator } from "./opening-evaluator";
import "./shops.css";

// Wall-clock dates from the evaluator: formatted without a time zone shift.
const dayHeading = (day: Date) => wallClock.fullDay(day);

export default function CalendarPage() {
  usePageTitle(() => t("shops.calendar.title"));
  const source = createLiveQuery(() => async () => ({
    events: await allShoppingDays(),
    synced: await shoppingDaysSynced(),
  }));
  const evaluator = createEvaluator();
  // Each minute: a market that has just closed shows as over. The eight weeks are worked out anew
  // only each hour (Berlin's offset is whole hours, so the hour's start is still the same day).
  const now = createNow();
  const hour = createMemo(() => Math.floor(now() / 3600_000));
  const calendar = createMemo((): CalendarDay[] | undefined => {
    const evaluate = evaluator();
    const data = source.data();
    if (!evaluate || !data) return undefined;
    const at = new Date(hour() * 3600_000);
    return buildCalendar(data.events, (rule) => evaluate.upcomingSchedule(rule, at, CALENDAR_DAYS));
  });
  const wallNow = () => evaluator()?.berlinWallClock(new Date(now()));
  const sample = () => source.data()?.events.some((event) => event.sample) ?? false;

  return (
    <section class="shops-calendar">
      <h1>{t("shops.calendar.title")}</h1>
      <p class="lead">{t("shops.calendar.lead")}</p>
      <p>
        <A href="/einkaufen">{t("shops.calendar.back")}</A>
      </p>
      <div class="notice">
        <h2 class="shops-calendar-about">{t("shops.calendar.sundaysTitle")}</h2>
        <p>{t("shops.calendar.sundaysText")}</p>
      </div>

      <Show when={source.data() && calendar()} fallback={<p class="loading">{t("common.loading")}</p>}>
        <Switch>
          <Match when={source.data()?.events.length === 0 && !source.data()?.synced}>
            <EmptyState
              title={t("shops.calendar.notSyncedTitle")}
              text={t("shops.directory.notSyncedText")}
            />
          </Match>
          <Match when={calendar()?.length === 0}>
            <EmptyState title={t("shops.calendar.emptyTitle")} text={t("shops.calendar.emptyText")} />
          </Match>
          <Match when={calendar()}>
            {(days) => (
              <For each={days()}>
                {(day) => (
                  <div class="shops-calendar-day">
                    <h2>{dayHeading(day.day)}</h2>
                    <ul class="card-list">
                      <For each={day.entries}>
                        {(entry) => <CalendarCard entry={entry} now={wallNow()} />}
                      </For>
                    </ul>
                  </div>
                )}
              </For>
            )}
          </Match>
        </Switch>
      </Show>

      <Show when={sample()}>
        <p class="sample-note">{t("common.sampleContent")}</p>
      </Show>
    </section>
  );
}

/** One date; `now` is Delmenhorst's wall clock (unknown until the evaluator has loaded). */
function CalendarCard(props: { entry: CalendarEntry; now: Date | undefined }) {
  const state = () => (props.now ? entryState(props.entry, props.now) : "later");
  return (
    <li class="card" classList={{ "shops-calendar-over": state() === "over" }}>
      <h3 class="shops-calendar-name">{props.entry.event.name}</h3>
      <Show when={state() !== "later"}>
        <p class={state() === "on" ? "status-open" : "shops-calendar-state"}>
          {t(`shops.calendar.state.${state()}`)}
        </p>
      </Show>
      <p class="shops-calendar-kind">{t(`shops.calendar.kinds.${props.entry.event.kind}`)}</p>
      <p>
        {t("shops.opening.interval", {
          from: wallClock.time(props.entry.from),
          to: wallClock.time(props.entry.to),
        })}
        {" · "}
        {props.entry.event.place}
      </p>
      <Show when={props.entry.event.note}>{(note) => <p class="hint">{note()}</p>}</Show>
    </li>
  );
}
