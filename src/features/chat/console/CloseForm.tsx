// Ending a chat with its outcome (answered, referred, appointment, no answer), for the office's figures.
import { createSignal } from "solid-js";
import { type AgentConversation, CLOSE_OUTCOMES, type CloseOutcome } from "../../../lib/contract/chat";
import { createWrite } from "../../../lib/write";
import { t } from "../../../lib/i18n";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { SelectInput } from "../../../ui/Field";
import { closeConversation } from "./api";

type ClosingOutcome = Exclude<CloseOutcome, "blocked">;
const OUTCOMES = CLOSE_OUTCOMES.filter((outcome): outcome is ClosingOutcome => outcome !== "blocked");

export function CloseForm(props: {
  conversationId: string;
  onClosed: (conversation: AgentConversation) => void;
}) {
  const [outcome, setOutcome] = createSignal<ClosingOutcome>("answered");
  const closing = createWrite<true>();
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const id = props.conversationId;
    const chosen = outcome();
    const onClosed = props.onClosed;
    void closing.run(true, async () => {
      onClosed(await closeConversation(id, chosen));
      return t("chat.console.close.done");
    });
  };
  return (
    <form noValidate class="chat-console-form" onSubmit={submit}>
      <h2>{t("chat.console.close.title")}</h2>
      <SelectInput
        id="chat-close-outcome"
        label={t("chat.console.close.outcome")}
        value={outcome()}
        onChange={(value) => setOutcome(OUTCOMES.find((known) => known === value) ?? "answered")}
        options={OUTCOMES.map((value) => ({ value, label: t(`chat.outcomes.${value}`) }))}
      />
      <button type="submit" class="button" disabled={closing.busy() !== undefined}>
        {t("chat.console.close.submit")}
      </button>
      <ActionOutcome failureKey={closing.failure()} success={closing.success()} />
    </form>
  );
}
