// One month as a table of days (Monday first). Days with free times are buttons named in full
// ("Dienstag, 1. Dezember 2026: 12 freie Zeiten"); the others are plain text.
import { For, Show } from "solid-js";
import { t } from "../../lib/i18n";
import { monthWeeks, type SlotDay } from "./calendar";
import { formatFullDay, formatMonth, formatShortWeekday, formatWeekday } from "../../lib/date-format";

/** 2024-01-01 was a Monday: the week's day names in the current language. */
const weekdays = () =>
  Array.from({ length: 7 }, (_, i) => {
    const date = `2024-01-0${i + 1}T12:00:00Z`;
    return { short: formatShortWeekday(date), long: formatWeekday(date) };
  });

export function MonthGrid(props: {
  month: string;
  days: SlotDay[];
  selected: string | null;
  onSelect: (date: string) => void;
}) {
  const slotsOn = (date: string) => props.days.find((d) => d.date === date)?.slots.length ?? 0;
  return (
    <table class="month-grid">
      <caption class="visually-hidden">{formatMonth(props.month)}</caption>
      <thead>
        <tr>
          <For each={weekdays()}>
            {(day) => (
              <th scope="col">
                <span aria-hidden="true">{day.short}</span>
                <span class="visually-hidden">{day.long}</span>
              </th>
            )}
          </For>
        </tr>
      </thead>
      <tbody>
        <For each={monthWeeks(props.month)}>
          {(week) => (
            <tr>
              <For each={week}>
                {(date) => (
                  <td>
                    <Show when={date}>
                      {(day) => (
                        <Show
                          when={slotsOn(day()) > 0}
                          fallback={<span class="day-closed">{Number(day().slice(8))}</span>}
                        >
                          <button
                            type="button"
                            class="day-open"
                            aria-pressed={props.selected === day()}
                            aria-label={t("appointments.picker.dayButton", {
                              day: formatFullDay(day()),
                              count: slotsOn(day()),
                            })}
                            onClick={() => props.onSelect(day())}
                          >
                            {Number(day().slice(8))}
                          </button>
                        </Show>
                      )}
                    </Show>
                  </td>
                )}
              </For>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
