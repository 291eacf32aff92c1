// The reports console's views as links (inbox, statistics, API keys for admins); each is an address
// of its own, so the current one carries aria-current itself.
import { For } from "solid-js";
import { t } from "../../../lib/i18n";
import { account } from "../../account/session";
import { isAdmin } from "../../staff/permissions";
import { API_KEYS_PATH, INBOX_PATH, STATISTICS_PATH } from "./inbox-filters";

const VIEWS = [
  { key: "inbox", href: INBOX_PATH, adminOnly: false },
  { key: "statistics", href: STATISTICS_PATH, adminOnly: false },
  { key: "apiKeys", href: API_KEYS_PATH, adminOnly: true },
] as const;

export function ReportViews(props: { current: (typeof VIEWS)[number]["key"] }) {
  const views = () => {
    const me = account();
    return VIEWS.filter((view) => !view.adminOnly || (me !== null && isAdmin(me)));
  };
  return (
    <nav class="staff-views" aria-label={t("staff.reports.views.label")}>
      <ul>
        <For each={views()}>
          {(view) => (
            <li>
              <a
                href={view.href}
                classList={{ active: props.current === view.key }}
                aria-current={props.current === view.key ? "page" : undefined}
              >
                {t(`staff.reports.views.${view.key}`)}
              </a>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
