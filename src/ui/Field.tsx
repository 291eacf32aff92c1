// The form kit's fields (GOV.UK pattern): a visible label, the hint and the error above the control
// and tied to it by aria-describedby, aria-invalid while it is wrong, and "(required)" in words.
import { createSignal, For, type JSX, Show } from "solid-js";
import { t } from "../lib/i18n";
import { describedBy, errorId, hintId } from "./field-ids";
import "./form.css";

export type FieldProps = {
  id: string;
  label: string;
  hint?: string;
  /** Translation key of the field's error. */
  error?: string;
  /** Values the error's text fills in ("at most {{size}}"). */
  errorValues?: Record<string, string>;
  /** Words that come with the error, e.g. the opening_hours library's message. */
  errorDetail?: string;
  required?: boolean;
};

/** The error text of a field or a group; its id is the one the control points to. */
export function FieldError(props: {
  id: string;
  error: string | undefined;
  values?: Record<string, string>;
  detail?: string;
}) {
  return (
    <Show when={props.error}>
      {(key) => (
        <p id={errorId(props.id)} class="field-error">
          <span class="visually-hidden">{t("common.form.errorPrefix")} </span>
          {t(key(), props.values)}
          <Show when={props.detail}>
            {(detail) => (
              <>
                {" "}
                <span class="field-error-detail">{detail()}</span>
              </>
            )}
          </Show>
        </p>
      )}
    </Show>
  );
}

/** "(required)" after a label or legend. */
export function RequiredMark(props: { when: boolean | undefined }) {
  return (
    <Show when={props.when}>
      {" "}
      <span class="field-required">{t("common.form.required")}</span>
    </Show>
  );
}

function Frame(props: FieldProps & { children: JSX.Element }) {
  return (
    <div class="field" classList={{ "field-invalid": Boolean(props.error) }}>
      <label for={props.id}>
        {props.label}
        <RequiredMark when={props.required} />
      </label>
      <Show when={props.hint}>
        <p id={hintId(props.id)} class="hint">
          {props.hint}
        </p>
      </Show>
      <FieldError id={props.id} error={props.error} values={props.errorValues} detail={props.errorDetail} />
      {props.children}
    </div>
  );
}

export type TextInputProps = FieldProps & {
  value: string;
  onInput: (value: string) => void;
  /** datetime-local: a wall clock of Delmenhorst, converted by the page (src/lib/contract/berlin-time.ts). */
  type?: "text" | "email" | "password" | "tel" | "url" | "date" | "datetime-local" | "search";
  /** The form field's name when it differs from the id. */
  name?: string;
  /** The input element, for pages that move focus to it. */
  ref?: (element: HTMLInputElement) => void;
  autocomplete?: string;
  inputMode?: "text" | "numeric" | "decimal" | "tel" | "email" | "url";
  maxLength?: number;
  min?: string;
  max?: string;
  /** Codes and rules: no spelling correction, no capitals. */
  code?: boolean;
  /** Shown after the input, e.g. the "show password" button. */
  after?: JSX.Element;
};

export function TextInput(props: TextInputProps) {
  return (
    <Frame {...props}>
      <div class="field-input">
        <input
          id={props.id}
          name={props.name ?? props.id}
          ref={(element) => props.ref?.(element)}
          aria-required={props.required ? "true" : undefined}
          aria-invalid={props.error ? "true" : undefined}
          aria-describedby={describedBy(props.id, props.hint, props.error)}
          class="form-input"
          type={props.type ?? "text"}
          value={props.value}
          autocomplete={props.autocomplete}
          inputMode={props.inputMode}
          maxLength={props.maxLength}
          min={props.min}
          max={props.max}
          spellcheck={props.code ? false : undefined}
          autocapitalize={props.code ? "off" : undefined}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
        {props.after}
      </div>
    </Frame>
  );
}

/** A date as the browser's date picker gives it (YYYY-MM-DD). */
export function DateInput(props: Omit<TextInputProps, "type" | "inputMode" | "maxLength" | "code">) {
  return <TextInput {...props} type="date" />;
}

/** A password field with a "show" button: typing blind is hard on a phone. */
export function PasswordInput(props: Omit<TextInputProps, "type" | "after">) {
  const [visible, setVisible] = createSignal(false);
  return (
    <TextInput
      {...props}
      type={visible() ? "text" : "password"}
      after={
        <button
          type="button"
          class="button secondary"
          aria-controls={props.id}
          onClick={() => setVisible(!visible())}
        >
          {visible() ? t("common.form.hidePassword") : t("common.form.showPassword")}
        </button>
      }
    />
  );
}

export function TextArea(
  props: FieldProps & { value: string; onInput: (value: string) => void; rows?: number; maxLength?: number },
) {
  return (
    <Frame {...props}>
      <textarea
        id={props.id}
        name={props.id}
        aria-required={props.required ? "true" : undefined}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        class="form-input"
        rows={props.rows ?? 4}
        value={props.value}
        maxLength={props.maxLength}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </Frame>
  );
}

export type Option = { value: string; label: string };
export type OptionGroup = { label: string; options: readonly Option[] };

export function SelectInput(
  props: FieldProps & {
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
        class="form-input"
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

/** A file picker; the files go to `onChange` as the user picks them. */
export function FileInput(
  props: FieldProps & {
    onChange: (files: File[], input: HTMLInputElement) => void;
    /** MIME types or extensions, as the `accept` attribute takes them. */
    accept?: string;
    multiple?: boolean;
    disabled?: boolean;
    ref?: (element: HTMLInputElement) => void;
  },
) {
  return (
    <Frame {...props}>
      <input
        id={props.id}
        name={props.id}
        aria-required={props.required ? "true" : undefined}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        class="form-file"
        type="file"
        accept={props.accept}
        multiple={props.multiple}
        disabled={props.disabled}
        ref={(element) => props.ref?.(element)}
        onChange={(event) => props.onChange([...(event.currentTarget.files ?? [])], event.currentTarget)}
      />
    </Frame>
  );
}
