// /verwaltung/chat/zeiten: the chat hours in opening_hours syntax ("Mo-Fr 08:00-16:00; PH off"; PH
// are Lower Saxony's public holidays), checked by the server, which answers with what they mean now.
import { A } from "@solidjs/router";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import { createWrite } from "../../../lib/write";
import { t } from "../../../lib/i18n";
import { createRemote } from "../../../lib/remote";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { TextInput } from "../../../ui/Field";
import { usePageTitle } from "../../../ui/page-title";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import { departmentLabel } from "../../staff/labels";
import { hoursText } from "../hours-text";
import { account } from "../../account/session";
import { AgentsChoice } from "./AgentsChoice";
import { fetchSettings, saveSettings } from "./api";
import { CHAT_CONSOLE_PATH } from "./paths";
import "../chat.css";

const HOURS_MAX = 500;

export default function ChatHoursPage() {
  usePageTitle(() => t("chat.console.hours.title"));
  const settings = createRemote(() => true, fetchSettings);
  const [hours, setHours] = createSignal("");
  const [hoursError, setHoursError] = createSignal<string>();
  const saving = createWrite<true>();
  createEffect(on(settings.data, (current) => current && setHours(current.hours)));

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const value = hours().trim();
    if (value === "") return setHoursError("chat.console.hours.errors.empty");
    setHoursError(undefined);
    void saving.run(
      true,
      async () => {
        settings.set(await saveSettings(value));
        return t("chat.console.hours.saved");
      },
      { overrides: { validation_failed: "chat.console.hours.errors.syntax" } },
    );
  };

  return (
    <section class="chat-console">
      <p class="breadcrumb">
        <A href={CHAT_CONSOLE_PATH}>{t("chat.console.back")}</A>
      </p>
      <h1>{t("chat.console.hours.title")}</h1>
      <p class="lead">{t("chat.console.hours.lead")}</p>
      <RemoteStatus remote={settings} />
      <Show when={settings.data()}>
        {(current) => (
          <>
            <p role="status">{hoursText(current().hoursStatus)}</p>
            <form noValidate onSubmit={submit}>
              <TextInput
                id="chat-hours"
                label={t("chat.console.hours.field")}
                hint={t("chat.console.hours.hint")}
                required
                maxLength={HOURS_MAX}
                value={hours()}
                onInput={setHours}
                error={hoursError()}
              />
              <button type="submit" class="button" disabled={saving.busy() !== undefined}>
                {t("chat.console.hours.save")}
              </button>
            </form>
            <ActionOutcome failureKey={saving.failure()} success={saving.success()} />
            <h2>{t("chat.console.hours.agentsTitle")}</h2>
            <Show
              when={account()?.role === "admin"}
              fallback={
                <ul>
                  <For each={current().agentDepartments}>
                    {(department) => <li>{departmentLabel(department)}</li>}
                  </For>
                </ul>
              }
            >
              <AgentsChoice
                hours={current().hours}
                departments={current().agentDepartments}
                onSaved={settings.set}
              />
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
