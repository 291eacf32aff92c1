// /konto/postfach: decisions (Bescheide) and messages from the city, newest first, offline too.
import { A } from "@solidjs/router";
import { For, onMount, Show } from "solid-js";
import type { PostboxMessage } from "../../lib/contract/account";
import { formatDay } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { requestSync } from "../../lib/sync-status";
import { EmptyState } from "../../ui/EmptyState";
import { usePageTitle } from "../../ui/page-title";
import { newestMessages } from "./postbox-data";
import { SignedInOnly } from "./SignedInOnly";
import "./account.css";

export default function PostboxPage() {
  usePageTitle(() => t("account.postbox.title"));
  return (
    <section class="account">
      <p class="breadcrumb">
        <A href="/konto">{t("account.common.backToAccount")}</A>
      </p>
      <h1>{t("account.postbox.title")}</h1>
      <SignedInOnly>{() => <MessageList />}</SignedInOnly>
    </section>
  );
}

function MessageList() {
  // New mail should show when the user looks, not only at the next scheduled sync.
  onMount(() => void requestSync());
  const messages = createLiveQuery(() => () => newestMessages());
  const unread = () => (messages.data() ?? []).filter((m) => m.openedAt === null).length;

  return (
    <>
      <p>{t("account.postbox.intro")}</p>
      <Show when={messages.ready()} fallback={<p class="loading">{t("common.loading")}</p>}>
        <Show
          when={(messages.data() ?? []).length > 0}
          fallback={
            <EmptyState title={t("account.postbox.emptyTitle")} text={t("account.postbox.emptyText")} />
          }
        >
          <p>
            {unread() > 0
              ? t("account.overview.unread", { count: unread() })
              : t("account.overview.noUnread")}
          </p>
          <ul class="card-list">
            <For each={messages.data()}>
              {(message) => (
                <li>
                  <MessageCard message={message} />
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
    </>
  );
}

function MessageCard(props: { message: PostboxMessage }) {
  const unread = () => props.message.openedAt === null;
  return (
    <div class="card message-card" classList={{ unread: unread() }}>
      <A href={`/konto/postfach/${encodeURIComponent(props.message.id)}`}>
        <Show when={unread()}>
          <span class="unread-label">{t("account.postbox.unread")}</span>{" "}
        </Show>
        {props.message.subject}
      </A>
      <p class="meta">
        {t("account.postbox.meta", {
          kind: t(`account.postbox.kinds.${props.message.kind}`),
          department: t(`account.departments.${props.message.senderDepartment}`),
          date: formatDay(props.message.createdAt),
        })}
      </p>
      <Show when={props.message.attachments.length > 0}>
        <p class="meta">
          {t("account.postbox.attachmentCount", { count: props.message.attachments.length })}
        </p>
      </Show>
    </div>
  );
}
