// New staff account: the server sends an invitation mail with a link to set the password.
import { createSignal, Show } from "solid-js";
import { type StaffAccount, staffCreateSchema } from "../../lib/contract/account";
import { t } from "../../lib/i18n";
import { createStaffAccount } from "./api";
import { errorKey } from "../../lib/console-error-key";
import { FormAlert, SelectField, TextField } from "./Field";
import { departmentOf, departmentOptions, roleOptions, type StaffRole, staffRoleOf } from "./staff-options";
import { type FieldErrors, fieldErrors } from "../../lib/field-errors";
import { departmentError } from "./validation";

type FieldName = "email" | "givenName" | "familyName" | "role" | "department";

const MESSAGES: Record<FieldName, string> = {
  email: "staff.accounts.errors.email",
  givenName: "staff.accounts.errors.givenName",
  familyName: "staff.accounts.errors.familyName",
  role: "staff.accounts.errors.role",
  department: "staff.accounts.errors.departmentRequired",
};

export function StaffCreateForm(props: { onCreated: (account: StaffAccount) => void }) {
  const [email, setEmail] = createSignal("");
  const [givenName, setGivenName] = createSignal("");
  const [familyName, setFamilyName] = createSignal("");
  const [role, setRole] = createSignal<StaffRole>("staff");
  const [department, setDepartment] = createSignal("");
  const [errors, setErrors] = createSignal<FieldErrors<FieldName>>({});
  const [failure, setFailure] = createSignal<string>();
  const [invited, setInvited] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const input = {
      email: email().trim(),
      givenName: givenName(),
      familyName: familyName(),
      role: role(),
      department: departmentOf(department()),
    };
    const found: FieldErrors<FieldName> = { ...fieldErrors(staffCreateSchema, input, MESSAGES) };
    found.department ??= departmentError(input.role, input.department);
    setErrors(found);
    setFailure(undefined);
    setInvited(undefined);
    const parsed = staffCreateSchema.safeParse(input);
    if (Object.values(found).some(Boolean) || !parsed.success) return;
    setBusy(true);
    try {
      const created = await createStaffAccount(parsed.data);
      props.onCreated(created);
      setInvited(created.email);
      setEmail("");
      setGivenName("");
      setFamilyName("");
    } catch (error) {
      setFailure(errorKey(error, { email_taken: "staff.accounts.errors.emailTaken" }));
    } finally {
      setBusy(false);
    }
  };

  const alerts = () =>
    [...Object.values(errors()), failure()].filter((key) => key !== undefined).map((key) => t(key));

  return (
    <section>
      <h2 id="staff-create-title">{t("staff.accounts.createTitle")}</h2>
      <p>{t("staff.accounts.createLead")}</p>
      <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
        <FormAlert messages={alerts()} />
        <TextField
          id="staff-create-email"
          type="email"
          label={t("staff.accounts.fields.email")}
          value={email()}
          onInput={setEmail}
          error={errors().email}
          required
        />
        <TextField
          id="staff-create-givenName"
          label={t("staff.accounts.fields.givenName")}
          value={givenName()}
          onInput={setGivenName}
          error={errors().givenName}
          required
        />
        <TextField
          id="staff-create-familyName"
          label={t("staff.accounts.fields.familyName")}
          value={familyName()}
          onInput={setFamilyName}
          error={errors().familyName}
          required
        />
        <SelectField
          id="staff-create-role"
          label={t("staff.accounts.fields.role")}
          value={role()}
          onChange={(value) => setRole(staffRoleOf(value))}
          options={roleOptions()}
          error={errors().role}
        />
        <SelectField
          id="staff-create-department"
          label={t("staff.accounts.fields.department")}
          hint={t("staff.accounts.departmentHint")}
          value={department()}
          onChange={setDepartment}
          options={departmentOptions()}
          error={errors().department}
        />
        <button type="submit" class="button">
          {busy() ? t("staff.common.saving") : t("staff.accounts.createSubmit")}
        </button>
        <div role="status">
          <Show when={invited()}>
            {(address) => <p class="staff-success">{t("staff.accounts.invited", { email: address() })}</p>}
          </Show>
        </div>
      </form>
    </section>
  );
}
