// Messages and decisions the department sent, with the proof of delivery: the moment the citizen
// first opened them in the postbox.
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { formatDateTime } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import { EmptyState } from "../../ui/EmptyState";
import { usePageTitle } from "../../ui/page-title";
import { account } from "../account/session";
import { fetchSentMessages } from "./api";
import { DataTable } from "../../ui/DataTable";
import { departmentLabel } from "./labels";
import { isAdmin } from "./permissions";
import { createRemote } from "../../lib/remote";
import { RemoteStatus } from "../../ui/RemoteStatus";

export default function SentMessagesPage() {
  usePageTitle(() => t("staff.sent.title"));
  const messages = createRemote(() => true, fetchSentMessages);
  const lead = () => {
    const me = account();
    return me && isAdmin(me) ? t("staff.sent.leadAdmin") : t("staff.sent.lead");
  };

  return (
    <section>
      <h1>{t("staff.sent.title")}</h1>
      <p class="lead">{lead()}</p>
      <button type="button" class="button secondary" onClick={() => messages.reload()}>
        {t("staff.common.refresh")}
      </button>
      <RemoteStatus remote={messages} />
      <Show when={messages.data()}>
        {(list) => (
          <Show
            when={list().length > 0}
            fallback={<EmptyState title={t("staff.sent.emptyTitle")} text={t("staff.sent.emptyText")} />}
          >
            <DataTable caption={t("staff.sent.caption")}>
              <thead>
                <tr>
                  <th scope="col">{t("staff.sent.columns.sentAt")}</th>
                  <th scope="col">{t("staff.sent.columns.kind")}</th>
                  <th scope="col">{t("staff.sent.columns.subject")}</th>
                  <th scope="col">{t("staff.sent.columns.recipient")}</th>
                  <th scope="col">{t("staff.sent.columns.department")}</th>
                  <th scope="col">{t("staff.sent.columns.delivery")}</th>
                </tr>
              </thead>
              <tbody>
                <For each={list()}>
                  {(message) => (
                    <tr>
                      <td>{formatDateTime(message.createdAt)}</td>
                      <td>{t(`staff.message.kinds.${message.kind}`)}</td>
                      <th scope="row">{message.subject}</th>
                      <td>
                        <Show when={message.recipientId} fallback={message.recipientName}>
                          {(id) => (
                            <A href={`/verwaltung/buerger/${encodeURIComponent(id())}`}>
                              {message.recipientName}
                            </A>
                          )}
                        </Show>
                      </td>
                      <td>{departmentLabel(message.senderDepartment)}</td>
                      <td>
                        <Show
                          when={message.openedAt}
                          fallback={<span class="staff-state-pending">{t("staff.sent.notOpened")}</span>}
                        >
                          {(at) => (
                            <span class="staff-state-done">
                              {t("staff.sent.openedAt", { date: formatDateTime(at()) })}
                            </span>
                          )}
                        </Show>
                      </td>
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
