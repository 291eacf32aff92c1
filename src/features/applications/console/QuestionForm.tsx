// "Rückfrage stellen": the applicant reads the question in the app and answers it there, with
// documents if asked for. The application waits (status "question") until they do.
import { createSignal } from "solid-js";
import { askQuestionSchema, type StaffApplication } from "../../../lib/contract/applications";
import { t } from "../../../lib/i18n";
import { askQuestion } from "./api";
import type { ActionResult } from "./action-result";
import { FormAlert, TextField } from "../../staff/Field";
import { type FieldErrors, fieldErrors, hasErrors } from "../../../lib/field-errors";

const MESSAGES = { text: "staff.applications.question.errors.text" };

export function QuestionForm(props: {
  application: StaffApplication;
  onStart: () => void;
  result: ActionResult;
}) {
  const [text, setText] = createSignal("");
  const [errors, setErrors] = createSignal<FieldErrors<"text">>({});
  const [busy, setBusy] = createSignal(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    props.onStart();
    const found = fieldErrors(askQuestionSchema, { text: text() }, MESSAGES);
    setErrors(found);
    if (hasErrors(found)) return;
    setBusy(true);
    try {
      const changed = await askQuestion(props.application.id, text().trim());
      setText("");
      props.result.done(changed, "staff.applications.question.done");
    } catch (error) {
      props.result.failed(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="question-title">
      <h3 id="question-title">{t("staff.applications.question.title")}</h3>
      <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
        <FormAlert messages={Object.values(errors()).map((key) => t(key))} />
        <TextField
          id="question-text"
          name="text"
          label={t("staff.applications.question.text")}
          hint={t("staff.applications.question.hint")}
          value={text()}
          onInput={setText}
          error={errors().text}
          multiline
          required
        />
        <button type="submit" class="button" disabled={busy()}>
          {busy() ? t("staff.applications.question.sending") : t("staff.applications.question.submit")}
        </button>
      </form>
    </section>
  );
}
