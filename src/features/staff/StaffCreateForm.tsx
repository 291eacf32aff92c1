// New staff account: the server sends an invitation mail with a link to set the password.
import { createSignal, Show } from "solid-js";
import { type StaffAccount, staffCreateSchema } from "../../lib/contract/account";
import { createWrite } from "../../lib/write";
import { type FieldErrors, fieldErrors, hasErrors } from "../../lib/field-errors";
import { t } from "../../lib/i18n";
import { ErrorSummary, type SummaryItem, summaryOf } from "../../ui/ErrorSummary";
import { SelectInput, TextInput } from "../../ui/Field";
import { createStaffAccount } from "./api";
import { departmentOf, departmentOptions, roleOptions, type StaffRole, staffRoleOf } from "./staff-options";
import { departmentError } from "./validation";

type FieldName = "email" | "givenName" | "familyName" | "role" | "department";

const MESSAGES: Record<FieldName, string> = {
  email: "staff.accounts.errors.email",
  givenName: "staff.accounts.errors.givenName",
  familyName: "staff.accounts.errors.familyName",
  role: "staff.accounts.errors.role",
  department: "staff.accounts.errors.departmentRequired",
};

const ORDER = Object.keys(MESSAGES);

export function StaffCreateForm(props: { onCreated: (account: StaffAccount) => void }) {
  const [email, setEmail] = createSignal("");
  const [givenName, setGivenName] = createSignal("");
  const [familyName, setFamilyName] = createSignal("");
  const [role, setRole] = createSignal<StaffRole>("staff");
  const [department, setDepartment] = createSignal("");
  const [errors, setErrors] = createSignal<FieldErrors<FieldName>>({});
  const write = createWrite<true>();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (write.busy()) return;
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
    write.clear();
    const parsed = staffCreateSchema.safeParse(input);
    if (hasErrors(found) || !parsed.success) return;
    const onCreated = props.onCreated;
    await write.run(
      true,
      async () => {
        const created = await createStaffAccount(parsed.data);
        onCreated(created);
        setEmail("");
        setGivenName("");
        setFamilyName("");
        return t("staff.accounts.invited", { email: created.email });
      },
      { overrides: { email_taken: "staff.accounts.errors.emailTaken" } },
    );
  };

  const summary = (): SummaryItem[] => {
    const failure = write.failure();
    return [...summaryOf(ORDER, errors(), "staff-create"), ...(failure ? [{ message: failure }] : [])];
  };

  return (
    <section>
      <h2 id="staff-create-title">{t("staff.accounts.createTitle")}</h2>
      <p>{t("staff.accounts.createLead")}</p>
      <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
        <ErrorSummary items={summary()} />
        <TextInput
          id="staff-create-email"
          type="email"
          label={t("staff.accounts.fields.email")}
          value={email()}
          onInput={setEmail}
          error={errors().email}
          autocomplete="off"
          required
        />
        <TextInput
          id="staff-create-givenName"
          label={t("staff.accounts.fields.givenName")}
          value={givenName()}
          onInput={setGivenName}
          error={errors().givenName}
          autocomplete="off"
          required
        />
        <TextInput
          id="staff-create-familyName"
          label={t("staff.accounts.fields.familyName")}
          value={familyName()}
          onInput={setFamilyName}
          error={errors().familyName}
          autocomplete="off"
          required
        />
        <SelectInput
          id="staff-create-role"
          label={t("staff.accounts.fields.role")}
          value={role()}
          onChange={(value) => setRole(staffRoleOf(value))}
          options={roleOptions()}
          error={errors().role}
        />
        <SelectInput
          id="staff-create-department"
          label={t("staff.accounts.fields.department")}
          hint={t("staff.accounts.departmentHint")}
          value={department()}
          onChange={setDepartment}
          options={departmentOptions()}
          error={errors().department}
        />
        <button type="submit" class="button">
          {write.busy() ? t("staff.common.saving") : t("staff.accounts.createSubmit")}
        </button>
        <div role="status">
          <Show when={write.success()}>{(text) => <p class="staff-success">{text()}</p>}</Show>
        </div>
      </form>
    </section>
  );
}
