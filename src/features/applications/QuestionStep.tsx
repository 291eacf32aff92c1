// One step of the definition: its visible fields, checked with the same rules the server uses when
// the user presses "Weiter".
import { createSignal, For, onMount } from "solid-js";
import {
  type Answers,
  conditionHolds,
  type FieldError,
  type ListValue,
  type ScalarValue,
  type Step,
  validateStep,
} from "../../lib/contract/application-definition";
import { t } from "../../lib/i18n";
import { ErrorSummary, type SummaryItem } from "../../ui/ErrorSummary";
import type { DraftEditor } from "./draft-editor";
import { FieldInput, type InlineErrors } from "./FieldInputs";
import { summaryItems } from "./messages";

export function QuestionStep(props: { editor: DraftEditor; step: Step; next: string }) {
  // eslint-disable-next-line solid/reactivity -- made once per draft page, never replaced
  const editor = props.editor;
  const [summary, setSummary] = createSignal<SummaryItem[]>([]);
  const [errors, setErrors] = createSignal<FieldError[]>([]);
  const answers = () => editor.draft().answers;
  const visible = () => props.step.fields.filter((field) => conditionHolds(field.showIf, answers()));

  const inline = (): InlineErrors => {
    const items = summaryItems(editor.definition, errors(), editor.today());
    return Object.fromEntries(
      errors().map((error, i) => [error.path, t(items[i]!.message, items[i]!.values)]),
    );
  };

  const check = (): boolean => {
    const found = validateStep(editor.definition, props.step.id, answers(), editor.today());
    setErrors(found);
    setSummary(summaryItems(editor.definition, found, editor.today()));
    return found.length === 0;
  };
  onMount(() => {
    if (editor.checkOnArrival()) check();
  });

  const setAnswer = (fieldId: string, value: ScalarValue | ListValue) =>
    editor.update((draft) => {
      const next: Answers = { ...draft.answers, [fieldId]: value };
      return { ...draft, answers: next };
    });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (check()) editor.go(props.next);
  };

  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary items={summary()} />
      <For each={visible()}>
        {(field) => (
          <FieldInput
            type={editor.definition.type}
            field={field}
            value={answers()[field.id]}
            onChange={(value) => setAnswer(field.id, value)}
            errors={inline()}
          />
        )}
      </For>
      <button type="submit" class="button">
        {t("applications.form.continue")}
      </button>
    </form>
  );
}
