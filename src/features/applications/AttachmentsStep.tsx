// Step "anlagen": the files the application type asks for (only the slots that apply to the answers),
// kept with the draft on the device until it is sent.
import { createSignal, For, onMount, Show } from "solid-js";
import {
  type AttachmentSlot,
  attachmentRequired,
  type FieldError,
  validateAttachments,
  visibleSlots,
} from "../../lib/contract/application-definition";
import type { DraftFile } from "../../lib/db";
import { t } from "../../lib/i18n";
import { ErrorSummary, type SummaryItem } from "../../ui/ErrorSummary";
import type { DraftEditor } from "./draft-editor";
import { FilePicker } from "./FilePicker";
import { REVIEW_STEP } from "./labels";
import { fieldDomId, summaryItems } from "./messages";

/** Size and type of the kept files of the visible slots, as validateAttachments() reads them. */
export function attachmentFacts(
  editor: Pick<DraftEditor, "definition">,
  files: Record<string, DraftFile[]>,
  answers: Parameters<typeof visibleSlots>[1],
) {
  return Object.fromEntries(
    visibleSlots(editor.definition, answers).map((slot) => [
      slot.id,
      (files[slot.id] ?? []).map((file) => ({ mediaType: file.mediaType, size: file.size })),
    ]),
  );
}

export function AttachmentsStep(props: { editor: DraftEditor }) {
  // eslint-disable-next-line solid/reactivity -- made once per draft page, never replaced
  const editor = props.editor;
  const [summary, setSummary] = createSignal<SummaryItem[]>([]);
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const slots = () => visibleSlots(editor.definition, editor.draft().answers);
  const type = editor.definition.type;

  const check = () => {
    const draft = editor.draft();
    const found = validateAttachments(
      editor.definition,
      attachmentFacts(editor, draft.files, draft.answers),
      draft.answers,
    );
    setErrors(found);
    setSummary(summaryItems(editor.definition, found, editor.today()));
    return found.length === 0;
  };
  onMount(() => {
    if (editor.checkOnArrival()) check();
  });

  const errorOf = (slot: AttachmentSlot) => {
    const path = `attachments.${slot.id}`;
    const index = errors().findIndex((error) => error.path === path);
    const item = summary()[index];
    return item ? t(item.message, item.values) : undefined;
  };
  const setFiles = (slotId: string, change: (files: DraftFile[]) => DraftFile[]) =>
    editor.update((draft) => ({
      ...draft,
      files: { ...draft.files, [slotId]: change(draft.files[slotId] ?? []) },
    }));

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (check()) editor.go(REVIEW_STEP);
  };

  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary items={summary()} />
      <p class="lead">{t("applications.attachments.intro")}</p>
      <For each={slots()}>
        {(slot) => (
          <section class="attachment-slot" aria-labelledby={`${fieldDomId(`attachments.${slot.id}`)}-title`}>
            <h2 id={`${fieldDomId(`attachments.${slot.id}`)}-title`}>
              {t(`applications.forms.${type}.attachments.${slot.id}.label`)}{" "}
              <span class="field-required">
                {attachmentRequired(slot, editor.draft().answers)
                  ? t("applications.attachments.required")
                  : t("common.form.optional")}
              </span>
            </h2>
            <FilePicker
              id={fieldDomId(`attachments.${slot.id}`)}
              label={t(`applications.forms.${type}.attachments.${slot.id}.label`)}
              hint={t(`applications.forms.${type}.attachments.${slot.id}.hint`)}
              accept={slot.accept}
              max={slot.max}
              files={editor.draft().files[slot.id] ?? []}
              onAdd={(added) => setFiles(slot.id, (files) => [...files, ...added])}
              onRemove={(id) => setFiles(slot.id, (files) => files.filter((file) => file.id !== id))}
              error={errorOf(slot)}
            />
          </section>
        )}
      </For>
      <Show when={slots().length === 0}>
        <p>{t("applications.attachments.none")}</p>
      </Show>
      <button type="submit" class="button">
        {t("applications.form.continue")}
      </button>
    </form>
  );
}
