// "Entscheiden": the outcome and its reasons become the decision (Bescheid) as a PDF in the
// citizen's postbox. That cannot be taken back, so the form asks once more before it sends.
import { createSignal, Show } from "solid-js";
import {
  type Decide,
  decideSchema,
  OUTCOMES,
  type StaffApplication,
} from "../../../lib/contract/applications";
import { t } from "../../../lib/i18n";
import { ConfirmAction } from "../../../ui/ConfirmAction";
import { decideApplication } from "./api";
import type { ActionResult } from "./action-result";
import { outcomeLabel } from "./labels";
import { createConfirmStep } from "../../../lib/confirm-step";
import { type FieldErrors, fieldErrors, hasErrors } from "../../../lib/field-errors";
import { ErrorSummary, summaryOf } from "../../../ui/ErrorSummary";
import { Radios } from "../../../ui/Choices";
import { TextArea } from "../../../ui/Field";

type FieldName = "outcome" | "text";

const MESSAGES: Record<FieldName, string> = {
  outcome: "applications.console.decision.errors.outcome",
  text: "applications.console.decision.errors.text",
};

export function DecisionForm(props: { application: StaffApplication; result: ActionResult }) {
  const [outcome, setOutcome] = createSignal("");
  const [text, setText] = createSignal("");
  const [errors, setErrors] = createSignal<FieldErrors<FieldName>>({});
  const confirm = createConfirmStep<Decide>();
  const busy = () => props.result.busy() !== undefined;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    props.result.start();
    const input = { outcome: outcome(), text: text() };
    const found = fieldErrors(decideSchema, input, MESSAGES);
    setErrors(found);
    const parsed = decideSchema.safeParse(input);
    if (hasErrors(found) || !parsed.success) return;
    confirm.ask(parsed.data);
  };

  const send = async () => {
    const body = confirm.take();
    if (!body) return;
    const id = props.application.id;
    // On success the form is gone (the application is decided); the page moves the focus.
    const sent = await props.result.send(
      "decide",
      () => decideApplication(id, body),
      "applications.console.decision.done",
    );
    if (!sent) confirm.focusSubmit();
  };

  return (
    <section aria-labelledby="decision-title">
      <h3 id="decision-title">{t("applications.console.decision.title")}</h3>
      <p>{t("applications.console.decision.lead")}</p>
      <form class="staff-form" onSubmit={submit} novalidate>
        <ErrorSummary items={summaryOf(["outcome", "text"], errors(), "decision")} />
        <Radios
          id="decision-outcome"
          legend={t("applications.console.decision.outcome")}
          options={OUTCOMES.map((code) => ({ value: code, label: outcomeLabel(code) }))}
          value={outcome()}
          onChange={confirm.editing(setOutcome)}
          error={errors().outcome}
        />
        <TextArea
          id="decision-text"
          label={t("applications.console.decision.text")}
          hint={t("applications.console.decision.hint")}
          value={text()}
          onInput={confirm.editing(setText)}
          error={errors().text}
          rows={8}
          required
        />
        <Show
          when={confirm.pending()}
          fallback={
            <button type="submit" class="button" disabled={busy()} ref={confirm.submitRef}>
              {props.result.busy() === "decide"
                ? t("applications.console.decision.sending")
                : t("applications.console.decision.submit")}
            </button>
          }
        >
          {(body) => (
            <div tabindex="-1" ref={confirm.questionRef}>
              <ConfirmAction
                question={t("applications.console.decision.confirmQuestion")}
                text={t("applications.console.decision.confirmText", {
                  outcome: outcomeLabel(body().outcome),
                  name: props.application.applicant.name,
                })}
                confirmLabel={t("applications.console.decision.confirmYes")}
                onConfirm={() => void send()}
                onCancel={confirm.cancel}
              />
            </div>
          )}
        </Show>
      </form>
    </section>
  );
}
