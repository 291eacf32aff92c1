// "Teilen": the system's share sheet where there is one, else the link copied, said in words.
import { createSignal, Show } from "solid-js";
import { t } from "../../lib/i18n";

export function ShareButton(props: { title: string; url: string }) {
  const [message, setMessage] = createSignal<string | null>(null);

  async function share() {
    setMessage(null);
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ title: props.title, url: props.url });
        return;
      } catch (error) {
        // The user closed the sheet: nothing to say. Any other failure falls back to copying.
        if (error instanceof DOMException && error.name === "AbortError") return;
      }
    }
    try {
      await navigator.clipboard.writeText(props.url);
      setMessage(t("shops.detail.share.copied"));
    } catch {
      setMessage(t("shops.detail.share.failed", { url: props.url }));
    }
  }

  return (
    <div class="shops-share">
      <button type="button" class="button secondary" onClick={() => void share()}>
        {t("shops.detail.share.button")}
      </button>
      <p role="status">
        <Show when={message()}>{(text) => <span class="shops-share-message">{text()}</span>}</Show>
      </p>
    </div>
  );
}
