// One filter of a business directory: a select whose empty choice means "all"; the choice lives in
// the address so a filtered list can be shared.
import { For } from "solid-js";

export function FilterSelect<V extends string>(props: {
  id: string;
  label: string;
  allLabel: string;
  options: readonly V[];
  optionLabel: (option: V) => string;
  value: V | undefined;
  /** Undefined for "all". */
  onChange: (value: string | undefined) => void;
}) {
  return (
    <div class="business-filter">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} onChange={(event) => props.onChange(event.currentTarget.value || undefined)}>
        <option value="" selected={props.value === undefined}>
          {props.allLabel}
        </option>
        <For each={props.options}>
          {(option) => (
            <option value={option} selected={props.value === option}>
              {props.optionLabel(option)}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}
