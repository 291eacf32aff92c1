// Form parts of the account pages: a visible label for every field, the hint and the error next to
// it, and a summary of all errors (GOV.UK error summary pattern) announced as an alert.
import { createEffect, createSignal, For, type JSX, on, Show } from "solid-js";
import { t } from "../../lib/i18n";

/** `message` is a translation key (with `values` to fill in); `fieldId` links the entry to its field. */
export type SummaryItem = { fieldId?: string; message: string; values?: Record<string, string> };

export function ErrorSummary(props: { items: SummaryItem[] }) {
  let box: HTMLDivElement | undefined;
  // Keyboard and screen reader users land on the list of what to fix, as sighted users see it.
  createEffect(
    on(
      () => props.items,
      (items) => {
        if (items.length > 0) queueMicrotask(() => box?.focus());
      },
    ),
  );
  const focusField = (event: MouseEvent, id: string) => {
    event.preventDefault();
    document.getElementById(id)?.focus();
  };
  return (
    <Show when={props.items.length > 0}>
      <div class="error-summary" role="alert" tabindex="-1" ref={box}>
        <p class="error-summary-title">{t("account.form.errorSummaryTitle")}</p>
        <ul>
          <For each={props.items}>
            {(item) => (
              <li>
                <Show when={item.fieldId} fallback={t(item.message, item.values)}>
                  {(id) => (
                    <a href={`#${id()}`} onClick={(event) => focusField(event, id())}>
                      {t(item.message, item.values)}
                    </a>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}

/** Summary entries for the field errors, in the order the fields appear. */
export function summaryOf(
  order: string[],
  errors: Partial<Record<string, string>>,
  prefix: string,
): SummaryItem[] {
  return order.flatMap((field) => {
    const message = errors[field];
    return message ? [{ fieldId: `${prefix}-${field}`, message }] : [];
  });
}

type TextFieldProps = {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: "text" | "email" | "password" | "tel" | "date";
  autocomplete?: string;
  inputMode?: "text" | "numeric" | "tel" | "email";
  required?: boolean;
  hint?: string;
  /** A translation key. */
  error?: string;
  maxLength?: number;
  /** Shown after the input, e.g. the "show password" button. */
  after?: JSX.Element;
};

export function TextField(props: TextFieldProps) {
  const hintId = () => (props.hint ? `${props.id}-hint` : undefined);
  const errorId = () => (props.error ? `${props.id}-error` : undefined);
  const describedBy = () => [hintId(), errorId()].filter(Boolean).join(" ") || undefined;
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
        <p id={hintId()} class="hint">
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        {(error) => (
          <p id={errorId()} class="field-error">
            <span class="visually-hidden">{t("account.form.errorPrefix")} </span>
            {t(error())}
          </p>
        )}
      </Show>
      <div class="field-input">
        <input
          id={props.id}
          name={props.id}
          type={props.type ?? "text"}
          autocomplete={props.autocomplete}
          inputMode={props.inputMode}
          maxLength={props.maxLength}
          aria-required={props.required ? "true" : undefined}
          aria-invalid={props.error ? "true" : undefined}
          aria-describedby={describedBy()}
          value={props.value}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
        {props.after}
      </div>
    </div>
  );
}

/** A password field with a "show" button: typing blind is hard on a phone. */
export function PasswordField(props: Omit<TextFieldProps, "type" | "after">) {
  const [visible, setVisible] = createSignal(false);
  return (
    <TextField
      {...props}
      type={visible() ? "text" : "password"}
      after={
        <button
          type="button"
          class="button secondary"
          aria-controls={props.id}
          onClick={() => setVisible(!visible())}
        >
          {visible() ? t("account.form.hidePassword") : t("account.form.showPassword")}
        </button>
      }
    />
  );
}

export function CheckboxField(props: {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div class="field checkbox-field">
      <input
        id={props.id}
        type="checkbox"
        checked={props.checked}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <div>
        <label for={props.id}>{props.label}</label>
        <Show when={props.hint}>
          <p id={`${props.id}-hint`} class="hint">
            {props.hint}
          </p>
        </Show>
      </div>
    </div>
  );
}
