// Radio buttons and checkboxes of the form kit: several under one question in a fieldset whose legend
// asks it (WCAG 1.3.1), or one checkbox on its own, each box with its label beside it.
import { For, type JSX, Show } from "solid-js";
import { describedBy, hintId } from "./field-ids";
import { FieldError, type Option, RequiredMark } from "./Field";
import "./form.css";

type GroupProps = {
  id: string;
  legend: string;
  hint?: string;
  /** Translation key of the group's error. */
  error?: string;
  required?: boolean;
};

/** Radio buttons or checkboxes under one question; `children` are its `Choice`s. */
export function ChoiceGroup(props: GroupProps & { children: JSX.Element }) {
  return (
    // Focusable: the form's error summary links here.
    <fieldset
      id={props.id}
      tabindex="-1"
      class="form-choices"
      classList={{ "field-invalid": Boolean(props.error) }}
      aria-describedby={describedBy(props.id, props.hint, props.error)}
    >
      <legend>
        {props.legend}
        <RequiredMark when={props.required} />
      </legend>
      <Show when={props.hint}>
        <p id={hintId(props.id)} class="hint">
          {props.hint}
        </p>
      </Show>
      <FieldError id={props.id} error={props.error} />
      {props.children}
    </fieldset>
  );
}

export function Choice(props: {
  id: string;
  type: "radio" | "checkbox";
  name: string;
  label: string;
  /** A line under the label that says more about this choice. */
  hint?: string;
  value?: string;
  checked: boolean;
  onChange: (checked: boolean, input: HTMLInputElement) => void;
  ref?: (element: HTMLInputElement) => void;
}) {
  return (
    <div class="form-choice">
      <input
        id={props.id}
        type={props.type}
        name={props.name}
        value={props.value}
        checked={props.checked}
        aria-describedby={props.hint ? hintId(props.id) : undefined}
        ref={(element) => props.ref?.(element)}
        onChange={(event) => props.onChange(event.currentTarget.checked, event.currentTarget)}
      />
      <div>
        <label for={props.id}>{props.label}</label>
        <Show when={props.hint}>
          <p id={hintId(props.id)} class="hint">
            {props.hint}
          </p>
        </Show>
      </div>
    </div>
  );
}

/** One answer out of several; each option's id is `<id>-<value>`. */
export function Radios(
  props: GroupProps & { options: readonly Option[]; value: string; onChange: (value: string) => void },
) {
  return (
    <ChoiceGroup {...props}>
      <For each={props.options}>
        {(option) => (
          <Choice
            id={`${props.id}-${option.value}`}
            type="radio"
            name={props.id}
            value={option.value}
            label={option.label}
            checked={option.value === props.value}
            onChange={(checked) => checked && props.onChange(option.value)}
          />
        )}
      </For>
    </ChoiceGroup>
  );
}

/** Any number of answers; each option's id is `<id>-<value>`. */
export function Checkboxes(
  props: GroupProps & {
    options: readonly Option[];
    values: readonly string[];
    onChange: (values: string[]) => void;
  },
) {
  const toggle = (value: string, checked: boolean) =>
    props.onChange(
      props.options
        .map((option) => option.value)
        .filter((item) => (item === value ? checked : props.values.includes(item))),
    );
  return (
    <ChoiceGroup {...props}>
      <For each={props.options}>
        {(option) => (
          <Choice
            id={`${props.id}-${option.value}`}
            type="checkbox"
            name={props.id}
            value={option.value}
            label={option.label}
            checked={props.values.includes(option.value)}
            onChange={(checked) => toggle(option.value, checked)}
          />
        )}
      </For>
    </ChoiceGroup>
  );
}

/** A single yes/no question ("Stay signed in"), the label beside the box. */
export function Checkbox(props: {
  id: string;
  label: string;
  hint?: string;
  /** Translation key of the error. */
  error?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div class="field checkbox-field" classList={{ "field-invalid": Boolean(props.error) }}>
      <input
        id={props.id}
        name={props.id}
        type="checkbox"
        checked={props.checked}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <div>
        <label for={props.id}>{props.label}</label>
        <Show when={props.hint}>
          <p id={hintId(props.id)} class="hint">
            {props.hint}
          </p>
        </Show>
        <FieldError id={props.id} error={props.error} />
      </div>
    </div>
  );
}
