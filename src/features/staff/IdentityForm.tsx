// Identity check at the counter: staff compare the account with the ID document and take name,
// birth date and address from the document. The document number is never asked for (data
// minimisation, Art. 5(1)(c) GDPR; § 20 PAuswG limits its use); the type is enough for the log.
import { createSignal, For, Show } from "solid-js";
import {
  type CitizenDetail,
  IDENTITY_DOCUMENTS,
  type IdentityConfirmation,
  identityConfirmationSchema,
} from "../../lib/contract/account";
import { t } from "../../lib/i18n";
import { confirmIdentity } from "./api";
import { errorKey } from "../../lib/console-error-key";
import { FormAlert, SelectField, TextField } from "./Field";
import { type FieldErrors, fieldErrors, hasErrors } from "../../lib/field-errors";

type Fields = Omit<IdentityConfirmation, "reason" | "documentType"> & { documentType: string };
type FieldName = keyof Fields;

const MESSAGES: Record<FieldName | "reason", string> = {
  reason: "staff.reason.error",
  documentType: "staff.identity.errors.documentType",
  givenName: "staff.identity.errors.givenName",
  familyName: "staff.identity.errors.familyName",
  birthDate: "staff.identity.errors.birthDate",
  street: "staff.identity.errors.street",
  postalCode: "staff.identity.errors.postalCode",
  city: "staff.identity.errors.city",
};

// No autocomplete: the browser would offer the staff member's own name and address.
const TEXT_FIELDS: { name: Exclude<FieldName, "documentType">; type?: "date" }[] = [
  { name: "givenName" },
  { name: "familyName" },
  { name: "birthDate", type: "date" },
  { name: "street" },
  { name: "postalCode" },
  { name: "city" },
];

const prefill = (citizen: CitizenDetail): Fields => ({
  documentType: "personalausweis",
  givenName: citizen.givenName,
  familyName: citizen.familyName,
  birthDate: citizen.birthDate ?? "",
  street: citizen.street ?? "",
  postalCode: citizen.postalCode ?? "",
  city: citizen.city ?? "",
});

export function IdentityForm(props: {
  citizen: CitizenDetail;
  reason: string;
  onConfirmed: (citizen: CitizenDetail) => void;
}) {
  // Filled once from the account; staff then correct what the document says differently.
  // eslint-disable-next-line solid/reactivity
  const [fields, setFields] = createSignal<Fields>(prefill(props.citizen));
  const [errors, setErrors] = createSignal<FieldErrors<FieldName | "reason">>({});
  const [failure, setFailure] = createSignal<string>();
  const [done, setDone] = createSignal(false);
  const [busy, setBusy] = createSignal(false);

  const set = (name: FieldName, value: string) => {
    setFields((current) => ({ ...current, [name]: value }));
    setDone(false);
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const input = { reason: props.reason, ...fields() };
    const found = fieldErrors(identityConfirmationSchema, input, MESSAGES);
    setErrors(found);
    setFailure(undefined);
    setDone(false);
    const parsed = identityConfirmationSchema.safeParse(input);
    if (hasErrors(found) || !parsed.success) return;
    setBusy(true);
    try {
      props.onConfirmed(await confirmIdentity(props.citizen.id, parsed.data));
      setDone(true);
    } catch (error) {
      setFailure(
        errorKey(error, {
          email_not_verified: "staff.identity.errors.emailNotVerified",
          forbidden: "staff.identity.errors.forbidden",
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  const alerts = () =>
    [...Object.values(errors()), failure()].filter((key) => key !== undefined).map((key) => t(key));

  return (
    <section>
      <h2 id="identity-title">{t("staff.identity.title")}</h2>
      <p>{t("staff.identity.lead")}</p>
      <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
        <FormAlert messages={alerts()} />
        <SelectField
          id="identity-documentType"
          label={t("staff.identity.documentType")}
          value={fields().documentType}
          onChange={(value) => set("documentType", value)}
          error={errors().documentType}
          options={IDENTITY_DOCUMENTS.map((code) => ({
            value: code,
            label: t(`staff.identity.documents.${code}`),
          }))}
          required
        />
        <p class="hint">{t("staff.identity.noDocumentNumber")}</p>
        <For each={TEXT_FIELDS}>
          {(field) => (
            <TextField
              id={`identity-${field.name}`}
              label={t(`staff.identity.fields.${field.name}`)}
              type={field.type}
              inputmode={field.name === "postalCode" ? "numeric" : undefined}
              value={fields()[field.name]}
              onInput={(value) => set(field.name, value)}
              error={errors()[field.name]}
              required
            />
          )}
        </For>
        <button type="submit" class="button">
          {busy() ? t("staff.common.saving") : t("staff.identity.submit")}
        </button>
        <div role="status">
          <Show when={done()}>
            <p class="staff-success">{t("staff.identity.done")}</p>
          </Show>
        </div>
      </form>
    </section>
  );
}
