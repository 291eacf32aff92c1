// Proposing an appointment: the agent picks a service the guide (on the device) says is booked
// online; the server sends the booking's link into the conversation, where the resident gets a card
// that opens the booking with that service chosen.
import { createMemo, createSignal } from "solid-js";
import type { ChatEntry } from "../../../lib/contract/chat";
import { createWrite } from "../../../lib/write";
import { localized, t } from "../../../lib/i18n";
import { createLiveQuery } from "../../../lib/live-query";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { SelectInput } from "../../../ui/Field";
import { bookingOfficeFor } from "../../appointments/visit";
import { allOffices, allServices } from "../../services/data";
import { proposeAppointment } from "./office-api";

export function ProposeForm(props: { conversationId: string; onProposed: (entry: ChatEntry) => void }) {
  const guide = createLiveQuery(() => async () => {
    const [services, offices] = await Promise.all([allServices(), allOffices()]);
    return services
      .filter((service) => bookingOfficeFor(service, offices) !== undefined)
      .map((service) => ({ value: service.id, label: localized(service.text).title }))
      .sort((a, b) => a.label.localeCompare(b.label));
  });
  const options = createMemo(() => guide.data() ?? []);
  const [serviceId, setServiceId] = createSignal("");
  const [error, setError] = createSignal<string>();
  const proposing = createWrite<true>();
  // One client id per chosen service: a retry after a lost answer does not propose twice.
  let clientId = crypto.randomUUID();

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const chosen = serviceId();
    if (!chosen) return setError("chat.office.propose.errors.service");
    setError(undefined);
    const id = props.conversationId;
    const onProposed = props.onProposed;
    void proposing.run(
      true,
      async () => {
        onProposed(await proposeAppointment(id, clientId, chosen));
        return t("chat.office.propose.done");
      },
      {
        done: () => {
          clientId = crypto.randomUUID();
          setServiceId("");
        },
      },
    );
  };

  return (
    <form noValidate class="chat-console-form" onSubmit={submit}>
      <h2>{t("chat.office.propose.title")}</h2>
      <SelectInput
        id="chat-propose-service"
        label={t("chat.office.propose.service")}
        hint={t("chat.office.propose.hint")}
        value={serviceId()}
        onChange={(value) => {
          setServiceId(value);
          clientId = crypto.randomUUID();
        }}
        error={error()}
        options={[{ value: "", label: t("chat.office.propose.choose") }, ...options()]}
      />
      <button type="submit" class="button" disabled={proposing.busy() !== undefined}>
        {t("chat.office.propose.submit")}
      </button>
      <ActionOutcome failureKey={proposing.failure()} success={proposing.success()} />
    </form>
  );
}
