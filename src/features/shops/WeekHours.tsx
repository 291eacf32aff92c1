// The next seven days' opening hours of an entry, holidays in Lower Saxony included.
import { createMemo, For, Show } from "solid-js";
import { wallClock } from "../../lib/date-format";
import { locale, t } from "../../lib/i18n";
import { createNow } from "../warnings/now";
import { createEvaluator } from "./opening-evaluator";
import { describeDay } from "./opening-text";

export function WeekHours(props: { rule: string }) {
  const evaluator = createEvaluator();
  const now = createNow();
  const week = createMemo(() => evaluator()?.upcomingSchedule(props.rule, new Date(now()), 7));
  return (
    <Show when={week()} fallback={<p class="loading">{t("common.loading")}</p>}>
      {(days) => (
        <Show
          when={days().length > 0}
          fallback={<p>{t("shops.detail.hoursUnreadable", { rule: props.rule })}</p>}
        >
          <table class="schedule">
            <caption class="visually-hidden">{t("shops.detail.hoursCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("shops.detail.day")}</th>
                <th scope="col">{t("shops.detail.times")}</th>
              </tr>
            </thead>
            <tbody>
              <For each={days()}>
                {(day) => (
                  <tr>
                    <th scope="row">
                      {/* Wall-clock dates from the evaluator: formatted without a time zone shift. */}
                      {wallClock.dayOfMonth(day.day)}
                    </th>
                    <td>{describeDay(day, { t, locale: locale() })}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
      )}
    </Show>
  );
}
