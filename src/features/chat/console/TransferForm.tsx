// Handing a chat over: to a colleague on duty, or back into the queue of another department, with a
// note only agents see.
import { createSignal, Show } from "solid-js";
import type { AgentConversation, TransferRequest } from "../../../lib/contract/chat";
import { DEPARTMENTS, type Department } from "../../../lib/contract/account-constants";
import { createWrite } from "../../../lib/write";
import { t } from "../../../lib/i18n";
import { createRemote } from "../../../lib/remote";
import { account } from "../../account/session";
import { departmentLabel } from "../../staff/labels";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { SelectInput, TextArea } from "../../../ui/Field";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import { fetchColleagues, transferConversation } from "./api";

const NOTE_MAX = 500;

export function TransferForm(props: {
  conversationId: string;
  onTransferred: (conversation: AgentConversation) => void;
}) {
  const [open, setOpen] = createSignal(false);
  const colleagues = createRemote(() => (open() ? true : undefined), fetchColleagues);
  const [target, setTarget] = createSignal("");
  const [note, setNote] = createSignal("");
  const [targetError, setTargetError] = createSignal<string>();
  const transferring = createWrite<true>();

  const options = () => {
    const me = account()?.id;
    const agents = (colleagues.data()?.agents ?? [])
      .filter((agent) => agent.id !== me)
      .map((agent) => ({
        value: `agent:${agent.id}`,
        label: t("chat.console.transfer.agentOption", {
          name: agent.name,
          active: agent.active,
          capacity: agent.capacity,
        }),
      }));
    const departments = DEPARTMENTS.map((department) => ({
      value: `department:${department}`,
      label: departmentLabel(department),
    }));
    return { agents, departments };
  };

  const request = (): TransferRequest | undefined => {
    const [kind, id] = target().split(/:(.*)/s);
    if (kind === "agent" && id) return { toAgentId: id, note: note().trim() };
    const department = DEPARTMENTS.find((known): known is Department => known === id);
    if (kind === "department" && department) return { toDepartment: department, note: note().trim() };
    return undefined;
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const body = request();
    if (!body) return setTargetError("chat.console.transfer.errors.target");
    setTargetError(undefined);
    const id = props.conversationId;
    const onTransferred = props.onTransferred;
    void transferring.run(true, async () => {
      onTransferred(await transferConversation(id, body));
      return t("chat.console.transfer.done");
    });
  };

  return (
    <div class="chat-console-form">
      <h2>{t("chat.console.transfer.title")}</h2>
      <Show
        when={open()}
        fallback={
          <button type="button" class="button secondary" onClick={() => setOpen(true)}>
            {t("chat.console.transfer.open")}
          </button>
        }
      >
        <RemoteStatus remote={colleagues} />
        <form noValidate onSubmit={submit}>
          <SelectInput
            id="chat-transfer-target"
            label={t("chat.console.transfer.target")}
            required
            value={target()}
            onChange={setTarget}
            options={[{ value: "", label: t("chat.console.transfer.choose") }]}
            groups={[
              { label: t("chat.console.transfer.colleagues"), options: options().agents },
              { label: t("chat.console.transfer.departments"), options: options().departments },
            ]}
            error={targetError()}
          />
          <TextArea
            id="chat-transfer-note"
            label={t("chat.console.transfer.note")}
            hint={t("chat.console.transfer.noteHint")}
            rows={2}
            maxLength={NOTE_MAX}
            value={note()}
            onInput={setNote}
          />
          <button type="submit" class="button" disabled={transferring.busy() !== undefined}>
            {t("chat.console.transfer.submit")}
          </button>
        </form>
      </Show>
      <ActionOutcome failureKey={transferring.failure()} success={transferring.success()} />
    </div>
  );
}
