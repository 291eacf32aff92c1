// "Was Sie mitbringen müssen" for the whole visit: every chosen service's list, each item once.
import { For, Show } from "solid-js";
import type { Service } from "../../lib/contract/guide";
import { language, t } from "../../lib/i18n";
import { mergeChecklist } from "./visit";

export function Checklist(props: { services: Service[] }) {
  const items = () => mergeChecklist(props.services, language());
  return (
    <>
      <h2>{t("appointments.checklist.title")}</h2>
      <Show when={items().length > 0} fallback={<p>{t("appointments.checklist.nothing")}</p>}>
        <ul class="checklist">
          <For each={items()}>{(item) => <li>{item}</li>}</For>
        </ul>
      </Show>
    </>
  );
}
