// The head of a month table (the appointments' slot picker, the council's calendar): the week's
// days, Monday first, short on screen and in full for screen readers.
import { For } from "solid-js";
import { weekdayNames } from "../lib/date-format";

export function WeekdayHead() {
  return (
    <thead>
      <tr>
        <For each={weekdayNames()}>
          {(day) => (
            <th scope="col">
              <span aria-hidden="true">{day.short}</span>
              <span class="visually-hidden">{day.long}</span>
            </th>
          )}
        </For>
      </tr>
    </thead>
  );
}
