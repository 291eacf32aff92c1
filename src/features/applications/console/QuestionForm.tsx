// "Rückfrage stellen": the applicant reads the question in the app and answers it there, with
// documents if asked for. The application waits (status "question") until they do.
import { createSignal } from "solid-js";
import { askQuestionSchema, type StaffApplication } from "../../../lib/contract/applications";
import { t } from "../../../lib/i18n";
import { askQuestion } from "./api";
import type { ActionResult } from "./action-result";
import { type FieldErrors, fieldErrors, hasErrors } from "../../../lib/field-errors";
import { ErrorSummary, summaryOf } from "../../../ui/ErrorSummary";
import { TextArea } from "../../../ui/Field";

const MESSAGES = { text: "applications.console.question.errors.text" };

export function QuestionForm(props: { application: StaffApplication; result: ActionResult }) {
  const [text, setText] = createSignal("");
  const [errors, setErrors] = createSignal<FieldErrors<"text">>({});

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (props.result.busy()) return;
    props.result.start();
    const found = fieldErrors(askQuestionSchema, { text: text() }, MESSAGES);
    setErrors(found);
    if (hasErrors(found)) return;
    const id = props.application.id;
    const question = text().trim();
    const sent = await props.result.send(
      "question",
      () => askQuestion(id, question),
      "applications.console.question.done",
    );
    if (sent) setText("");
  };

  return (
    <section aria-labelledby="question-title">
      <h3 id="question-title">{t("applications.console.question.title")}</h3>
      <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
        <ErrorSummary items={summaryOf(["text"], errors(), "question")} />
        <TextArea
          id="question-text"
          label={t("applications.console.question.text")}
          hint={t("applications.console.question.hint")}
          value={text()}
          onInput={setText}
          error={errors().text}
          rows={8}
          required
        />
        <button type="submit" class="button" disabled={props.result.busy() !== undefined}>
          {props.result.busy() === "question"
            ? t("applications.console.question.sending")
            : t("applications.console.question.submit")}
        </button>
      </form>
    </section>
  );
}
