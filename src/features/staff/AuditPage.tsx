// The audit log (admins): who looked at or changed what, when and why. Filters by the ids the
// log stores: the person concerned (subject) and the person acting (actor).
import { createSignal, For, Show } from "solid-js";
import { formatTimestamp } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import { EmptyState } from "../../ui/EmptyState";
import { usePageTitle } from "../../ui/page-title";
import { AdminOnly } from "./Access";
import { type AuditFilter, fetchAudit } from "./api";
import { DataTable } from "../../ui/DataTable";
import { SelectInput, TextInput } from "../../ui/Field";
import { createRemote } from "../../lib/remote";
import { RemoteStatus } from "../../ui/RemoteStatus";

const LIMITS = ["50", "100", "200", "500"] as const;

export default function AuditPage() {
  usePageTitle(() => t("staff.audit.title"));
  return (
    <AdminOnly>
      <AuditLog />
    </AdminOnly>
  );
}

function AuditLog() {
  const [subject, setSubject] = createSignal("");
  const [actor, setActor] = createSignal("");
  const [limit, setLimit] = createSignal("100");
  const [filter, setFilter] = createSignal<AuditFilter>({ limit: 100 });
  const entries = createRemote(filter, fetchAudit);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setFilter({
      subject: subject().trim() || undefined,
      actor: actor().trim() || undefined,
      limit: Number(limit()),
    });
  };

  return (
    <section>
      <h1>{t("staff.audit.title")}</h1>
      <p class="lead">{t("staff.audit.lead")}</p>
      <form class="staff-form staff-filters" onSubmit={submit} aria-label={t("staff.audit.filterLabel")}>
        <TextInput
          id="audit-subject"
          label={t("staff.audit.subject")}
          hint={t("staff.audit.idHint")}
          value={subject()}
          onInput={setSubject}
          autocomplete="off"
        />
        <TextInput
          id="audit-actor"
          label={t("staff.audit.actor")}
          value={actor()}
          onInput={setActor}
          autocomplete="off"
        />
        <SelectInput
          id="audit-limit"
          label={t("staff.audit.limit")}
          value={limit()}
          onChange={setLimit}
          options={LIMITS.map((value) => ({ value, label: value }))}
        />
        <button type="submit" class="button">
          {t("staff.audit.submit")}
        </button>
      </form>
      <RemoteStatus remote={entries} />
      <Show when={entries.data()}>
        {(list) => (
          <Show
            when={list().length > 0}
            fallback={<EmptyState title={t("staff.audit.emptyTitle")} text={t("staff.audit.emptyText")} />}
          >
            <DataTable caption={t("staff.audit.caption", { count: list().length })}>
              <thead>
                <tr>
                  <th scope="col">{t("staff.audit.columns.at")}</th>
                  <th scope="col">{t("staff.audit.columns.actor")}</th>
                  <th scope="col">{t("staff.audit.columns.action")}</th>
                  <th scope="col">{t("staff.audit.columns.subject")}</th>
                  <th scope="col">{t("staff.audit.columns.reason")}</th>
                  <th scope="col">{t("staff.audit.columns.details")}</th>
                </tr>
              </thead>
              <tbody>
                <For each={list()}>
                  {(entry) => (
                    <tr>
                      <th scope="row">
                        <time datetime={entry.at}>{formatTimestamp(entry.at)}</time>
                      </th>
                      <td>
                        {entry.actorName}
                        <Show when={entry.actorId}>{(id) => <code class="staff-id">{id()}</code>}</Show>
                      </td>
                      {/* Actions the console does not know yet show their code. */}
                      <td>{t(`staff.audit.actions.${entry.action}`, { defaultValue: entry.action })}</td>
                      <td>
                        <Show when={entry.subjectId} fallback={t("staff.audit.none")}>
                          {(id) => <code class="staff-id">{id()}</code>}
                        </Show>
                      </td>
                      <td>{entry.reason ?? t("staff.audit.none")}</td>
                      <td>
                        <Show when={entry.details} fallback={t("staff.audit.none")}>
                          {(details) => <code class="staff-details">{details()}</code>}
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
