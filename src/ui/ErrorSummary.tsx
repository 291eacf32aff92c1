// The form kit's error summary (GOV.UK Frontend pattern): a box at the top of the form that takes focus
// when it appears, names the problem in a heading and lists every error as a link to its field. Where
// the focus must stay (a field a hand scanner types into), it is only announced.
import { createEffect, For, on, Show } from "solid-js";
import { t } from "../lib/i18n";
import "./form.css";

/** `message` is a translation key (with `values` to fill in); `fieldId` links the entry to its field. */
export type SummaryItem = { fieldId?: string; message: string; values?: Record<string, string> };

/** Summary entries for the field errors, in the order the fields appear; the field ids are `<prefix>-<field>`. */
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

/** Moves to the field as GOV.UK does: focus the control, and show its label or legend above it. */
export function focusField(id: string): boolean {
  const field = document.getElementById(id);
  if (!field) return false;
  const caption =
    document.querySelector(`label[for="${CSS.escape(id)}"]`) ??
    (field instanceof HTMLFieldSetElement ? field : field.closest("fieldset"))?.querySelector("legend");
  caption?.scrollIntoView();
  field.focus({ preventScroll: Boolean(caption) });
  return true;
}

export function ErrorSummary(props: {
  items: SummaryItem[];
  /** The focus stays where it is; the summary is announced (role="alert") without taking it. */
  keepFocus?: boolean;
}) {
  let box: HTMLDivElement | undefined;
  // Keyboard and screen reader users land on the list of what to fix, as sighted users see it.
  createEffect(
    on(
      () => props.items,
      (items) => {
        if (items.length > 0 && !props.keepFocus) queueMicrotask(() => box?.focus());
      },
    ),
  );
  const follow = (event: MouseEvent, id: string) => {
    if (focusField(id)) event.preventDefault();
  };
  return (
    <Show when={props.items.length > 0}>
      <div class="error-summary" tabindex="-1" ref={box}>
        <div role="alert">
          <h2 class="error-summary-title">{t("common.form.errorSummaryTitle")}</h2>
          <ul>
            <For each={props.items}>
              {(item) => (
                <li>
                  <Show when={item.fieldId} fallback={t(item.message, item.values)}>
                    {(id) => (
                      <a href={`#${id()}`} onClick={(event) => follow(event, id())}>
                        {t(item.message, item.values)}
                      </a>
                    )}
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </div>
      </div>
    </Show>
  );
}
