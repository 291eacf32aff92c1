// Change a staff account's role, department or lock it. Locking ends its sessions at once.
import { createSignal, onMount } from "solid-js";
import { type StaffAccount, staffUpdateSchema } from "../../lib/contract/account";
import { t } from "../../lib/i18n";
import { updateStaffAccount } from "./api";
import { errorKey } from "../../lib/console-error-key";
import { FormAlert, SelectField } from "./Field";
import { fullName } from "./labels";
import { departmentOf, departmentOptions, roleOptions, type StaffRole, staffRoleOf } from "./staff-options";
import { departmentError } from "./validation";

export function StaffEditForm(props: {
  account: StaffAccount;
  onSaved: (account: StaffAccount) => void;
  onCancel: () => void;
}) {
  // The form starts from the account as listed; the parent remounts it for another account.
  /* eslint-disable solid/reactivity */
  const [role, setRole] = createSignal<StaffRole>(staffRoleOf(props.account.role));
  const [department, setDepartment] = createSignal(props.account.department ?? "");
  const [disabled, setDisabled] = createSignal(props.account.disabled);
  /* eslint-enable solid/reactivity */
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  let heading: HTMLHeadingElement | undefined;

  // Keyboard and screen reader users land on the form they just opened.
  onMount(() => heading?.focus());

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const input = { role: role(), department: departmentOf(department()), disabled: disabled() };
    const invalid = departmentError(input.role, input.department);
    setError(invalid);
    const parsed = staffUpdateSchema.safeParse(input);
    if (invalid || !parsed.success) return;
    setBusy(true);
    try {
      props.onSaved(await updateStaffAccount(props.account.id, parsed.data));
    } catch (failure) {
      setError(errorKey(failure, { conflict: "staff.accounts.errors.selfChange" }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="staff-panel">
      <h2 id="staff-edit-title" tabindex="-1" ref={heading}>
        {t("staff.accounts.editTitle", { name: fullName(props.account) })}
      </h2>
      <p>{props.account.email}</p>
      <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
        <FormAlert messages={error() ? [t(error() ?? "")] : []} />
        <SelectField
          id="staff-edit-role"
          label={t("staff.accounts.fields.role")}
          value={role()}
          onChange={(value) => setRole(staffRoleOf(value))}
          options={roleOptions()}
        />
        <SelectField
          id="staff-edit-department"
          label={t("staff.accounts.fields.department")}
          hint={t("staff.accounts.departmentHint")}
          value={department()}
          onChange={setDepartment}
          options={departmentOptions()}
          error={error() === "staff.accounts.errors.departmentRequired" ? error() : undefined}
        />
        <div class="staff-check">
          <input
            type="checkbox"
            id="staff-edit-disabled"
            checked={disabled()}
            onChange={(event) => setDisabled(event.currentTarget.checked)}
            aria-describedby="staff-edit-disabled-hint"
          />
          <label for="staff-edit-disabled">{t("staff.accounts.fields.disabled")}</label>
          <p class="hint" id="staff-edit-disabled-hint">
            {t("staff.accounts.disabledHint")}
          </p>
        </div>
        <div class="button-row">
          <button type="submit" class="button">
            {busy() ? t("staff.common.saving") : t("staff.accounts.editSubmit")}
          </button>
          <button type="button" class="button secondary" onClick={() => props.onCancel()}>
            {t("common.cancel")}
          </button>
        </div>
      </form>
    </section>
  );
}
