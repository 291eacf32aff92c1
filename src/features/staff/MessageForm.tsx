// "Send a message or a decision" to the citizen's postbox. A decision (Bescheid) is its signed PDF;
// the text is the cover note. The citizen's opening it is the proof of delivery.
import { A } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import {
  type CitizenDetail,
  MESSAGE_KINDS,
  type MessageKind,
  messageFormSchema,
} from "../../lib/contract/account";
import { t } from "../../lib/i18n";
import { sendToPostbox } from "./api";
import { errorKey } from "../../lib/console-error-key";
import { FormAlert, TextField } from "./Field";
import { fullName } from "./labels";
import { type FieldErrors, fieldErrors } from "../../lib/field-errors";
import { attachmentError } from "./validation";

type FieldName = "reason" | "kind" | "subject" | "body" | "attachment";

const MESSAGES = {
  reason: "staff.reason.error",
  kind: "staff.message.errors.kind",
  subject: "staff.message.errors.subject",
  body: "staff.message.errors.body",
};

export function MessageForm(props: { citizen: CitizenDetail; reason: string }) {
  const [kind, setKind] = createSignal<MessageKind>("message");
  const [subject, setSubject] = createSignal("");
  const [body, setBody] = createSignal("");
  const [file, setFile] = createSignal<File>();
  const [errors, setErrors] = createSignal<FieldErrors<FieldName>>({});
  const [failure, setFailure] = createSignal<string>();
  const [sentTo, setSentTo] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  let fileInput: HTMLInputElement | undefined;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const fields = { reason: props.reason, kind: kind(), subject: subject(), body: body() };
    const found: FieldErrors<FieldName> = {
      ...fieldErrors(messageFormSchema, fields, MESSAGES),
      attachment: attachmentError(kind(), file()),
    };
    setErrors(found);
    setFailure(undefined);
    setSentTo(undefined);
    if (Object.values(found).some(Boolean)) return;

    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.set(name, value.trim());
    const attachment = file();
    if (attachment) form.set("attachment", attachment, attachment.name);
    setBusy(true);
    try {
      await sendToPostbox(props.citizen.id, form);
      setSentTo(fullName(props.citizen));
      setSubject("");
      setBody("");
      setFile(undefined);
      if (fileInput) fileInput.value = "";
    } catch (error) {
      setFailure(
        errorKey(error, {
          forbidden: "staff.message.needsDepartment",
          unsupported_file_type: "staff.message.errors.attachmentType",
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  const alerts = () =>
    [...Object.values(errors()), failure()].filter((key) => key !== undefined).map((key) => t(key));
  const fileDescribedBy = () =>
    errors().attachment ? "message-attachment-hint message-attachment-error" : "message-attachment-hint";

  return (
    <section>
      <h2 id="message-title">{t("staff.message.title")}</h2>
      <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
        <FormAlert messages={alerts()} />
        <fieldset class="staff-choice">
          <legend>{t("staff.message.kind")}</legend>
          <For each={MESSAGE_KINDS}>
            {(code) => (
              <div class="staff-radio">
                <input
                  type="radio"
                  id={`message-kind-${code}`}
                  name="kind"
                  value={code}
                  checked={kind() === code}
                  onChange={() => setKind(code)}
                />
                <label for={`message-kind-${code}`}>{t(`staff.message.kinds.${code}`)}</label>
              </div>
            )}
          </For>
        </fieldset>
        <TextField
          id="message-subject"
          name="subject"
          label={t("staff.message.subject")}
          value={subject()}
          onInput={setSubject}
          error={errors().subject}
          required
        />
        <TextField
          id="message-body"
          name="body"
          label={t("staff.message.body")}
          hint={kind() === "decision" ? t("staff.message.bodyHintDecision") : undefined}
          value={body()}
          onInput={setBody}
          error={errors().body}
          multiline
          required
        />
        <div class="staff-field" classList={{ "has-error": Boolean(errors().attachment) }}>
          <label for="message-attachment">{t("staff.message.attachment")}</label>
          <p class="hint" id="message-attachment-hint">
            {kind() === "decision"
              ? t("staff.message.attachmentHintDecision")
              : t("staff.message.attachmentHint")}
          </p>
          <Show when={errors().attachment}>
            {(key) => (
              <p class="field-error" id="message-attachment-error">
                {t(key())}
              </p>
            )}
          </Show>
          <input
            ref={fileInput}
            type="file"
            id="message-attachment"
            name="attachment"
            accept="application/pdf,.pdf"
            required={kind() === "decision"}
            aria-invalid={errors().attachment ? "true" : undefined}
            aria-describedby={fileDescribedBy()}
            onChange={(event) => setFile(event.currentTarget.files?.[0])}
          />
        </div>
        <button type="submit" class="button">
          {busy() ? t("staff.message.sending") : t("staff.message.submit")}
        </button>
        <div role="status">
          <Show when={sentTo()}>
            {(name) => (
              <p class="staff-success">
                {t("staff.message.sent", { name: name() })}{" "}
                <A href="/verwaltung/nachrichten">{t("staff.message.toSent")}</A>
              </p>
            )}
          </Show>
        </div>
      </form>
    </section>
  );
}
