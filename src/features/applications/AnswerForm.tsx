// Answering the office's question: text and optional files (checked on the device as for the
// application), sent through the outbox, so it works offline. While an answer waits, the form rests.
// Putting it into the outbox is one write (createWrite): pressed twice it is queued once, and a
// device that cannot store it says so in the summary.
import { createEffect, createSignal, on, Show } from "solid-js";
import { ATTACHMENT_TYPES } from "../../lib/contract/application-definition";
import type { DraftFile } from "../../lib/db";
import { createWrite } from "../../lib/write";
import { t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { connection, requestSync } from "../../lib/sync-status";
import { ErrorSummary, type SummaryItem } from "../../ui/ErrorSummary";
import { TextArea } from "../../ui/Field";
import { discardWrites, queueAnswer, retryWrites, writesAbout } from "./data";
import { FilePicker } from "./FilePicker";

const TEXT_MAX = 4000;
const FILES_MAX = 10;
const TEXT_ID = "answer-text";
const FILES_ID = "answer-files";

export function AnswerForm(props: { applicationId: string }) {
  const [text, setText] = createSignal("");
  const [files, setFiles] = createSignal<DraftFile[]>([]);
  const [textError, setTextError] = createSignal<SummaryItem>();
  const write = createWrite<true>();
  const writes = createLiveQuery(() => {
    const id = props.applicationId;
    return () => writesAbout(id);
  });
  const failed = () => (writes.data() ?? []).find((entry) => entry.status === "failed");
  const waiting = () => (writes.data() ?? []).length > 0;
  // The answer has arrived: the new status comes with the next sync, asked for now.
  createEffect(
    on(waiting, (now, before) => {
      if (before && !now) void requestSync();
    }),
  );
  const summary = (): SummaryItem[] => {
    const failure = write.failure();
    return [textError(), failure === undefined ? undefined : { message: failure }].filter(
      (item) => item !== undefined,
    );
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (write.busy()) return;
    write.clear();
    const value = text().trim();
    if (value === "" || value.length > TEXT_MAX) {
      const label = t("applications.question.answerLabel");
      setTextError({
        fieldId: TEXT_ID,
        message: value === "" ? "applications.validation.required" : "applications.validation.tooLong",
        values: { label, maxLength: String(TEXT_MAX) },
      });
      return;
    }
    setTextError(undefined);
    const applicationId = props.applicationId;
    const chosen = files();
    await write.run(true, async () => {
      await queueAnswer(applicationId, value, chosen);
      setText("");
      setFiles([]);
      // What happens next is the outbox's: "sending" or "failed - retry" replaces the form.
      return undefined;
    });
  };

  return (
    <Show
      when={!waiting()}
      fallback={
        <Show
          when={failed()}
          fallback={
            <p class="status-pending" role="status">
              {connection() === "offline"
                ? t("applications.question.queuedOffline")
                : t("applications.question.sending")}
            </p>
          }
        >
          {(entry) => (
            <div class="outbox-failed" role="alert">
              <p>
                <strong>{t("applications.question.failed")}</strong>{" "}
                {t(`errors.${entry().error ?? "internal_error"}`)}
              </p>
              <div class="button-row">
                <button type="button" class="button" onClick={() => void retryWrites(props.applicationId)}>
                  {t("common.retry")}
                </button>
                <button
                  type="button"
                  class="button secondary"
                  onClick={() => void discardWrites(props.applicationId)}
                >
                  {t("common.discard")}
                </button>
              </div>
            </div>
          )}
        </Show>
      }
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <ErrorSummary items={summary()} />
        <TextArea
          id={TEXT_ID}
          label={t("applications.question.answerLabel")}
          hint={t("applications.question.answerHint")}
          error={textError()?.message}
          errorValues={textError()?.values}
          rows={6}
          maxLength={TEXT_MAX}
          value={text()}
          onInput={setText}
        />
        <h3>{t("applications.question.filesTitle")}</h3>
        <FilePicker
          id={FILES_ID}
          label={t("applications.question.filesLabel")}
          accept={ATTACHMENT_TYPES}
          max={FILES_MAX}
          files={files()}
          onAdd={(added) => setFiles((current) => [...current, ...added])}
          onRemove={(id) => setFiles((current) => current.filter((file) => file.id !== id))}
        />
        <button type="submit" class="button" disabled={write.busy()}>
          {t("applications.question.send")}
        </button>
      </form>
    </Show>
  );
}
