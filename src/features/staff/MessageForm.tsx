// "Send a message or a decision" to the citizen's postbox. A decision (Bescheid) is its signed PDF;
// the text is the cover note. The citizen's opening it is the proof of delivery.
import { A } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import {
  type CitizenDetail,
  MESSAGE_KINDS,
  type MessageKind,
  messageFormSchema,
} from "../../lib/contract/account";
import { createWrite } from "../../lib/write";
import { type FieldErrors, fieldErrors, hasErrors } from "../../lib/field-errors";
import { t } from "../../lib/i18n";
import { Radios } from "../../ui/Choices";
import { ErrorSummary, type SummaryItem, summaryOf } from "../../ui/ErrorSummary";
import { FileInput, TextArea, TextInput } from "../../ui/Field";
import { sendToPostbox } from "./api";
import { fullName } from "./labels";
import { attachmentError } from "./validation";

type FieldName = "reason" | "kind" | "subject" | "body" | "attachment";

const MESSAGES = {
  reason: "staff.reason.error",
  kind: "staff.message.errors.kind",
  subject: "staff.message.errors.subject",
  body: "staff.message.errors.body",
};

const ORDER: FieldName[] = ["kind", "subject", "body", "attachment"];

export function MessageForm(props: { citizen: CitizenDetail; reason: string }) {
  const [kind, setKind] = createSignal<MessageKind>("message");
  const [subject, setSubject] = createSignal("");
  const [body, setBody] = createSignal("");
  const [file, setFile] = createSignal<File>();
  const [errors, setErrors] = createSignal<FieldErrors<FieldName>>({});
  const write = createWrite<true>();
  let fileInput: HTMLInputElement | undefined;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (write.busy()) return;
    const fields = { reason: props.reason, kind: kind(), subject: subject(), body: body() };
    const found: FieldErrors<FieldName> = {
      ...fieldErrors(messageFormSchema, fields, MESSAGES),
      attachment: attachmentError(kind(), file()),
    };
    setErrors(found);
    write.clear();
    if (hasErrors(found)) return;

    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.set(name, value.trim());
    const attachment = file();
    if (attachment) form.set("attachment", attachment, attachment.name);
    const citizen = props.citizen;
    await write.run(
      true,
      async () => {
        await sendToPostbox(citizen.id, form);
        setSubject("");
        setBody("");
        setFile(undefined);
        if (fileInput) fileInput.value = "";
        return t("staff.message.sent", { name: fullName(citizen) });
      },
      {
        overrides: {
          forbidden: "staff.message.needsDepartment",
          unsupported_file_type: "staff.message.errors.attachmentType",
        },
      },
    );
  };

  // The reason was asked on the page before; its error is said without a link.
  const summary = (): SummaryItem[] => {
    const failure = write.failure();
    return [
      ...(errors().reason ? [{ message: MESSAGES.reason }] : []),
      ...summaryOf(ORDER, errors(), "message"),
      ...(failure ? [{ message: failure }] : []),
    ];
  };

  return (
    <section>
      <h2 id="message-title">{t("staff.message.title")}</h2>
      <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
        <ErrorSummary items={summary()} />
        <Radios
          id="message-kind"
          legend={t("staff.message.kind")}
          options={MESSAGE_KINDS.map((code) => ({ value: code, label: t(`staff.message.kinds.${code}`) }))}
          value={kind()}
          onChange={(value) => setKind(MESSAGE_KINDS.find((code) => code === value) ?? "message")}
          error={errors().kind}
        />
        <TextInput
          id="message-subject"
          name="subject"
          label={t("staff.message.subject")}
          value={subject()}
          onInput={setSubject}
          error={errors().subject}
          autocomplete="off"
          required
        />
        <TextArea
          id="message-body"
          label={t("staff.message.body")}
          hint={kind() === "decision" ? t("staff.message.bodyHintDecision") : undefined}
          value={body()}
          onInput={setBody}
          error={errors().body}
          rows={8}
          required
        />
        <FileInput
          id="message-attachment"
          label={t("staff.message.attachment")}
          hint={
            kind() === "decision"
              ? t("staff.message.attachmentHintDecision")
              : t("staff.message.attachmentHint")
          }
          accept="application/pdf,.pdf"
          required={kind() === "decision"}
          error={errors().attachment}
          ref={(element) => (fileInput = element)}
          onChange={(files) => setFile(files[0])}
        />
        <button type="submit" class="button">
          {write.busy() ? t("staff.message.sending") : t("staff.message.submit")}
        </button>
        <div role="status">
          <Show when={write.success()}>
            {(text) => (
              <p class="staff-success">
                {text()} <A href="/verwaltung/nachrichten">{t("staff.message.toSent")}</A>
              </p>
            )}
          </Show>
        </div>
      </form>
    </section>
  );
}
