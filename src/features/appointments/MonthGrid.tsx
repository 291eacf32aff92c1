// One month as a table of days (Monday first). Days with free times are buttons named in full
// ("Dienstag, 1. Dezember 2026: 12 freie Zeiten"); the others are plain text.
import { For, Show } from "solid-js";
import { t } from "../../lib/i18n";
import { WeekdayHead } from "../../ui/WeekdayHead";
import { monthWeeks, type SlotDay } from "./calendar";
import { formatFullDay, formatMonth } from "../../lib/date-format";

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
      <WeekdayHead />
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
