// Refusing a merchant's claim or change: a reason the merchant reads (5 to 500 characters), and
// one more question before it is sent, since a refusal cannot be taken back.
import { createSignal, Show } from "solid-js";
import { t } from "../../../lib/i18n";
import { ConfirmAction } from "../../../ui/ConfirmAction";
import { TextField } from "../../staff/Field";

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
  const [confirming, setConfirming] = createSignal(false);
  let submitButton: HTMLButtonElement | undefined;
  let confirmation: HTMLDivElement | undefined;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const text = reason().trim();
    if (text.length < REASON_MIN || text.length > REASON_MAX) {
      setError("merchant.console.refuse.reasonError");
      return;
    }
    setError(undefined);
    setConfirming(true);
    requestAnimationFrame(() => confirmation?.focus());
  };

  const send = async () => {
    setConfirming(false);
    const done = await props.onRefuse(reason().trim());
    if (done) setReason("");
    else requestAnimationFrame(() => submitButton?.focus());
  };

  return (
    <form class="staff-form" onSubmit={submit} novalidate>
      <TextField
        id={`${props.id}-reason`}
        name="reason"
        label={t("merchant.console.refuse.reason")}
        hint={t("merchant.console.refuse.reasonHint")}
        value={reason()}
        onInput={(value) => {
          setReason(value);
          setConfirming(false);
        }}
        error={error()}
        multiline
        required
      />
      <Show
        when={confirming()}
        fallback={
          <button type="submit" class="button secondary" disabled={props.busy} ref={submitButton}>
            {t("merchant.console.refuse.submit")}
          </button>
        }
      >
        <div tabindex="-1" ref={confirmation}>
          <ConfirmAction
            question={props.question}
            text={t("merchant.console.refuse.confirmText")}
            confirmLabel={t("merchant.console.refuse.confirmYes")}
            onConfirm={() => void send()}
            onCancel={() => {
              setConfirming(false);
              requestAnimationFrame(() => submitButton?.focus());
            }}
          />
        </div>
      </Show>
    </form>
  );
}
