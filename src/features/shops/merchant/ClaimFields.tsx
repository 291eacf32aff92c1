// What a merchant says about themselves when claiming an entry or creating one: their role, a
// phone number the staff may call to verify, and a message.
import type { SetStoreFunction } from "solid-js/store";
import { MERCHANT_ROLES } from "../../../lib/contract/shops";
import { t } from "../../../lib/i18n";
import type { ClaimForm, FormErrors } from "./details-form";
import { SelectInput, TextArea, TextInput } from "../../../ui/Field";
import { roleLabel } from "./labels";

export function ClaimFields(props: {
  prefix: string;
  form: ClaimForm;
  setForm: SetStoreFunction<ClaimForm>;
  errors: FormErrors;
}) {
  return (
    <>
      <SelectInput
        id={`${props.prefix}-role`}
        label={t("merchant.claim.role")}
        value={props.form.role}
        onChange={(value) => props.setForm("role", MERCHANT_ROLES.find((role) => role === value) ?? "")}
        options={[
          { value: "", label: t("merchant.details.choose") },
          ...MERCHANT_ROLES.map((role) => ({ value: role, label: roleLabel(role) })),
        ]}
        error={props.errors.role}
        required
      />
      <TextInput
        id={`${props.prefix}-phone`}
        type="tel"
        label={t("merchant.claim.phone")}
        hint={t("merchant.claim.phoneHint")}
        value={props.form.phone}
        onInput={(value) => props.setForm("phone", value)}
        autocomplete="tel"
        inputMode="tel"
        maxLength={30}
        error={props.errors.phone}
        required
      />
      <TextArea
        id={`${props.prefix}-message`}
        label={t("merchant.claim.message")}
        hint={t("merchant.claim.messageHint")}
        value={props.form.message}
        onInput={(value) => props.setForm("message", value)}
        maxLength={500}
        error={props.errors.message}
      />
    </>
  );
}
