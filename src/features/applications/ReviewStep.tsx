// Step "pruefen" (GOV.UK check answers): every answer by step with "Ändern", the files, the fee,
// then "Absenden". The whole application is checked once more; an error leads to its step.
import { A, useNavigate } from "@solidjs/router";
import { For, Show } from "solid-js";
import {
  submittedAnswers,
  validateApplication,
  visibleSlots,
} from "../../lib/contract/application-definition";
import { createWrite } from "../../lib/write";
import { t } from "../../lib/i18n";
import { connection } from "../../lib/sync-status";
import { ErrorText } from "../../ui/ErrorText";
import { fileTypeLabel, formatFileSize } from "../account/format";
import { account } from "../account/session";
import { answerRows, locale, stepTitle } from "./answer-text";
import { attachmentFacts } from "./AttachmentsStep";
import type { DraftEditor } from "./draft-editor";
import { submitDraft } from "./drafts";
import { ATTACHMENTS_STEP, draftStepHref, feeText, trustSuffices } from "./labels";
import { VerifyIdentity } from "./VerifyIdentity";
import { FactList } from "../../ui/FactList";

/** The step an error path belongs to ("persons.0.birthDate" → "persons", "attachments.x" → "anlagen"). */
function stepOfPath(editor: DraftEditor, path: string): string {
  const head = path.split(".")[0];
  if (head === "attachments") return ATTACHMENTS_STEP;
  return (
    editor.definition.steps.find((step) => step.fields.some((f) => f.id === head))?.id ??
    editor.definition.steps[0]!.id
  );
}

export function ReviewStep(props: { editor: DraftEditor }) {
  // eslint-disable-next-line solid/reactivity -- made once per draft page, never replaced
  const editor = props.editor;
  const navigate = useNavigate();
  const write = createWrite({
    explain: (error) => {
      console.error("queueing the application failed", error);
      return "applications.review.queueFailed";
    },
  });
  const draft = () => editor.draft();
  const type = editor.definition.type;
  const groups = () => answerRows(editor.definition, draft().answers);
  const slots = () =>
    visibleSlots(editor.definition, draft().answers).filter(
      (slot) => (draft().files[slot.id] ?? []).length > 0,
    );
  const allowed = () => {
    const current = account();
    return current !== null && trustSuffices(editor.definition.trustLevel, current.trustLevel);
  };

  const send = async () => {
    const answers = submittedAnswers(editor.definition, draft().answers);
    const errors = validateApplication(
      editor.definition,
      answers,
      attachmentFacts(editor, draft().files, draft().answers),
      editor.today(),
    );
    const first = errors[0];
    if (first) {
      editor.go(stepOfPath(editor, first.path), { check: true });
      return;
    }
    const id = draft().id;
    await write.run(true, async () => {
      await submitDraft(editor.definition, id);
      navigate(`/antraege/${encodeURIComponent(id)}`, { replace: true });
    });
  };

  return (
    <>
      <p class="lead">{t("applications.review.intro")}</p>
      <For each={groups()}>
        {(group) => (
          <section class="review-group" aria-labelledby={`review-${group.stepId}`}>
            <div class="review-heading">
              <h2 id={`review-${group.stepId}`}>{stepTitle(type, group.stepId)}</h2>
              <A href={draftStepHref(draft().id, group.stepId)}>
                {t("applications.review.change")}
                <span class="visually-hidden"> {stepTitle(type, group.stepId)}</span>
              </A>
            </div>
            <FactList facts={group.rows} />
          </section>
        )}
      </For>
      <Show when={editor.definition.attachments.length > 0}>
        <section class="review-group" aria-labelledby="review-files">
          <div class="review-heading">
            <h2 id="review-files">{t("applications.attachments.title")}</h2>
            <A href={draftStepHref(draft().id, ATTACHMENTS_STEP)}>
              {t("applications.review.change")}
              <span class="visually-hidden"> {t("applications.attachments.title")}</span>
            </A>
          </div>
          <Show when={slots().length > 0} fallback={<p>{t("applications.review.noFiles")}</p>}>
            <dl class="facts">
              <For each={slots()}>
                {(slot) => (
                  <>
                    <dt>{t(`applications.forms.${type}.attachments.${slot.id}.label`)}</dt>
                    <dd>
                      <ul class="plain-list">
                        <For each={draft().files[slot.id] ?? []}>
                          {(file) => (
                            <li>
                              {t("applications.files.line", {
                                name: file.name,
                                type: fileTypeLabel(file.mediaType),
                                size: formatFileSize(file.size, locale()),
                              })}
                            </li>
                          )}
                        </For>
                      </ul>
                    </dd>
                  </>
                )}
              </For>
            </dl>
          </Show>
        </section>
      </Show>
      <h2>{t("applications.review.feeTitle")}</h2>
      <p>{feeText(editor.definition)}</p>
      <Show when={allowed()} fallback={<VerifyIdentity />}>
        <h2>{t("applications.review.sendTitle")}</h2>
        <p>{t("applications.review.sendText")}</p>
        <Show when={connection() === "offline"}>
          <p class="notice">{t("applications.review.offline")}</p>
        </Show>
        <button type="button" class="button" disabled={write.busy()} onClick={() => void send()}>
          {t("applications.review.send")}
        </button>
        <ErrorText messageKey={write.failure()} />
      </Show>
    </>
  );
}
