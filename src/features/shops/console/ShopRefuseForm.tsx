// Refusing a merchant's claim or change: a reason the merchant reads (5 to 500 characters), and
// one more question before it is sent, since a refusal cannot be taken back.
import { createSignal, Show } from "solid-js";
import { t } from "../../../lib/i18n";
import { createConfirmStep } from "../../../lib/confirm-step";
import { ConfirmAction } from "../../../ui/ConfirmAction";
import { ErrorSummary, summaryOf } from "../../../ui/ErrorSummary";
import { TextArea } from "../../../ui/Field";

const REASON_MIN = 5;
const REASON_MAX = 500;

export function ShopRefuseForm(props: {
  id: string;
  /** The question before sending, e.g. "Refuse the claim of … for …?" */
  question: string;
  busy: boolean;
  onRefuse: (reason: string) => Promise<boolean>;
}) {
  const [reason, setReason] = createSignal("");
  const [error, setError] = createSignal<string>();
  const confirm = createConfirmStep<string>();

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const text = reason().trim();
    if (text.length < REASON_MIN || text.length > REASON_MAX) {
      setError("merchant.console.refuse.reasonError");
      return;
    }
    setError(undefined);
    confirm.ask(text);
  };

  const send = async () => {
    const text = confirm.take();
    if (text === undefined) return;
    const done = await props.onRefuse(text);
    if (done) setReason("");
    else confirm.focusSubmit();
  };

  return (
    <form class="staff-form" onSubmit={submit} novalidate>
      <ErrorSummary items={summaryOf(["reason"], { reason: error() }, props.id)} />
      <TextArea
        id={`${props.id}-reason`}
        label={t("merchant.console.refuse.reason")}
        hint={t("merchant.console.refuse.reasonHint")}
        value={reason()}
        onInput={confirm.editing(setReason)}
        error={error()}
        rows={8}
        required
      />
      <Show
        when={confirm.pending() !== undefined}
        fallback={
          <button type="submit" class="button secondary" disabled={props.busy} ref={confirm.submitRef}>
            {t("merchant.console.refuse.submit")}
          </button>
        }
      >
        <div tabindex="-1" ref={confirm.questionRef}>
          <ConfirmAction
            question={props.question}
            text={t("merchant.console.refuse.confirmText")}
            confirmLabel={t("merchant.console.refuse.confirmYes")}
            onConfirm={() => void send()}
            onCancel={confirm.cancel}
          />
        </div>
      </Show>
    </form>
  );
}
