import { createSignal, Match, Show, Switch } from "solid-js";
import { t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { connection } from "../../lib/sync-status";
import {
  FEEDBACK_MAX_COMMENT,
  feedbackGiven,
  giveFeedback,
  pendingFeedback,
  retryFeedback,
  withdrawFeedback,
} from "./data";

export function FeedbackBox(props: { page: string }) {
  const given = createLiveQuery(() => {
    const page = props.page;
    return () => feedbackGiven(page);
  });
  const pending = createLiveQuery(() => {
    const page = props.page;
    return () => pendingFeedback(page);
  });
  const [askWhy, setAskWhy] = createSignal(false);
  const [comment, setComment] = createSignal("");

  return (
    <section class="feedback" aria-labelledby="feedback-title">
      <h2 id="feedback-title">{t("feedback.title")}</h2>
      <Show when={given.ready()}>
        <Switch>
          <Match when={pending.data()?.status === "failed" && pending.data()}>
            {(entry) => (
              <div role="alert">
                <p>{t("feedback.failed")}</p>
                <button type="button" class="button" onClick={() => void retryFeedback(entry().id)}>
                  {t("common.retry")}
                </button>{" "}
                <button
                  type="button"
                  class="button secondary"
                  onClick={() => void withdrawFeedback(props.page, entry().id)}
                >
                  {t("common.discard")}
                </button>
              </div>
            )}
          </Match>
          <Match when={pending.data()}>
            <p class="status-pending" role="status">
              {connection() === "offline" ? t("feedback.queuedOffline") : t("feedback.sending")}
            </p>
          </Match>
          <Match when={given.data()}>
            <p role="status">{t("feedback.thanks")}</p>
          </Match>
          <Match when={askWhy()}>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void giveFeedback(props.page, false, comment().trim());
              }}
            >
              <label for="feedback-comment">{t("feedback.whatWasMissing")}</label>
              <textarea
                id="feedback-comment"
                rows="4"
                maxLength={FEEDBACK_MAX_COMMENT}
                aria-describedby="feedback-privacy"
                value={comment()}
                onInput={(e) => setComment(e.currentTarget.value)}
              />
              <p id="feedback-privacy" class="hint">
                {t("feedback.privacy")}
              </p>
              <button type="submit" class="button">
                {t("feedback.send")}
              </button>
            </form>
          </Match>
          <Match when={true}>
            <div class="button-row">
              <button
                type="button"
                class="button secondary"
                onClick={() => void giveFeedback(props.page, true)}
              >
                {t("feedback.yes")}
              </button>
              <button type="button" class="button secondary" onClick={() => setAskWhy(true)}>
                {t("feedback.no")}
              </button>
            </div>
          </Match>
        </Switch>
      </Show>
    </section>
  );
}
