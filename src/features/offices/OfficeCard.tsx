import { A } from "@solidjs/router";
import type { Office } from "../../lib/contract/guide";
import { localized } from "../../lib/i18n";
import { OpeningStatus } from "./OpeningStatus";

export function OfficeCard(props: { office: Office }) {
  return (
    <div class="card">
      <A href={`/standorte/${props.office.id}`}>{localized(props.office.text).name}</A>
      <p>
        {props.office.address.street}, {props.office.address.postalCode} {props.office.address.city}
      </p>
      <OpeningStatus rule={props.office.openingHours} />
    </div>
  );
}
