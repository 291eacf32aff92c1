// The form kit's fields (GOV.UK pattern): a visible label, the hint and the error above the control
// and tied to it by aria-describedby, aria-invalid while it is wrong, and "(required)" in words (or,
// on forms where most fields are required, "(optional)" on the others).
import { createSignal, For, type JSX, Show } from "solid-js";
import { t } from "../lib/i18n";
import { describedBy, errorId, hintId } from "./field-ids";
import "./form.css";

/** Which fields the label marks in words: the required ones, or (where most are) the optional ones. */
export type Mark = "required" | "optional";

export type FieldProps = {
  id: string;
  label: string;
  hint?: string;
  /** Translation key of the field's error. */
  error?: string;
  /** Values the error's text fills in ("at most {{size}}"). */
  errorValues?: Record<string, string>;
  /** The error as already translated text, for messages made elsewhere (the application rules). */
  errorText?: string;
  /** Words that come with the error, e.g. the opening_hours library's message. */
  errorDetail?: string;
  required?: boolean;
  /** "required" (the default) or "optional". */
  mark?: Mark;
  /** Ids of texts outside the field that describe the control too (a file picker's rules). */
  describedBy?: string;
  /** Wrong, with the error said outside the field (a file picker's error above its files). */
  invalid?: boolean;
  /** A class for the field's box, e.g. to hide it on some devices. */
  class?: string;
};

/** Whether the field is wrong, said by a key, a text or outside. */
export const isInvalid = (field: { error?: string; errorText?: string; invalid?: boolean }) =>
  Boolean(field.error || field.errorText || field.invalid);

/** The control's aria-describedby: its hint, its error, then the texts outside it. */
export function describedByOf(field: FieldProps): string | undefined {
  const ids = [describedBy(field.id, field.hint, field.error || field.errorText), field.describedBy];
  return ids.filter(Boolean).join(" ") || undefined;
}

/** The ARIA every control of the kit carries. */
function ariaOf(field: FieldProps) {
  return {
    "aria-required": field.required ? ("true" as const) : undefined,
    "aria-invalid": isInvalid(field) ? ("true" as const) : undefined,
    "aria-describedby": describedByOf(field),
  };
}

