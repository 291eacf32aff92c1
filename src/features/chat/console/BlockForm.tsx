// Ending an abusive chat and blocking it: behind a "really?" step, with a reason for the audit log.
import { createSignal, Show } from "solid-js";
import { createWrite } from "../../../lib/write";
import { t } from "../../../lib/i18n";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { ConfirmAction } from "../../../ui/ConfirmAction";
import { TextInput } from "../../../ui/Field";
import { blockConversation } from "./office-api";

const REASON_MIN = 3;
const REASON_MAX = 500;

export function BlockForm(props: { conversationId: string; onBlocked: () => void }) {
  const [reason, setReason] = createSignal("");
  const [error, setError] = createSignal<string>();
  const [confirming, setConfirming] = createSignal(false);
  const blocking = createWrite<true>();

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (reason().trim().length < REASON_MIN) return setError("chat.office.block.errors.reason");
    setError(undefined);
    setConfirming(true);
    // The button pressed is gone: focus goes to the question's first answer.
    queueMicrotask(() => document.querySelector<HTMLElement>(".chat-block .confirm .button")?.focus());
  };
  const block = () => {
    setConfirming(false);
    const id = props.conversationId;
    const onBlocked = props.onBlocked;
    const why = reason().trim();
    void blocking.run(true, async () => {
      await blockConversation(id, why);
      onBlocked();
      return t("chat.office.block.done");
    });
  };

  return (
    <form noValidate class="chat-console-form chat-block" onSubmit={submit}>
      <h2>{t("chat.office.block.title")}</h2>
      <TextInput
        id="chat-block-reason"
        label={t("chat.office.block.reason")}
        hint={t("chat.office.block.hint")}
        required
        maxLength={REASON_MAX}
        value={reason()}
        onInput={setReason}
        error={error()}
      />
      <Show
        when={confirming()}
        fallback={
          <button type="submit" class="button danger" disabled={blocking.busy() !== undefined}>
            {t("chat.office.block.submit")}
          </button>
        }
      >
        <ConfirmAction
          question={t("chat.office.block.question")}
          text={t("chat.office.block.consequence")}
          confirmLabel={t("chat.office.block.confirm")}
          onConfirm={block}
          onCancel={() => setConfirming(false)}
        />
      </Show>
      <ActionOutcome failureKey={blocking.failure()} success={blocking.success()} />
    </form>
  );
}
