import { Show } from "solid-js";
import type { Service } from "../../lib/contract/guide";
import { t } from "../../lib/i18n";

export function ServiceBadges(props: { service: Service }) {
  return (
    <p class="badges">
      <Show when={props.service.online !== "no"}>
        <span class="badge badge-online">{t(`services.online.${props.service.online}`)}</span>
      </Show>
      <Show when={props.service.appointment !== "no"}>
        <span class="badge">{t(`services.appointment.${props.service.appointment}`)}</span>
      </Show>
    </p>
  );
}
