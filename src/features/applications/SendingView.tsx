// A sent draft before the sync brings the application: "being sent" or "waiting for a connection",
// and a refusal with retry, or back to the draft to correct it. A failed write is never hidden.
import { useNavigate } from "@solidjs/router";
import { Show } from "solid-js";
import type { ApplicationDraft } from "../../lib/db";
import { formatDateTime } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { connection } from "../../lib/sync-status";
import { typeTitle } from "./answer-text";
import { retryWrites, writesAbout } from "./data";
import { reopenDraft } from "./drafts";
import { draftStepHref, REVIEW_STEP } from "./labels";

export function SendingView(props: { draft: ApplicationDraft }) {
  const navigate = useNavigate();
  const writes = createLiveQuery(() => {
    const id = props.draft.id;
    return () => writesAbout(id);
  });
  const failed = () => (writes.data() ?? []).find((entry) => entry.status === "failed");
  const waiting = () => (writes.data() ?? []).some((entry) => entry.status === "pending");

  const correct = async () => {
    await reopenDraft(props.draft.id);
    navigate(draftStepHref(props.draft.id, REVIEW_STEP));
  };

  return (
    <>
      <h1>{typeTitle(props.draft.type)}</h1>
      <Show
        when={failed()}
        fallback={
          <div class="status-panel" role="status">
            <p class="status-title">
              {waiting() && connection() === "offline"
                ? t("applications.sending.offlineTitle")
                : t("applications.sending.title")}
            </p>
            <p>
              {waiting() && connection() === "offline"
                ? t("applications.sending.offlineText")
                : t("applications.sending.text")}
            </p>
          </div>
        }
      >
        {(entry) => (
          <div class="outbox-failed" role="alert">
            <p>
              <strong>{t("applications.sending.failed")}</strong>{" "}
              {t(`errors.${entry().error ?? "internal_error"}`)}
            </p>
            <div class="button-row">
              <button type="button" class="button" onClick={() => void retryWrites(props.draft.id)}>
                {t("common.retry")}
              </button>
              <button type="button" class="button secondary" onClick={() => void correct()}>
                {t("applications.sending.correct")}
              </button>
            </div>
          </div>
        )}
      </Show>
      <p class="meta">
        {t("applications.sending.sentAt", {
          date: formatDateTime(props.draft.submittedAt ?? props.draft.updatedAt),
        })}
      </p>
      <h2>{t("applications.detail.nextTitle")}</h2>
      <p>{t("applications.next.sending")}</p>
    </>
  );
}
