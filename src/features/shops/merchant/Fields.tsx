// Form fields of the merchant's pages: a visible label, the hint and the error tied to the control
// (WCAG 1.3.1, 3.3.1, 3.3.2). The markup is the account's (account.css styles it under .account).
import { For, type JSX, Show } from "solid-js";
import { t } from "../../../lib/i18n";

type Common = {
  id: string;
  label: string;
  hint?: string;
  /** Translation key of the field's error. */
  error?: string;
  /** Words that come with the error, e.g. the opening_hours library's message. */
  errorDetail?: string;
  required?: boolean;
};

function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function FieldError(props: { id: string; error: string | undefined; detail?: string }) {
  return (
    <Show when={props.error}>
      {(key) => (
        <p id={`${props.id}-error`} class="field-error">
          <span class="visually-hidden">{t("account.form.errorPrefix")} </span>
          {t(key())}
          <Show when={props.detail}>
            {(detail) => (
              <>
                {" "}
                <span class="merchant-error-detail">{detail()}</span>
              </>
            )}
          </Show>
        </p>
      )}
    </Show>
  );
}

function Frame(props: Common & { children: JSX.Element }) {
  return (
    <div class="field" classList={{ "field-invalid": Boolean(props.error) }}>
      <label for={props.id}>
        {props.label}
        <Show when={props.required}>
          {" "}
          <span class="field-required">{t("account.form.required")}</span>
        </Show>
      </label>
      <Show when={props.hint}>
        <p id={`${props.id}-hint`} class="hint">
          {props.hint}
        </p>
      </Show>
      <FieldError id={props.id} error={props.error} detail={props.errorDetail} />
      {props.children}
    </div>
  );
}

export function TextInput(
  props: Common & {
    value: string;
    onInput: (value: string) => void;
    type?: "text" | "tel" | "url" | "date" | "email";
    autocomplete?: string;
    inputMode?: "text" | "tel" | "url" | "decimal" | "numeric";
    maxLength?: number;
    multiline?: boolean;
    /** Codes and rules: no spelling correction, no capitals. */
    code?: boolean;
  },
) {
  return (
    <Frame {...props}>
      <Show
        when={props.multiline}
        fallback={
          <input
            id={props.id}
            name={props.id}
            type={props.type ?? "text"}
            value={props.value}
            autocomplete={props.autocomplete ?? "off"}
            inputMode={props.inputMode}
            maxLength={props.maxLength}
            spellcheck={props.code ? false : undefined}
            autocapitalize={props.code ? "off" : undefined}
            aria-required={props.required ? "true" : undefined}
            aria-invalid={props.error ? "true" : undefined}
            aria-describedby={describedBy(props.id, props.hint, props.error)}
            onInput={(event) => props.onInput(event.currentTarget.value)}
          />
        }
      >
        <textarea
          id={props.id}
          name={props.id}
          rows={4}
          value={props.value}
          maxLength={props.maxLength}
          aria-required={props.required ? "true" : undefined}
          aria-invalid={props.error ? "true" : undefined}
          aria-describedby={describedBy(props.id, props.hint, props.error)}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      </Show>
    </Frame>
  );
}

export type Option = { value: string; label: string };
export type OptionGroup = { label: string; options: readonly Option[] };

export function SelectInput(
  props: Common & {
    value: string;
    onChange: (value: string) => void;
    options?: readonly Option[];
    /** Options in named groups (optgroup), after the plain `options`. */
    groups?: readonly OptionGroup[];
  },
) {
  const option = (item: Option) => (
    <option value={item.value} selected={item.value === props.value}>
      {item.label}
    </option>
  );
  return (
    <Frame {...props}>
      <select
        id={props.id}
        name={props.id}
        aria-required={props.required ? "true" : undefined}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        <For each={props.options ?? []}>{option}</For>
        <For each={props.groups ?? []}>
          {(group) => (
            <optgroup label={group.label}>
              <For each={group.options}>{option}</For>
            </optgroup>
          )}
        </For>
      </select>
    </Frame>
  );
}

/** Radio buttons or checkboxes under one question (fieldset and legend). */
export function ChoiceGroup(props: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  children: JSX.Element;
}) {
  const describedBy = () =>
    [props.hint ? `${props.id}-hint` : "", props.error ? `${props.id}-error` : ""]
      .filter(Boolean)
      .join(" ") || undefined;
  return (
    // Focusable: the form's error summary links here.
    <fieldset
      id={props.id}
      tabindex="-1"
      class="merchant-choices"
      classList={{ "field-invalid": Boolean(props.error) }}
      aria-describedby={describedBy()}
    >
      <legend>{props.legend}</legend>
      <Show when={props.hint}>
        <p id={`${props.id}-hint`} class="hint">
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
  checked: boolean;
  onChange: (checked: boolean, input: HTMLInputElement) => void;
  ref?: (element: HTMLInputElement) => void;
}) {
  return (
    <div class="merchant-choice">
      <input
        id={props.id}
        type={props.type}
        name={props.name}
        checked={props.checked}
        ref={(element) => props.ref?.(element)}
        onChange={(event) => props.onChange(event.currentTarget.checked, event.currentTarget)}
      />
      <label for={props.id}>{props.label}</label>
    </div>
  );
}
