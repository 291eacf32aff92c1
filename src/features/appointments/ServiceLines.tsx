// The services of a visit as a list: "Personalausweis beantragen (2 Personen)", titles in the
// current language (the service id while the guide is not on the device yet).
import { For } from "solid-js";
import type { ServiceLine } from "../../lib/contract/appointments";
import type { Service } from "../../lib/contract/guide";
import { localized, t } from "../../lib/i18n";

export function ServiceLines(props: { lines: ServiceLine[]; services: Service[] | undefined }) {
  const title = (serviceId: string) => {
    const service = props.services?.find((s) => s.id === serviceId);
    return service ? localized(service.text).title : serviceId;
  };
  return (
    <ul class="plain-list">
      <For each={props.lines}>
        {(line) => (
          <li>
            {t("appointments.review.serviceLine", { title: title(line.serviceId), count: line.persons })}
          </li>
        )}
      </For>
    </ul>
  );
}
