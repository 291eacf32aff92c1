// /verwaltung/barrierefreiheit: feedback on barriers for admins, open ones first with the nearest
// deadline on top (the statement promises an answer within a month), then the ones answered lately.
// The answer itself goes by mail or phone; "answered" records that it went. Below, the start page's
// video in German Sign Language.
import { createMemo, For, type JSX, Show } from "solid-js";
import { berlinDate } from "../../../lib/contract/berlin-time";
import type { AccessibilityFeedback } from "../../../lib/contract/accessibility";
import { createWrite } from "../../../lib/write";
import { formatDateTime, formatDay } from "../../../lib/date-format";
import { t } from "../../../lib/i18n";
import { createRemote } from "../../../lib/remote";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { EmptyState } from "../../../ui/EmptyState";
import { usePageTitle } from "../../../ui/page-title";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import { AdminOnly } from "../../staff/Access";
import { fetchFeedback, markFeedbackAnswered } from "./api";
import { SignLanguageVideoForm } from "./SignLanguageVideoForm";

export default function FeedbackConsolePage() {
  usePageTitle(() => t("accessibility.console.title"));
  return (
    <AdminOnly>
      <FeedbackList />
      <SignLanguageVideoForm />
    </AdminOnly>
  );
}

function FeedbackList() {
  const feedback = createRemote(() => true, fetchFeedback);
  const open = createMemo(() => (feedback.data() ?? []).filter((f) => f.answeredAt === null));
  const answered = createMemo(() => (feedback.data() ?? []).filter((f) => f.answeredAt !== null));
  const write = createWrite<string>();

  const markAnswered = (item: AccessibilityFeedback) => {
    if (write.busy()) return;
    void write.run(item.id, async () => {
      await markFeedbackAnswered(item.id);
      feedback.reload();
      return t("accessibility.console.markedAnswered", { reference: item.reference });
    });
  };

  return (
    <section>
      <h1>{t("accessibility.console.title")}</h1>
      <p class="lead">{t("accessibility.console.lead")}</p>
      <ActionOutcome failureKey={write.failure()} success={write.success()} />
      <RemoteStatus remote={feedback} />
      <Show when={feedback.data()}>
        <h2>{t("accessibility.console.openTitle")}</h2>
        <Show
          when={open().length > 0}
          fallback={
            <EmptyState
              title={t("accessibility.console.emptyTitle")}
              text={t("accessibility.console.emptyText")}
            />
          }
        >
          <ul class="card-list">
            <For each={open()}>
              {(item) => (
                <FeedbackCard item={item}>
                  <button
                    type="button"
                    class="button"
                    aria-describedby={`feedback-${item.id}`}
                    disabled={write.busy() === item.id}
                    onClick={() => markAnswered(item)}
                  >
                    {t("accessibility.console.markAnswered")}
                  </button>
                </FeedbackCard>
              )}
            </For>
          </ul>
        </Show>
        <Show when={answered().length > 0}>
          <h2>{t("accessibility.console.answeredTitle")}</h2>
          <ul class="card-list">
            <For each={answered()}>{(item) => <FeedbackCard item={item} />}</For>
          </ul>
        </Show>
      </Show>
    </section>
  );
}

function FeedbackCard(props: { item: AccessibilityFeedback; children?: JSX.Element }) {
  const f = () => props.item;
  const overdue = () => f().answeredAt === null && f().answerBy < berlinDate(Date.now());
  return (
    <li class="card">
      <h3 id={`feedback-${f().id}`}>
        <span class="staff-reference">{f().reference}</span>
      </h3>
      <dl class="facts">
        <dt>{t("accessibility.console.received")}</dt>
        <dd>{formatDateTime(f().receivedAt)}</dd>
        <dt>{t("accessibility.console.answerBy")}</dt>
        <dd classList={{ "staff-state-pending": overdue() }}>
          {formatDay(`${f().answerBy}T12:00:00Z`)}
          {overdue() ? ` (${t("accessibility.console.overdue")})` : ""}
        </dd>
        <Show when={f().answeredAt}>
          {(at) => (
            <>
              <dt>{t("accessibility.console.answeredAt")}</dt>
              <dd>{formatDateTime(at())}</dd>
            </>
          )}
        </Show>
        <dt>{t("accessibility.console.page")}</dt>
        <dd>{f().page ?? t("accessibility.console.none")}</dd>
        <dt>{t("accessibility.console.name")}</dt>
        <dd>{f().name ?? t("accessibility.console.none")}</dd>
        <dt>{t("accessibility.console.email")}</dt>
        <dd>
          <Show when={f().email} fallback={t("accessibility.console.noEmail")}>
            {(email) => (
              <a href={`mailto:${email()}?subject=${encodeURIComponent(f().reference)}`}>{email()}</a>
            )}
          </Show>
        </dd>
        <dt>{t("accessibility.console.message")}</dt>
        <dd class="staff-text">{f().message}</dd>
      </dl>
      {props.children}
    </li>
  );
}
