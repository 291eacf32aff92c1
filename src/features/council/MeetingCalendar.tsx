// /rat's month calendar (?ansicht=kalender&monat=2027-01): a table with the ARIA grid pattern, one
// focusable day at a time (roving tabindex), the arrows moving by day and week (mirrored on
// right-to-left pages), Home/End within the week, Page Up/Down by month; the chosen day's meetings
// are listed below it, linked to their pages. Read from the device like the lists, so offline too.
import { createEffect, createMemo, createSignal, For, on, Show } from "solid-js";
import type { CouncilMeeting } from "../../lib/contract/council";
import { formatFullDay, formatMonth } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import { WeekdayHead } from "../../ui/WeekdayHead";
import { MeetingDays } from "./MeetingDays";
import { addMonths, monthOf, monthWeeks } from "../../lib/month";
import { initialDay, meetingsByDay, moveFocus } from "./month-grid";

/** 2024-01-01 was a Monday: the week's day names in the current language. */

export function MeetingCalendar(props: {
  meetings: readonly CouncilMeeting[];
  month: string;
  today: string;
  onMonth: (month: string) => void;
}) {
  let table: HTMLTableElement | undefined;
  let dayList: HTMLDivElement | undefined;
  const byDay = createMemo(() => meetingsByDay(props.meetings, props.month));
  const [chosen, setChosen] = createSignal<string | null>(null);
  // The chosen day belongs to the month shown; a new month starts at its initial day.
  const day = () => {
    const value = chosen();
    return value !== null && monthOf(value) === props.month
      ? value
      : initialDay(props.month, props.today, byDay().keys());
  };
  const meetingsOn = (date: string) => byDay().get(date) ?? [];
  /** The day to focus once its cell is drawn (the keyboard may have moved into another month). */
  let pendingFocus: string | null = null;

  const show = (date: string) => {
    pendingFocus = date;
    setChosen(date);
    if (monthOf(date) !== props.month) props.onMonth(monthOf(date));
  };
  createEffect(
    on([day, () => props.month], () => {
      const cell = pendingFocus && table?.querySelector<HTMLElement>(`[data-date="${pendingFocus}"]`);
      if (!cell) return;
      pendingFocus = null;
      cell.focus();
    }),
  );

  const onKeyDown = (event: KeyboardEvent & { currentTarget: HTMLElement }) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "Enter" || event.key === " ") {
      // To the day's meetings below the grid.
      const link = dayList?.querySelector<HTMLElement>("a");
      if (link) {
        event.preventDefault();
        link.focus();
      }
      return;
    }
    const rtl = getComputedStyle(event.currentTarget).direction === "rtl";
    const next = moveFocus(day(), event.key, rtl);
    if (next === null) return;
    event.preventDefault();
    show(next);
  };

  const monthTitleId = "council-calendar-month";
  return (
    <div class="council-calendar">
      <div class="council-calendar-nav">
        <button
          type="button"
          class="button secondary"
          onClick={() => props.onMonth(addMonths(props.month, -1))}
        >
          {t("council.calendar.previous")}
        </button>
        <h2 id={monthTitleId} aria-live="polite">
          {formatMonth(props.month)}
        </h2>
        <button
          type="button"
          class="button secondary"
          onClick={() => props.onMonth(addMonths(props.month, 1))}
        >
          {t("council.calendar.next")}
        </button>
      </div>
      <p id="council-calendar-keys" class="hint">
        {t("council.calendar.keys")}
      </p>
      <table
        ref={table}
        role="grid"
        class="council-month"
        aria-labelledby={monthTitleId}
        aria-describedby="council-calendar-keys"
      >
        <WeekdayHead />
        <tbody>
          <For each={monthWeeks(props.month)}>
            {(week) => (
              <tr>
                <For each={week}>
                  {(date) => (
                    <Show when={date} fallback={<td class="council-month-outside" />}>
                      {(current) => (
                        <td
                          data-date={current()}
                          tabindex={day() === current() ? 0 : -1}
                          aria-selected={day() === current()}
                          aria-current={props.today === current() ? "date" : undefined}
                          classList={{ "council-month-busy": meetingsOn(current()).length > 0 }}
                          onClick={() => show(current())}
                          onKeyDown={onKeyDown}
                        >
                          <span class="council-month-number">{Number(current().slice(8))}</span>
                          <Show when={meetingsOn(current()).length > 0}>
                            <span class="council-month-mark" aria-hidden="true" />
                            <span class="visually-hidden">
                              {t("council.calendar.count", { count: meetingsOn(current()).length })}
                            </span>
                          </Show>
                        </td>
                      )}
                    </Show>
                  )}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <div ref={dayList} class="council-calendar-day">
        <Show
          when={meetingsOn(day()).length > 0}
          fallback={
            <>
              <h3>{formatFullDay(day())}</h3>
              <p>{t("council.calendar.none")}</p>
            </>
          }
        >
          <MeetingDays days={[{ date: day(), meetings: meetingsOn(day()) }]} />
        </Show>
      </div>
    </div>
  );
}
