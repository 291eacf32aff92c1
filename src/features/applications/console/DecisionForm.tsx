// "Entscheiden": the outcome and its reasons become the decision (Bescheid) as a PDF in the
// citizen's postbox. That cannot be taken back, so the form asks once more before it sends.
import { createSignal, For, Show } from "solid-js";
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
import { FormAlert, TextField } from "../../staff/Field";
import { outcomeLabel } from "./labels";
import { type FieldErrors, fieldErrors, hasErrors } from "../../../lib/field-errors";

type FieldName = "outcome" | "text";

const MESSAGES: Record<FieldName, string> = {
  outcome: "staff.applications.decision.errors.outcome",
  text: "staff.applications.decision.errors.text",
};

export function DecisionForm(props: {
  application: StaffApplication;
  onStart: () => void;
  result: ActionResult;
}) {
  const [outcome, setOutcome] = createSignal("");
  const [text, setText] = createSignal("");
  const [errors, setErrors] = createSignal<FieldErrors<FieldName>>({});
  const [confirming, setConfirming] = createSignal<Decide>();
  const [busy, setBusy] = createSignal(false);
  let confirmation: HTMLDivElement | undefined;
  let submitButton: HTMLButtonElement | undefined;

  /** A change after "Entscheiden" asks again, with the new values. */
  const editing =
    (set: (value: string) => void) =>
    (value: string): void => {
      set(value);
      setConfirming(undefined);
    };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    props.onStart();
    const input = { outcome: outcome(), text: text() };
    const found = fieldErrors(decideSchema, input, MESSAGES);
    setErrors(found);
    const parsed = decideSchema.safeParse(input);
    if (hasErrors(found) || !parsed.success) return;
    setConfirming(parsed.data);
    requestAnimationFrame(() => confirmation?.focus());
  };

  const send = async (body: Decide) => {
    setConfirming(undefined);
    setBusy(true);
    try {
      // On success the form is gone (the application is decided); the page moves the focus.
      props.result.done(
        await decideApplication(props.application.id, body),
        "staff.applications.decision.done",
      );
    } catch (error) {
      props.result.failed(error);
      requestAnimationFrame(() => submitButton?.focus());
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    setConfirming(undefined);
    requestAnimationFrame(() => submitButton?.focus());
  };

  return (
    <section aria-labelledby="decision-title">
      <h3 id="decision-title">{t("staff.applications.decision.title")}</h3>
      <p>{t("staff.applications.decision.lead")}</p>
      <form class="staff-form" onSubmit={submit} novalidate>
        <FormAlert messages={Object.values(errors()).map((key) => t(key))} />
        <fieldset
          class="staff-choice"
          classList={{ "has-error": Boolean(errors().outcome) }}
          aria-describedby={errors().outcome ? "decision-outcome-error" : undefined}
        >
          <legend>{t("staff.applications.decision.outcome")}</legend>
          <Show when={errors().outcome}>
            {(key) => (
              <p class="field-error" id="decision-outcome-error">
                {t(key())}
              </p>
            )}
          </Show>
          <For each={OUTCOMES}>
            {(code) => (
              <div class="staff-radio">
                <input
                  type="radio"
                  id={`decision-outcome-${code}`}
                  name="outcome"
                  value={code}
                  checked={outcome() === code}
                  onChange={() => editing(setOutcome)(code)}
                />
                <label for={`decision-outcome-${code}`}>{outcomeLabel(code)}</label>
              </div>
            )}
          </For>
        </fieldset>
        <TextField
          id="decision-text"
          name="text"
          label={t("staff.applications.decision.text")}
          hint={t("staff.applications.decision.hint")}
          value={text()}
          onInput={editing(setText)}
          error={errors().text}
          multiline
          required
        />
        <Show
          when={confirming()}
          fallback={
            <button type="submit" class="button" disabled={busy()} ref={submitButton}>
              {busy() ? t("staff.applications.decision.sending") : t("staff.applications.decision.submit")}
            </button>
          }
        >
          {(body) => (
            <div tabindex="-1" ref={confirmation}>
              <ConfirmAction
                question={t("staff.applications.decision.confirmQuestion")}
                text={t("staff.applications.decision.confirmText", {
                  outcome: outcomeLabel(body().outcome),
                  name: props.application.applicant.name,
                })}
                confirmLabel={t("staff.applications.decision.confirmYes")}
                onConfirm={() => void send(body())}
                onCancel={cancel}
              />
            </div>
          )}
        </Show>
      </form>
    </section>
  );
}
