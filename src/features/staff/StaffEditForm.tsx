// Change a staff account's role, department or lock it. Locking ends its sessions at once.
import { createSignal, onMount } from "solid-js";
import { type StaffAccount, staffUpdateSchema } from "../../lib/contract/account";
import { createWrite } from "../../lib/write";
import { t } from "../../lib/i18n";
import { Checkbox } from "../../ui/Choices";
import { ErrorSummary, type SummaryItem, summaryOf } from "../../ui/ErrorSummary";
import { SelectInput } from "../../ui/Field";
import { updateStaffAccount } from "./api";
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
  // A new object on every submit: the summary takes focus again even when the error is the same.
  const [errors, setErrors] = createSignal<{ department?: string }>({});
  const write = createWrite<true>();
  let heading: HTMLHeadingElement | undefined;

  // Keyboard and screen reader users land on the form they just opened.
  onMount(() => heading?.focus());

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (write.busy()) return;
    const input = { role: role(), department: departmentOf(department()), disabled: disabled() };
    const invalid = departmentError(input.role, input.department);
    setErrors({ department: invalid });
    write.clear();
    const parsed = staffUpdateSchema.safeParse(input);
    if (invalid || !parsed.success) return;
    // The list shows the saved account and says so; this form closes.
    const account = props.account;
    const onSaved = props.onSaved;
    await write.run(
      true,
      async () => {
        onSaved(await updateStaffAccount(account.id, parsed.data));
        return undefined;
      },
      { overrides: { conflict: "staff.accounts.errors.selfChange" } },
    );
  };

  const summary = (): SummaryItem[] => {
    const failure = write.failure();
    return [...summaryOf(["department"], errors(), "staff-edit"), ...(failure ? [{ message: failure }] : [])];
  };

  return (
    <section class="staff-panel">
      <h2 id="staff-edit-title" tabindex="-1" ref={heading}>
        {t("staff.accounts.editTitle", { name: fullName(props.account) })}
      </h2>
      <p>{props.account.email}</p>
      <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
        <ErrorSummary items={summary()} />
        <SelectInput
          id="staff-edit-role"
          label={t("staff.accounts.fields.role")}
          value={role()}
          onChange={(value) => setRole(staffRoleOf(value))}
          options={roleOptions()}
        />
        <SelectInput
          id="staff-edit-department"
          label={t("staff.accounts.fields.department")}
          hint={t("staff.accounts.departmentHint")}
          value={department()}
          onChange={setDepartment}
          options={departmentOptions()}
          error={errors().department}
        />
        <Checkbox
          id="staff-edit-disabled"
          label={t("staff.accounts.fields.disabled")}
          hint={t("staff.accounts.disabledHint")}
          checked={disabled()}
          onChange={setDisabled}
        />
        <div class="button-row">
          <button type="submit" class="button">
            {write.busy() ? t("staff.common.saving") : t("staff.accounts.editSubmit")}
          </button>
          <button type="button" class="button secondary" onClick={() => props.onCancel()}>
            {t("common.cancel")}
          </button>
        </div>
      </form>
    </section>
  );
}
