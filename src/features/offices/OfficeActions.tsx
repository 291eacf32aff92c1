// From an office's page to its calendar and to its place on the city map (the offices layer).
import { A } from "@solidjs/router";
import { Show } from "solid-js";
import type { Office } from "../../lib/contract/guide";
import { t } from "../../lib/i18n";

export function OfficeActions(props: { office: Office }) {
  const id = () => encodeURIComponent(props.office.id);
  return (
    <p class="button-row">
      <Show when={props.office.booking !== undefined}>
        <A href={`/termine?amt=${id()}`} class="button">
          {t("offices.book")}
        </A>
      </Show>
      <A href={`/karte?ebenen=offices&objekt=offices/${id()}`} class="button secondary">
        {t("offices.showOnMap")}
      </A>
    </p>
  );
}
