// The business support pages of the console: only for the economic development agency (wirtschaft)
// and admins (the server refuses others anyway), with the navigation between their three parts.
import { A } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import { t } from "../../../lib/i18n";
import { account } from "../../account/session";
import { NoAccessNotice } from "../../staff/Access";
import { canSupportBusinesses } from "../../staff/permissions";

export const BUSINESS_CONSOLE = "/verwaltung/wirtschaft";
export const PROVIDERS_CONSOLE = `${BUSINESS_CONSOLE}/anbieter`;
export const FUNDING_CONSOLE = `${BUSINESS_CONSOLE}/foerderung`;

export function BusinessAccess(props: { children: JSX.Element }) {
  const allowed = () => {
    const me = account();
    return me !== null && canSupportBusinesses(me);
  };
  return (
    <Show when={allowed()} fallback={<NoAccessNotice />}>
      {props.children}
    </Show>
  );
}

export function BusinessViews() {
  return (
    <nav class="staff-views" aria-label={t("business.console.viewsLabel")}>
      <ul>
        <li>
          <A href={BUSINESS_CONSOLE} end activeClass="active">
            {t("business.console.consultations.title")}
          </A>
        </li>
        <li>
          <A href={PROVIDERS_CONSOLE} end activeClass="active">
            {t("business.console.providers.title")}
          </A>
        </li>
        <li>
          <A href={FUNDING_CONSOLE} end activeClass="active">
            {t("business.console.funding.title")}
          </A>
        </li>
      </ul>
    </nav>
  );
}
