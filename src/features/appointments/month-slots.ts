// The free slots of one month of the picker, asked from the server when the month, the office or the
// services change. Only the newest request counts: a slow answer for a month already left is dropped.
import { type Accessor, createEffect, createSignal, on } from "solid-js";
import { formatServiceList, type ServiceLine } from "../../lib/contract/appointments";
import type { Office } from "../../lib/contract/guide";
import { fetchSlots } from "./api";
import { addDays, addMonths, berlinDateOf, groupByDay, monthOf, monthWindow, type SlotDay } from "./calendar";

export type MonthSlots =
  { status: "loading" } | { status: "ready"; days: SlotDay[] } | { status: "failed"; error: unknown };

export function createMonthSlots(props: {
  office: () => Office;
  lines: () => ServiceLine[];
  /** Raised by the page to ask again (after a slot was taken). */
  version: () => number;
  /** The month to open first; without it the first month with a free slot. */
  initialMonth: () => string | null;
}) {
  const today = berlinDateOf(Date.now());
  const lastDay = () => addDays(today, props.office().booking?.horizonDays ?? 31);
  const firstMonth = monthOf(today);
  const lastMonth = () => monthOf(lastDay());
  const [month, setMonth] = createSignal(props.initialMonth() ?? firstMonth);
  const [state, setState] = createSignal<MonthSlots>({ status: "loading" });
  // Until a month with a free slot is found, an empty month moves on to the next by itself.
  let searching = props.initialMonth() === null;
  let request = 0;

  const load = async (wanted: string) => {
    const mine = ++request;
    setState({ status: "loading" });
    const range = monthWindow(wanted, today, lastDay());
    try {
      const answer = range
        ? await fetchSlots({ officeId: props.office().id, services: props.lines(), ...range })
        : { days: [] };
      if (mine !== request) return;
      const days = groupByDay(answer.days.flatMap((day) => day.slots)).filter(
        (d) => monthOf(d.date) === wanted,
      );
      if (days.length === 0 && searching && wanted < lastMonth()) {
        setMonth(addMonths(wanted, 1));
        return;
      }
      searching = false;
      setState({ status: "ready", days });
    } catch (error) {
      if (mine === request) setState({ status: "failed", error });
    }
  };

  createEffect(
    on(
      [month, () => props.office().id, () => formatServiceList(props.lines()), props.version],
      ([wanted]) => {
        void load(wanted);
      },
    ),
  );

  const canGoBack: Accessor<boolean> = () => month() > firstMonth;
  const canGoOn: Accessor<boolean> = () => month() < lastMonth();
  return {
    month,
    state,
    lastDay,
    canGoBack,
    canGoOn,
    previous: () => canGoBack() && setMonth(addMonths(month(), -1)),
    next: () => canGoOn() && setMonth(addMonths(month(), 1)),
    retry: () => void load(month()),
  };
}
