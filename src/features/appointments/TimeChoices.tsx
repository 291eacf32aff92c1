// The free times of one day as radio buttons (arrow keys move between them). Each is named in full,
// "Dienstag, 1. Dezember 2026, 09:10 Uhr", so a screen reader user never hears a bare "09:10".
import { For, type JSX } from "solid-js";
import type { SlotDay } from "./calendar";
import { formatTime } from "../../lib/date-format";
import { slotName } from "./format";

export function TimeChoices(props: {
  day: SlotDay;
  /** Shared by every day of the picker: one choice in all. */
  name: string;
  value: string | null;
  onChange: (slot: string) => void;
  legend: JSX.Element;
}) {
  return (
    <fieldset class="time-choices">
      <legend>{props.legend}</legend>
      <div class="time-grid">
        <For each={props.day.slots}>
          {(slot) => {
            const id = `${props.name}-${slot.replace(/[^0-9A-Za-z]/g, "")}`;
            return (
              <div class="time-choice">
                <input
                  type="radio"
                  id={id}
                  name={props.name}
                  value={slot}
                  checked={props.value === slot}
                  aria-label={slotName(props.day.date, slot)}
                  onChange={() => props.onChange(slot)}
                />
                <label for={id}>{formatTime(slot)}</label>
              </div>
            );
          }}
        </For>
      </div>
    </fieldset>
  );
}
