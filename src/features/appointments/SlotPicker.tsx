// Choosing a day and a time: a month calendar where only days with free times can be chosen, or the
// same as a plain list. Used for booking and for moving an appointment. Works with the keyboard alone:
// Tab reaches the days, Enter chooses one and moves to its times, arrow keys move between times.
import { createSignal, For, Match, Show, Switch, untrack } from "solid-js";
import type { ServiceLine } from "../../lib/contract/appointments";
import type { Office } from "../../lib/contract/guide";
import { t } from "../../lib/i18n";
import { errorKey } from "./errors";
import { addMonths, berlinDateOf, monthOf } from "./calendar";
import { formatDay, formatFullDay, formatMonth } from "../../lib/date-format";
import { createMonthSlots } from "./month-slots";
import { MonthGrid } from "./MonthGrid";
import { TimeChoices } from "./TimeChoices";

export function SlotPicker(props: {
  id: string;
  office: Office;
  lines: ServiceLine[];
  value: string | null;
  onChange: (slot: string) => void;
  version?: number;
}) {
  // The picker opens at the time already chosen (when coming back to this step), then leads itself.
  const initial = untrack(() => props.value);
  const start = initial ? berlinDateOf(initial) : null;
  const slots = createMonthSlots({
    office: () => props.office,
    lines: () => props.lines,
    version: () => props.version ?? 0,
    initialMonth: () => (start ? monthOf(start) : null),
  });
  const [asList, setAsList] = createSignal(false);
  const [day, setDay] = createSignal<string | null>(start);
  let timesHeading: HTMLHeadingElement | undefined;

  const days = () => {
    const state = slots.state();
    return state.status === "ready" ? state.days : [];
  };
  const chosenDay = () => days().find((d) => d.date === day());

  const selectDay = (date: string) => {
    setDay(date);
    // The times appear below the calendar: take keyboard and screen reader users there.
    requestAnimationFrame(() => timesHeading?.focus());
  };

  return (
    <div class="slot-picker">
      <p>
        <button
          type="button"
          class="button secondary"
          aria-pressed={asList()}
          onClick={() => setAsList(!asList())}
        >
          {t("appointments.picker.showAsList")}
        </button>
      </p>
      <div class="month-nav">
        <h2 class="month-title" aria-live="polite">
          {formatMonth(slots.month())}
        </h2>
        <div class="button-row">
          <button
            type="button"
            class="button secondary"
            disabled={!slots.canGoBack()}
            onClick={() => slots.previous()}
          >
            {t("appointments.picker.previous", { month: formatMonth(addMonths(slots.month(), -1)) })}
          </button>
          <button
            type="button"
            class="button secondary"
            disabled={!slots.canGoOn()}
            onClick={() => slots.next()}
          >
            {t("appointments.picker.next", { month: formatMonth(addMonths(slots.month(), 1)) })}
          </button>
        </div>
      </div>

      <Switch>
        <Match when={slots.state().status === "loading"}>
          <p class="loading" role="status">
            {t("appointments.picker.loading")}
          </p>
        </Match>
        <Match when={slots.state().status === "failed"}>
          <div role="alert">
            <p>{t(failureKey(slots.state()))}</p>
            <button type="button" class="button secondary" onClick={() => slots.retry()}>
              {t("common.retry")}
            </button>
          </div>
        </Match>
        <Match when={days().length === 0}>
          <div class="notice" role="status">
            <p>{t("appointments.picker.noneInMonth", { month: formatMonth(slots.month()) })}</p>
            <Show
              when={slots.canGoOn()}
              fallback={
                <p>
                  {t("appointments.picker.horizon", {
                    date: formatDay(slots.lastDay()),
                  })}
                </p>
              }
            >
              <button type="button" class="button secondary" onClick={() => slots.next()}>
                {t("appointments.picker.lookNext", { month: formatMonth(addMonths(slots.month(), 1)) })}
              </button>
            </Show>
          </div>
        </Match>
        <Match when={asList()}>
          <For each={days()}>
            {(entry) => (
              <TimeChoices
                day={entry}
                name={`${props.id}-slot`}
                value={props.value}
                onChange={props.onChange}
                legend={<h3>{formatFullDay(entry.date)}</h3>}
              />
            )}
          </For>
        </Match>
        <Match when={!asList()}>
          <MonthGrid month={slots.month()} days={days()} selected={day()} onSelect={selectDay} />
          <Show when={chosenDay()} fallback={<p class="hint">{t("appointments.picker.chooseDay")}</p>}>
            {(entry) => (
              <TimeChoices
                day={entry()}
                name={`${props.id}-slot`}
                value={props.value}
                onChange={props.onChange}
                legend={
                  <h3 tabindex="-1" ref={timesHeading}>
                    {t("appointments.picker.timesOn", { day: formatFullDay(entry().date) })}
                  </h3>
                }
              />
            )}
          </Show>
        </Match>
      </Switch>
    </div>
  );
}

function failureKey(state: ReturnType<ReturnType<typeof createMonthSlots>["state"]>): string {
  if (state.status !== "failed") return "errors.internal_error";
  const key = errorKey(state.error);
  return key === "appointments.common.offline" ? "appointments.picker.offline" : key;
}
