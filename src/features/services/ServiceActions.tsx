// What a resident can do right away from a service's page: send its form in this app, use its
// portal elsewhere, or book an appointment. A page that says "online" has to lead there.
import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { definitionForService } from "../../lib/contract/application-forms";
import type { Service } from "../../lib/contract/guide";
import { t } from "../../lib/i18n";

export function ServiceActions(props: { service: Service; bookable: boolean }) {
  const form = () => definitionForService(props.service.id);
  return (
    <Show when={form() !== undefined || props.service.onlineUrl !== undefined || props.bookable}>
      <p class="button-row">
        <Show when={form()}>
          {(definition) => (
            <A href={`/antraege/neu/${encodeURIComponent(definition().type)}`} class="button">
              {t("services.detail.applyOnline")}
            </A>
          )}
        </Show>
        <Show when={props.service.onlineUrl}>
          {(url) => (
            <a href={url()} class="button" rel="noopener noreferrer" target="_blank">
              {t("services.detail.onlinePortal")}
            </a>
          )}
        </Show>
        <Show when={props.bookable}>
          <A href={`/termine?dienst=${encodeURIComponent(props.service.id)}`} class="button secondary">
            {t("services.detail.book")}
          </A>
        </Show>
      </p>
    </Show>
  );
}
