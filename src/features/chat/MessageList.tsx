// The conversation as a list inside a polite live region (role="log"): screen readers announce each
// new entry without losing their place. The same list serves the resident and the agent; `viewer`
// says whose messages are "Sie". Message text is rendered as text; only https addresses are links.
import { createMemo, For, Match, Show, Switch } from "solid-js";
import type { ChatEntry } from "../../lib/contract/chat";
import { formatTime } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import { Attachment } from "./Attachment";
import { LinkCards } from "./LinkCards";
import type { PendingMessage } from "./log";
import { textParts } from "./message-text";
import { messageMark, type Viewer } from "./presence";

export type { Viewer };

export function MessageList(props: {
  id: string;
  label: string;
  viewer: Viewer;
  entries: ChatEntry[];
  pending: PendingMessage[];
  onRetry?: (clientId: string) => void;
  onDiscard?: (clientId: string) => void;
  /** The other side's read mark: own messages show "delivered" or "read". */
  otherReadUpTo?: number;
  /** Where this side downloads a photo or PDF of the conversation. */
  attachmentUrl: (fileId: string) => string;
}) {
  // Read marks are state, not lines of the conversation.
  const shown = createMemo(() => props.entries.filter((entry) => entry.kind !== "read"));
  return (
    <div id={props.id} class="chat-log" role="log" aria-live="polite" aria-label={props.label}>
      <ol class="chat-entries">
        <For each={shown()}>
          {(entry) => (
            <EntryItem
              entry={entry}
              viewer={props.viewer}
              otherReadUpTo={props.otherReadUpTo}
              attachmentUrl={props.attachmentUrl}
            />
          )}
        </For>
        <For each={props.pending}>
          {(message) => (
            <li class="chat-message chat-own chat-pending" data-client-id={message.clientId}>
              <p class="chat-meta">{t("chat.log.you")}</p>
              <Show when={message.fileName !== undefined} fallback={<MessageText text={message.text} />}>
                <p class="chat-text">{t("chat.attachments.pending", { name: message.fileName ?? "" })}</p>
              </Show>
              <Show when={message.error} fallback={<p class="chat-state">{t("chat.log.sending")}</p>}>
                {(code) => (
                  <div class="chat-state chat-failed">
                    <p>
                      {code() === "network"
                        ? t("chat.log.notSent")
                        : t("chat.log.failed", { reason: t(`errors.${code()}`) })}
                    </p>
                    <Show when={props.onRetry}>
                      {(retry) => (
                        <button
                          type="button"
                          class="button secondary"
                          onClick={() => retry()(message.clientId)}
                        >
                          {t("common.retry")}
                        </button>
                      )}
                    </Show>{" "}
                    <Show when={props.onDiscard}>
                      {(discard) => (
                        <button
                          type="button"
                          class="button secondary"
                          onClick={() => discard()(message.clientId)}
                        >
                          {t("chat.log.discard")}
                        </button>
                      )}
                    </Show>
                  </div>
                )}
              </Show>
            </li>
          )}
        </For>
      </ol>
    </div>
  );
}

function EntryItem(props: {
  entry: ChatEntry;
  viewer: Viewer;
  otherReadUpTo: number | undefined;
  attachmentUrl: (fileId: string) => string;
}) {
  const own = () => props.entry.author === props.viewer;
  const author = () => {
    if (own()) return t("chat.log.you");
    if (props.entry.author === "agent") return props.entry.authorName ?? t("chat.log.agent");
    return props.entry.authorName ?? t("chat.log.resident");
  };
  return (
    <Switch
      fallback={
        <li class="chat-event">
          <p>
            {eventText(props.entry, props.viewer)}{" "}
            <time datetime={props.entry.sentAt}>{formatTime(props.entry.sentAt)}</time>
          </p>
          <Show when={props.entry.kind === "transferred" && props.entry.text}>
            {(note) => <p class="chat-note">{t("chat.log.transferNote", { note: note() })}</p>}
          </Show>
        </li>
      }
    >
      <Match when={props.entry.kind === "message"}>
        <li
          class="chat-message"
          classList={{ "chat-own": own() }}
          data-seq={props.entry.seq}
          data-client-id={props.entry.clientId ?? undefined}
        >
          <p class="chat-meta">
            <span class="chat-author">{author()}</span>{" "}
            <time datetime={props.entry.sentAt}>{formatTime(props.entry.sentAt)}</time>
          </p>
          <Show when={props.entry.text !== null || !props.entry.attachment}>
            <MessageText text={props.entry.text ?? ""} />
            <LinkCards text={props.entry.text ?? ""} viewer={props.viewer} />
          </Show>
          <Show when={props.entry.attachment}>
            {(attachment) => (
              <Attachment
                attachment={attachment()}
                author={author()}
                own={own()}
                url={props.attachmentUrl(attachment().id)}
              />
            )}
          </Show>
          <Show when={own() && props.otherReadUpTo !== undefined}>
            <p class="chat-state chat-mark">
              {messageMark(props.entry, props.otherReadUpTo ?? 0) === "read"
                ? t("chat.log.read")
                : t("chat.log.delivered")}
            </p>
          </Show>
        </li>
      </Match>
    </Switch>
  );
}

function eventText(entry: ChatEntry, viewer: Viewer): string {
  const name = entry.authorName ?? t("chat.log.agent");
  switch (entry.kind) {
    case "joined":
      return t("chat.log.events.joined", { name });
    case "transferred":
      return t("chat.log.events.transferred");
    case "left":
      return viewer === "resident" ? t("chat.log.events.youLeft") : t("chat.log.events.residentLeft");
    case "closed":
      return entry.outcome && viewer === "agent"
        ? t("chat.log.events.closedWith", { outcome: t(`chat.outcomes.${entry.outcome}`) })
        : t("chat.log.events.closed");
    case "blocked":
      return t("chat.log.events.blocked");
    default:
      return "";
  }
}

export function MessageText(props: { text: string }) {
  return (
    <p class="chat-text">
      <For each={textParts(props.text)}>
        {(part) =>
          part.kind === "link" ? (
            <a href={part.href} rel="noopener noreferrer nofollow">
              {part.text}
            </a>
          ) : (
            part.text
          )
        }
      </For>
    </p>
  );
}
