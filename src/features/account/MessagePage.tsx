// /konto/postfach/:id: one message, readable offline. Opening it the first time tells the server
// (through the outbox): for a decision that is the moment it counts as delivered.
import { A, useParams } from "@solidjs/router";
import { createEffect, For, Show } from "solid-js";
import type { PostboxMessage } from "../../lib/contract/account";
import { formatDateTime } from "../../lib/date-format";
import { locale, t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { connection } from "../../lib/sync-status";
import { usePageTitle } from "../../ui/page-title";
import { FileDownloadButton } from "./FileDownloadButton";
import { formatFileSize } from "./format";
import { OutboxNotice } from "./OutboxNotice";
import { attachmentUrl, markOpened, messageById } from "./postbox-data";
import { account } from "./session";
import { SignedInOnly } from "./SignedInOnly";
import { ReadAloud } from "../../ui/ReadAloud";
import "./account.css";

export default function MessagePage() {
  const params = useParams<{ id: string }>();
  const message = createLiveQuery(() => {
    const id = params.id;
    return () => messageById(id);
  });
  const heading = () => {
    const found = message.data();
    if (found) return found.subject;
    return message.ready() && account() ? t("account.message.notFound") : t("account.message.title");
  };
  usePageTitle(heading);

  return (
    <section class="account">
      <p class="breadcrumb">
        <A href="/konto/postfach">{t("account.message.back")}</A>
      </p>
      <h1>{heading()}</h1>
      <SignedInOnly>
        {() => (
          <Show when={message.ready()} fallback={<p class="loading">{t("common.loading")}</p>}>
            <Show
              when={message.data()}
              fallback={
                <p>
                  {connection() === "offline"
                    ? t("account.message.notFoundOffline")
                    : t("account.message.notFoundText")}
                </p>
              }
            >
              {(m) => <MessageView message={m()} />}
            </Show>
          </Show>
        )}
      </SignedInOnly>
    </section>
  );
}

function MessageView(props: { message: PostboxMessage }) {
  let reported = false;
  // Once per message and device; the local openedAt stops a second report after a reload.
  createEffect(() => {
    if (reported || props.message.openedAt !== null) return;
    reported = true;
    void markOpened(props.message);
  });
  const isDecision = () => props.message.kind === "decision";
  let article: HTMLElement | undefined;

  return (
    <article ref={article}>
      <ReadAloud target={() => article} />
      <dl class="facts">
        <dt>{t("account.message.kind")}</dt>
        <dd>{t(`account.postbox.kinds.${props.message.kind}`)}</dd>
        <dt>{t("account.message.sender")}</dt>
        <dd>{t(`account.departments.${props.message.senderDepartment}`)}</dd>
        <dt>{t("account.message.received")}</dt>
        <dd>{formatDateTime(props.message.createdAt)}</dd>
        <Show when={props.message.openedAt}>
          {(openedAt) => (
            <>
              <dt>{t("account.message.opened")}</dt>
              <dd>{formatDateTime(openedAt())}</dd>
            </>
          )}
        </Show>
      </dl>
      <Show when={isDecision()}>
        {/* § 41 Abs. 2a VwVfG: an administrative act made available for retrieval counts as
            notified on the day after it was retrieved. */}
        <div class="notice">
          <p>
            <strong>{t("account.message.decisionTitle")}</strong>
          </p>
          <p>{t("account.message.decisionText")}</p>
        </div>
      </Show>
      <OutboxNotice
        kind="account-postbox-opened"
        about={props.message.id}
        failedText="account.message.openedFailed"
      />

      <div class="message-body">{props.message.body}</div>

      <Show when={props.message.attachments.length > 0}>
        <h2>{t("account.message.attachments")}</h2>
        <ul class="card-list">
          <For each={props.message.attachments}>
            {(file) => (
              <li class="card">
                <p class="document-name">{file.name}</p>
                <p class="meta">{formatFileSize(file.size, locale())}</p>
                <div class="button-row">
                  <FileDownloadButton file={file} url={attachmentUrl(props.message.id, file.id)} />
                </div>
              </li>
            )}
          </For>
        </ul>
        <p class="hint">{t("account.message.attachmentsOffline")}</p>
      </Show>
    </article>
  );
}
