// A message that outlives a navigation ("signed out", "account created"), shown by the next page.
import { useLocation } from "@solidjs/router";
import { createSignal, onCleanup, Show } from "solid-js";
import { t } from "../../lib/i18n";

/** A translation key, or null. */
const [notice, setNotice] = createSignal<string | null>(null);
export { notice, setNotice };

export function PageNotice() {
  const location = useLocation();
  const shownOn = location.pathname;
  // Said once: coming back to the page later must not repeat it. The page may re-render in place
  // (the session check shows "loading" for a moment); the notice stays for that.
  onCleanup(() => {
    if (location.pathname !== shownOn) setNotice(null);
  });
  return (
    <Show when={notice()}>
      {(key) => (
        <p class="notice" role="status">
          {t(key())}
        </p>
      )}
    </Show>
  );
}
