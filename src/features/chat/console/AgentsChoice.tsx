// For admins on the hours page: which departments' staff are chat agents (the Bürgerbüro and any
// others), and who leads the chat (statistics and canned answers), among those departments' staff.
import { createEffect, createSignal, on, Show } from "solid-js";
import { DEPARTMENTS, type Department } from "../../../lib/contract/account-constants";
import { createWrite } from "../../../lib/write";
import { t } from "../../../lib/i18n";
import { createRemote } from "../../../lib/remote";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { Checkboxes } from "../../../ui/Choices";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import { departmentLabel } from "../../staff/labels";
import { saveSettings } from "./api";
import { fetchLeads, saveLeads } from "./office-api";

export function AgentsChoice(props: {
  hours: string;
  departments: Department[];
  onSaved: (settings: Awaited<ReturnType<typeof saveSettings>>) => void;
}) {
  const [chosen, setChosen] = createSignal<Department[]>([]);
  const [error, setError] = createSignal<string>();
  createEffect(
    on(
      () => props.departments,
      (current) => setChosen([...current]),
    ),
  );
  const savingDepartments = createWrite<true>();

  const leads = createRemote(() => true, fetchLeads);
  const [leadIds, setLeadIds] = createSignal<string[]>([]);
  createEffect(
    on(leads.data, (list) => list && setLeadIds(list.candidates.filter((c) => c.lead).map((c) => c.id))),
  );
  const savingLeads = createWrite<true>();

  const submitDepartments = (event: SubmitEvent) => {
    event.preventDefault();
    if (chosen().length === 0) return setError("chat.office.agents.errors.none");
    setError(undefined);
    const hours = props.hours;
    const departments = chosen();
    const onSaved = props.onSaved;
    void savingDepartments.run(
      true,
      async () => {
        onSaved(await saveSettings(hours, departments));
        return t("chat.office.agents.saved");
      },
      { done: () => leads.reload() },
    );
  };

  const submitLeads = (event: SubmitEvent) => {
    event.preventDefault();
    const ids = leadIds();
    void savingLeads.run(true, async () => {
      leads.set(await saveLeads(ids));
      return t("chat.office.leads.saved");
    });
  };

  return (
    <>
      <form noValidate class="chat-console-form" onSubmit={submitDepartments}>
        <Checkboxes
          id="chat-agent-departments"
          legend={t("chat.office.agents.legend")}
          hint={t("chat.office.agents.hint")}
          options={DEPARTMENTS.map((value) => ({ value, label: departmentLabel(value) }))}
          values={chosen()}
          onChange={(values) => setChosen(DEPARTMENTS.filter((d) => values.includes(d)))}
          error={error()}
        />
        <button type="submit" class="button" disabled={savingDepartments.busy() !== undefined}>
          {t("chat.office.agents.save")}
        </button>
        <ActionOutcome failureKey={savingDepartments.failure()} success={savingDepartments.success()} />
      </form>

      <h2>{t("chat.office.leads.title")}</h2>
      <RemoteStatus remote={leads} />
      <Show when={leads.data()}>
        {(list) => (
          <Show when={list().candidates.length > 0} fallback={<p>{t("chat.office.leads.none")}</p>}>
            <form noValidate class="chat-console-form" onSubmit={submitLeads}>
              <Checkboxes
                id="chat-leads"
                legend={t("chat.office.leads.legend")}
                hint={t("chat.office.leads.hint")}
                options={list().candidates.map((c) => ({
                  value: c.id,
                  label: t("chat.office.leads.option", {
                    name: c.name,
                    department: departmentLabel(c.department),
                  }),
                }))}
                values={leadIds()}
                onChange={setLeadIds}
              />
              <button type="submit" class="button" disabled={savingLeads.busy() !== undefined}>
                {t("chat.office.leads.save")}
              </button>
              <ActionOutcome failureKey={savingLeads.failure()} success={savingLeads.success()} />
            </form>
          </Show>
        )}
      </Show>
    </>
  );
}
