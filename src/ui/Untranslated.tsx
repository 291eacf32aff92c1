// Content (the services guide, life situations, offices, warnings) is shown in German where no text
// exists in the reader's language (issue 20). Such a passage carries lang="de", so screen readers and
// read-aloud speak it as German, and the page says once, in the reader's language, why it is German.
import { Show } from "solid-js";
import { language, t } from "../lib/i18n";

/** The `lang` a content passage needs: none when it is in the page's language. */
export const passageLang = (shown: string): string | undefined => (shown === language() ? undefined : shown);

/** "Dieser Text ist noch nicht übersetzt.", in the reader's language, when the content is not in it. */
export function UntranslatedNote(props: { shown: string }) {
  return (
    <Show when={props.shown !== language()}>
      <p class="hint untranslated-note">{t("common.untranslated")}</p>
    </Show>
  );
}
