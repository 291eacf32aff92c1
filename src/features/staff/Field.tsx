// Labelled form fields with hint and error tied to the control (WCAG 1.3.1, 3.3.1, 3.3.2).
import { For, type JSX, Show } from "solid-js";
import { t } from "../../lib/i18n";

type Common = {
  id: string;
  label: string;
  hint?: string;
  /** Translation key of the field's error. */
  error?: string;
  required?: boolean;
};

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function Frame(props: Common & { children: JSX.Element }) {
  return (
    <div class="staff-field" classList={{ "has-error": Boolean(props.error) }}>
      <label for={props.id}>{props.label}</label>
      <Show when={props.hint}>
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        {(key) => (
          <p class="field-error" id={`${props.id}-error`}>
            {t(key())}
          </p>
        )}
      </Show>
      {props.children}
    </div>
  );
}

export function TextField(
  props: Common & {
    value: string;
    onInput: (value: string) => void;
    /** datetime-local: the wall clock of Delmenhorst, converted by the page (warnings/berlin-time.ts). */
    type?: "text" | "email" | "password" | "date" | "datetime-local" | "search";
    autocomplete?: string;
    inputmode?: "numeric" | "text" | "email";
    multiline?: boolean;
    name?: string;
    /** References and codes: phones start with capitals and do not correct the spelling. */
    code?: boolean;
    /** The input element, for pages that move focus to it. */
    inputRef?: (element: HTMLInputElement) => void;
  },
) {
  return (
    <Frame {...props}>
      <Show
        when={props.multiline}
        fallback={
          <input
            id={props.id}
            name={props.name ?? props.id}
            type={props.type ?? "text"}
            value={props.value}
            onInput={(event) => props.onInput(event.currentTarget.value)}
            autocomplete={props.autocomplete ?? "off"}
            inputmode={props.inputmode}
            autocapitalize={props.code ? "characters" : undefined}
            spellcheck={props.code ? false : undefined}
            ref={(element) => props.inputRef?.(element)}
            required={props.required}
            aria-invalid={props.error ? "true" : undefined}
            aria-describedby={describedBy(props.id, props.hint, props.error)}
          />
        }
      >
        <textarea
          id={props.id}
          name={props.name ?? props.id}
          rows={8}
          value={props.value}
          onInput={(event) => props.onInput(event.currentTarget.value)}
          required={props.required}
          aria-invalid={props.error ? "true" : undefined}
          aria-describedby={describedBy(props.id, props.hint, props.error)}
        />
      </Show>
    </Frame>
  );
}

export function SelectField(
  props: Common & {
    value: string;
    onChange: (value: string) => void;
    options: readonly { value: string; label: string }[];
  },
) {
  return (
    <Frame {...props}>
      <select
        id={props.id}
        name={props.id}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
        required={props.required}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
      >
        <For each={props.options}>
          {(option) => (
            <option value={option.value} selected={option.value === props.value}>
              {option.label}
            </option>
          )}
        </For>
      </select>
    </Frame>
  );
}

/**
 * The one live region of a form: it exists before anything is put in, so screen readers announce
 * the errors when they appear.
 */
export function FormAlert(props: { messages: readonly string[] }) {
  return (
    <div role="alert" class="staff-alert-region">
      <Show when={props.messages.length > 0}>
        <div class="staff-alert">
          <p class="staff-alert-title">{t("staff.common.fixErrors")}</p>
          <ul>
            <For each={props.messages}>{(message) => <li>{message}</li>}</For>
          </ul>
        </div>
      </Show>
    </div>
  );
}