/** The error text of a field or a group; its id is the one the control points to. */
export function FieldError(props: {
  id: string;
  /** Translation key. */
  error: string | undefined;
  values?: Record<string, string>;
  /** Already translated text, when there is no key. */
  text?: string;
  detail?: string;
}) {
  const message = () => (props.error ? t(props.error, props.values) : props.text);
  return (
    <Show when={message()}>
      {(text) => (
        <p id={errorId(props.id)} class="field-error">
          <span class="visually-hidden">{t("common.form.errorPrefix")} </span>
          {text()}
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

/** "(required)" after the label or legend of a required field, or "(optional)" after the others. */
export function RequiredMark(props: { required: boolean | undefined; mark?: Mark }) {
  const optional = () => props.mark === "optional";
  return (
    <Show when={optional() ? !props.required : props.required}>
      {" "}
      <span class="field-required">{optional() ? t("common.form.optional") : t("common.form.required")}</span>
    </Show>
  );
}

function Frame(props: FieldProps & { children: JSX.Element }) {
  return (
    <div
      class={props.class ? `field ${props.class}` : "field"}
      // The red bar goes with the error's text: beside this field, or beside the text outside it.
      classList={{ "field-invalid": Boolean(props.error || props.errorText) }}
    >
      <label for={props.id}>
        {props.label}
        <RequiredMark required={props.required} mark={props.mark} />
      </label>
      <Show when={props.hint}>
        <p id={hintId(props.id)} class="hint">
          {props.hint}
        </p>
      </Show>
      <FieldError
        id={props.id}
        error={props.error}
        values={props.errorValues}
        text={props.errorText}
        detail={props.errorDetail}
      />
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
  spellcheck?: boolean;
  /** "characters" for licence plates. */
  autocapitalize?: "off" | "characters";
  /** Narrow, for numbers and dates. */
  short?: boolean;
  /** Shown after the input, e.g. the "show password" button. */
  after?: JSX.Element;
  /** The value's language and direction where they differ from the page's (a translation in the console). */
  lang?: string;
  dir?: "ltr" | "rtl" | "auto";
};

export function TextInput(props: TextInputProps) {
  return (
    <Frame {...props}>
      <div class="field-input">
        <input
          id={props.id}
          name={props.name ?? props.id}
          ref={(element) => props.ref?.(element)}
          {...ariaOf(props)}
          class={props.short ? "form-input form-input-short" : "form-input"}
          type={props.type ?? "text"}
          value={props.value}
          lang={props.lang}
          dir={props.dir}
          autocomplete={props.autocomplete}
          inputMode={props.inputMode}
          maxLength={props.maxLength}
          min={props.min}
          max={props.max}
          spellcheck={props.code ? false : props.spellcheck}
          autocapitalize={props.code ? "off" : props.autocapitalize}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
        {props.after}
      </div>
    </Frame>
  );
}

/** A date as the browser's date picker gives it (YYYY-MM-DD). */
export function DateInput(
  props: Omit<TextInputProps, "type" | "inputMode" | "maxLength" | "code" | "spellcheck" | "autocapitalize">,
) {
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
  props: FieldProps &
    Pick<TextInputProps, "lang" | "dir"> & {
      value: string;
      onInput: (value: string) => void;
      rows?: number;
      maxLength?: number;
    },
) {
  return (
    <Frame {...props}>
      <textarea
        id={props.id}
        name={props.id}
        {...ariaOf(props)}
        class="form-input"
        rows={props.rows ?? 4}
        value={props.value}
        lang={props.lang}
        dir={props.dir}
        maxLength={props.maxLength}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </Frame>
  );
}

/** `hint`: a line under a radio's or checkbox's label (an office's address); selects ignore it. */
export type Option = {
  value: string;
  label: string;
  hint?: string;
  /** The label's language where it differs from the page's (a language's own name). */
  lang?: string;
};
export type OptionGroup = { label: string; options: readonly Option[] };

export function SelectInput(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    options?: readonly Option[];
    /** Options in named groups (optgroup), after the plain `options`. */
    groups?: readonly OptionGroup[];
    disabled?: boolean;
    /** Narrow, for a number or a short word (a zoom level, "twice"). */
    short?: boolean;
  },
) {
  const option = (item: Option) => (
    <option value={item.value} selected={item.value === props.value} lang={item.lang}>
      {item.label}
    </option>
  );
  return (
    <Frame {...props}>
      <select
        id={props.id}
        name={props.id}
        {...ariaOf(props)}
        class={props.short ? "form-input form-input-short" : "form-input"}
        disabled={props.disabled}
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

/**
 * A wall-clock time (HH:MM) as the browser's time picker gives it. The value goes out on `change`:
 * while a time is half typed the input's value is empty, and writing that back would wipe the
 * parts already typed.
 */
export function TimeInput(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
  },
) {
  return (
    <Frame {...props}>
      <input
        id={props.id}
        name={props.id}
        {...ariaOf(props)}
        class="form-input form-input-short"
        type="time"
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      />
    </Frame>
  );
}

/** Short fields side by side (from and to, a range of zoom levels), under each other where narrow. */
export function FieldRow(props: { children: JSX.Element; class?: string }) {
  return <div class={props.class ? `field-row ${props.class}` : "field-row"}>{props.children}</div>;
}

/** A file picker; the files go to `onChange` as the user picks them. */
export function FileInput(
  props: FieldProps & {
    onChange: (files: File[], input: HTMLInputElement) => void;
    /** MIME types or extensions, as the `accept` attribute takes them. */
    accept?: string;
    multiple?: boolean;
    disabled?: boolean;
    /** Opens the camera on phones ("environment": the one on the back). */
    capture?: "environment" | "user";
    ref?: (element: HTMLInputElement) => void;
  },
) {
  return (
    <Frame {...props}>
      <input
        id={props.id}
        name={props.id}
        {...ariaOf(props)}
        class="form-file"
        type="file"
        accept={props.accept}
        multiple={props.multiple}
        disabled={props.disabled}
        capture={props.capture}
        ref={(element) => props.ref?.(element)}
        onChange={(event) => props.onChange([...(event.currentTarget.files ?? [])], event.currentTarget)}
      />
    </Frame>
  );
}
