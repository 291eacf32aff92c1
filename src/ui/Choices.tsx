// Radio buttons and checkboxes of the form kit: several under one question in a fieldset whose legend
// asks it (WCAG 1.3.1), or one checkbox on its own, each box with its label beside it. The group
// also holds other fields that belong under one legend (a list of persons).
import { For, type JSX, Show } from "solid-js";
import { describedBy, hintId } from "./field-ids";
import { FieldError, isInvalid, type Mark, type Option, RequiredMark } from "./Field";
import "./form.css";

type GroupProps = {
  id: string;
  legend: string;
  hint?: string;
  /** Translation key of the group's error. */
  error?: string;
  /** The error as already translated text. */
  errorText?: string;
  required?: boolean;
  /** "required" (the default) or "optional": which groups the legend marks in words. */
  mark?: Mark;
};

/** Radio buttons or checkboxes under one question; `children` are its `Choice`s. */
export function ChoiceGroup(props: GroupProps & { children: JSX.Element }) {
  return (
    // Focusable: the form's error summary links here.
    <fieldset
      id={props.id}
      tabindex="-1"
      class="form-choices"
      classList={{ "field-invalid": isInvalid(props) }}
      aria-describedby={describedBy(props.id, props.hint, isInvalid(props))}
    >
      <legend>
        {props.legend}
        <RequiredMark required={props.required} mark={props.mark} />
      </legend>
      <Show when={props.hint}>
        <p id={hintId(props.id)} class="hint">
          {props.hint}
        </p>
      </Show>
      <FieldError id={props.id} error={props.error} text={props.errorText} />
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
  /** The label's language where it differs from the page's. */
  lang?: string;
  value?: string;
  checked: boolean;
  disabled?: boolean;
  /** Marks the box wrong when the group's error is about it. */
  invalid?: boolean;
  onChange: (checked: boolean, input: HTMLInputElement) => void;
  ref?: (element: HTMLInputElement) => void;
  /** More that belongs to this choice, under its label (how many persons). */
  children?: JSX.Element;
}) {
  return (
    <div class="form-choice">
      <input
        id={props.id}
        type={props.type}
        name={props.name}
        value={props.value}
        checked={props.checked}
        disabled={props.disabled}
        aria-invalid={props.invalid ? "true" : undefined}
        aria-describedby={props.hint ? hintId(props.id) : undefined}
        ref={(element) => props.ref?.(element)}
        onChange={(event) => props.onChange(event.currentTarget.checked, event.currentTarget)}
      />
      <div>
        <label for={props.id} lang={props.lang}>
          {props.label}
        </label>
        <Show when={props.hint}>
          <p id={hintId(props.id)} class="hint">
            {props.hint}
          </p>
        </Show>
        {props.children}
      </div>
    </div>
  );
}

/** One answer out of several; each option's id is `<id>-<value>`, its `hint` under its label. */
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
            hint={option.hint}
            lang={option.lang}
            invalid={isInvalid(props)}
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
            hint={option.hint}
            lang={option.lang}
            checked={props.values.includes(option.value)}
            onChange={(checked) => toggle(option.value, checked)}
          />
        )}
      </For>
    </ChoiceGroup>
  );
}

/**
 * A single yes/no question ("Stay signed in"), the label beside the box. A required one ("I declare
 * that my answers are true") must be ticked to go on: it says so in words and to screen readers.
 */
export function Checkbox(props: {
  id: string;
  label: string;
  hint?: string;
  /** Translation key of the error. */
  error?: string;
  /** The error as already translated text. */
  errorText?: string;
  required?: boolean;
  /** "required" (the default) or "optional": which boxes the label marks in words. */
  mark?: Mark;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** A class for the box, e.g. to place it in a row of view options. */
  class?: string;
}) {
  return (
    <div
      class={props.class ? `field checkbox-field ${props.class}` : "field checkbox-field"}
      classList={{ "field-invalid": isInvalid(props) }}
    >
      <input
        id={props.id}
        name={props.id}
        type="checkbox"
        checked={props.checked}
        aria-required={props.required ? "true" : undefined}
        aria-invalid={isInvalid(props) ? "true" : undefined}
        aria-describedby={describedBy(props.id, props.hint, isInvalid(props))}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <div>
        <label for={props.id}>
          {props.label}
          <RequiredMark required={props.required} mark={props.mark} />
        </label>
        <Show when={props.hint}>
          <p id={hintId(props.id)} class="hint">
            {props.hint}
          </p>
        </Show>
        <FieldError id={props.id} error={props.error} text={props.errorText} />
      </div>
    </div>
  );
}
