// /verwaltung/antraege: the department's online applications (admins: every department's). Three
// views, kept in the address (?view=) so a reload or a link shows the same one.
import { A, useSearchParams } from "@solidjs/router";
import { For, Show } from "solid-js";
import { INBOX_VIEWS, type InboxView } from "../../../lib/contract/applications";
import { formatDateTime } from "../../../lib/date-format";
import { t } from "../../../lib/i18n";
import { EmptyState } from "../../../ui/EmptyState";
import { usePageTitle } from "../../../ui/page-title";
import { account } from "../../account/session";
import { typeTitle } from "../answer-text";
import { NoAccessNotice } from "../../staff/Access";
import { fetchApplications } from "./api";
import { applicationPath, inboxPath, inboxView } from "./application-workflow";
import { DataTable } from "../../../ui/DataTable";
import { applicationStatusLabel } from "./labels";
import { canHandleApplications } from "../../staff/permissions";
import { createRemote } from "../../../lib/remote";
import { RemoteStatus } from "../../../ui/RemoteStatus";

export default function ApplicationsInboxPage() {
  usePageTitle(() => t("applications.console.inbox.title"));
  const allowed = () => {
    const me = account();
    return me !== null && canHandleApplications(me);
  };
  return (
    <Show when={allowed()} fallback={<NoAccessNotice />}>
      <Inbox />
    </Show>
  );
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function Inbox() {
  const [params] = useSearchParams();
  const view = () => inboxView(single(params.view));
  const list = createRemote(view, fetchApplications);

  return (
    <section>
      <h1>{t("applications.console.inbox.title")}</h1>
      <p class="lead">{t("applications.console.inbox.lead")}</p>
      <ViewLinks current={view()} />
      <div class="button-row">
        <button type="button" class="button secondary" onClick={() => list.reload()}>
          {t("staff.common.refresh")}
        </button>
      </div>
      <RemoteStatus remote={list} />
      <Show when={list.data()}>
        {(rows) => (
          <Show
            when={rows().length > 0}
            fallback={
              <EmptyState
                title={t(`applications.console.inbox.empty.${view()}.title`)}
                text={t(`applications.console.inbox.empty.${view()}.text`)}
              />
            }
          >
            <DataTable caption={t(`applications.console.inbox.caption.${view()}`, { count: rows().length })}>
              <thead>
                <tr>
                  <th scope="col">{t("applications.console.columns.reference")}</th>
                  <th scope="col">{t("applications.console.columns.type")}</th>
                  <th scope="col">{t("applications.console.columns.title")}</th>
                  <th scope="col">{t("applications.console.columns.applicant")}</th>
                  <th scope="col">{t("applications.console.columns.submittedAt")}</th>
                  <th scope="col">{t("applications.console.columns.status")}</th>
                  <th scope="col">{t("applications.console.columns.claimedBy")}</th>
                </tr>
              </thead>
              <tbody>
                <For each={rows()}>
                  {(row) => (
                    <tr>
                      <th scope="row">
                        <A href={applicationPath(row.id)} class="staff-reference">
                          {row.reference}
                        </A>
                      </th>
                      <td>{typeTitle(row.type)}</td>
                      <td>{row.title}</td>
                      <td>{row.applicantName}</td>
                      <td>
                        <time datetime={row.submittedAt}>{formatDateTime(row.submittedAt)}</time>
                      </td>
                      <td>{applicationStatusLabel(row.status)}</td>
                      <td>{row.claimedBy?.name ?? t("applications.console.unclaimed")}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </DataTable>
          </Show>
        )}
      </Show>
    </section>
  );
}

/**
 * The views as links (not tabs): each is an address of its own. The router's <A> marks every link
 * to this path as current, whatever the query, so these set aria-current themselves.
 */
function ViewLinks(props: { current: InboxView }) {
  return (
    <nav class="staff-views" aria-label={t("applications.console.inbox.viewsLabel")}>
      <ul>
        <For each={INBOX_VIEWS}>
          {(view) => (
            <li>
              <a
                href={inboxPath(view)}
                classList={{ active: props.current === view }}
                aria-current={props.current === view ? "page" : undefined}
              >
                {t(`applications.console.inbox.views.${view}`)}
              </a>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
