import { Show } from "solid-js";
import { t } from "../lib/i18n";

/** A failed action's message next to its button, announced to screen readers. */
export function ErrorText(props: { messageKey: string | null | undefined }) {
  return (
    <Show when={props.messageKey}>
      {(key) => (
        <p class="field-error" role="alert">
          {t(key())}
        </p>
      )}
    </Show>
  );
}
