// The chat console's other pages: the messages left outside chat hours, the canned answers, the
// hours, and for the chat's leads and admins the statistics.
import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { t } from "../../../lib/i18n";
import { createRemote } from "../../../lib/remote";
import { fetchOfficeRole } from "./office-api";
import { CHAT_CANNED_PATH, CHAT_CASES_PATH, CHAT_HOURS_PATH, CHAT_STATS_PATH } from "./paths";

export function OfficeLinks() {
  const role = createRemote(() => true, fetchOfficeRole);
  return (
    <nav class="chat-office-links" aria-label={t("chat.office.links")}>
      <ul>
        <li>
          <A href={CHAT_CASES_PATH}>{t("chat.office.cases.title")}</A>
        </li>
        <li>
          <A href={CHAT_CANNED_PATH}>{t("chat.office.canned.title")}</A>
        </li>
        <li>
          <A href={CHAT_HOURS_PATH}>{t("chat.console.hoursLink")}</A>
        </li>
        <Show when={role.data()?.lead}>
          <li>
            <A href={CHAT_STATS_PATH}>{t("chat.office.stats.title")}</A>
          </li>
        </Show>
      </ul>
    </nav>
  );
}
