// A photo or PDF in the log. Photos are thumbnails with their author and name as the alt text and
// open in full; PDFs are a download link with their size. The address sends the chat cookie or the
// session, so only the conversation's participants get the file (never cached: the server says
// no-store and the service worker leaves /api alone).
import { Show } from "solid-js";
import { type ChatAttachment, isChatImage } from "../../lib/contract/chat";
import { language, t } from "../../lib/i18n";

/** "1,2 MB" / "340 kB" in the page's language (Intl units, no concatenated words). */
export function fileSize(bytes: number, lang = language()): string {
  const [value, unit] =
    bytes >= 1_000_000 ? [bytes / 1_000_000, "megabyte"] : [Math.max(1, bytes / 1000), "kilobyte"];
  return new Intl.NumberFormat(lang, { style: "unit", unit, maximumFractionDigits: 1 }).format(value);
}

export function Attachment(props: { attachment: ChatAttachment; author: string; own: boolean; url: string }) {
  return (
    <Show
      when={isChatImage(props.attachment.mediaType)}
      fallback={
        <p class="chat-file">
          <a href={props.url} download={props.attachment.name}>
            {t("chat.attachments.pdf", {
              name: props.attachment.name,
              size: fileSize(props.attachment.size),
            })}
          </a>
        </p>
      }
    >
      <a
        class="chat-photo"
        href={props.url}
        target="_blank"
        rel="noopener"
        aria-label={t("chat.attachments.open", { name: props.attachment.name })}
      >
        <img
          src={props.url}
          alt={
            props.own
              ? t("chat.attachments.photoAltOwn", { name: props.attachment.name })
              : t("chat.attachments.photoAlt", { author: props.author, name: props.attachment.name })
          }
          loading="lazy"
          decoding="async"
        />
      </a>
    </Show>
  );
}
