// Admins manage the staff accounts: list, invite, change role and department, lock.
import { createSignal, For, Show } from "solid-js";
import type { StaffAccount } from "../../lib/contract/account";
import { formatDay } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";
import { account, loadSession } from "../account/session";
import { AdminOnly } from "./Access";
import { fetchStaffAccounts } from "./api";
import { DataTable } from "../../ui/DataTable";
import { departmentLabel, fullName, roleLabel } from "./labels";
import { createRemote } from "../../lib/remote";
import { RemoteStatus } from "../../ui/RemoteStatus";
import { StaffCreateForm } from "./StaffCreateForm";
import { StaffEditForm } from "./StaffEditForm";

export default function StaffAccountsPage() {
  usePageTitle(() => t("staff.accounts.title"));
  return (
    <AdminOnly>
      <StaffAccounts />
    </AdminOnly>
  );
}

function StaffAccounts() {
  const accounts = createRemote(() => true, fetchStaffAccounts);
  const [editing, setEditing] = createSignal<string>();
  const [saved, setSaved] = createSignal<string>();
  const editedAccount = () => accounts.data()?.find((entry) => entry.id === editing());

  const replace = (updated: StaffAccount) => {
    const list = accounts.data() ?? [];
    const known = list.some((entry) => entry.id === updated.id);
    accounts.set(
      known ? list.map((entry) => (entry.id === updated.id ? updated : entry)) : [...list, updated],
    );
  };

  const focusEditButton = (id: string) =>
    requestAnimationFrame(() => document.getElementById(`staff-edit-button-${id}`)?.focus());

  return (
    <section>
      <h1>{t("staff.accounts.title")}</h1>
      <p class="lead">{t("staff.accounts.lead")}</p>
      <RemoteStatus remote={accounts} />
      <div role="status">
        <Show when={saved()}>
          {(name) => <p class="staff-success">{t("staff.accounts.saved", { name: name() })}</p>}
        </Show>
      </div>
      <Show when={accounts.data()}>
        {(list) => (
          <DataTable caption={t("staff.accounts.caption")}>
            <thead>
              <tr>
                <th scope="col">{t("staff.accounts.columns.name")}</th>
                <th scope="col">{t("staff.accounts.columns.email")}</th>
                <th scope="col">{t("staff.accounts.columns.role")}</th>
                <th scope="col">{t("staff.accounts.columns.department")}</th>
                <th scope="col">{t("staff.accounts.columns.state")}</th>
                <th scope="col">{t("staff.accounts.columns.createdAt")}</th>
                <th scope="col">{t("staff.accounts.columns.actions")}</th>
              </tr>
            </thead>
            <tbody>
              <For each={list()}>
                {(entry) => (
                  <tr>
                    <th scope="row">{fullName(entry)}</th>
                    <td>{entry.email}</td>
                    <td>{roleLabel(entry.role)}</td>
                    <td>{departmentLabel(entry.department)}</td>
                    <td>
                      {entry.disabled ? t("staff.accounts.stateDisabled") : t("staff.accounts.stateActive")}
                    </td>
                    <td>{formatDay(entry.createdAt)}</td>
                    <td>
                      <button
                        type="button"
                        class="button secondary"
                        id={`staff-edit-button-${entry.id}`}
                        aria-label={t("staff.accounts.editFor", { name: fullName(entry) })}
                        aria-expanded={editing() === entry.id}
                        aria-controls={editing() === entry.id ? "staff-edit-title" : undefined}
                        onClick={() => {
                          setSaved(undefined);
                          setEditing(entry.id);
                        }}
                      >
                        {t("staff.accounts.edit")}
                      </button>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </DataTable>
        )}
      </Show>

      <Show when={editedAccount()} keyed>
        {(entry) => (
          <StaffEditForm
            account={entry}
            onSaved={(updated) => {
              replace(updated);
              setEditing(undefined);
              setSaved(fullName(updated));
              focusEditButton(updated.id);
              // Own department changed: the bar and the send form read it from the session.
              if (updated.id === account()?.id) {
                loadSession().catch((error: unknown) => console.error("session not reloaded", error));
              }
            }}
            onCancel={() => {
              setEditing(undefined);
              focusEditButton(entry.id);
            }}
          />
        )}
      </Show>

      <StaffCreateForm onCreated={replace} />
    </section>
  );
}
