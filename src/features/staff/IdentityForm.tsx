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
import { createWrite } from "../../lib/write";
import { type FieldErrors, fieldErrors, hasErrors } from "../../lib/field-errors";
import { t } from "../../lib/i18n";
import { ErrorSummary, type SummaryItem, summaryOf } from "../../ui/ErrorSummary";
import { DateInput, SelectInput, TextInput } from "../../ui/Field";
import { confirmIdentity } from "./api";

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

type TextFieldName = Exclude<FieldName, "documentType" | "birthDate">;
const ADDRESS_FIELDS: TextFieldName[] = ["street", "postalCode", "city"];
// The form's order. The reason was asked on the page before; its error is said without a link.
const ORDER: FieldName[] = ["documentType", "givenName", "familyName", "birthDate", ...ADDRESS_FIELDS];

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
  const write = createWrite<true>();

  const set = (name: FieldName, value: string) => {
    setFields((current) => ({ ...current, [name]: value }));
    write.clearSuccess();
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (write.busy()) return;
    const input = { reason: props.reason, ...fields() };
    const found = fieldErrors(identityConfirmationSchema, input, MESSAGES);
    setErrors(found);
    write.clear();
    const parsed = identityConfirmationSchema.safeParse(input);
    if (hasErrors(found) || !parsed.success) return;
    const citizen = props.citizen;
    const onConfirmed = props.onConfirmed;
    await write.run(
      true,
      async () => {
        onConfirmed(await confirmIdentity(citizen.id, parsed.data));
        return t("staff.identity.done");
      },
      {
        overrides: {
          email_not_verified: "staff.identity.errors.emailNotVerified",
          forbidden: "staff.identity.errors.forbidden",
        },
      },
    );
  };

  const summary = (): SummaryItem[] => {
    const reason = errors().reason;
    const failure = write.failure();
    return [
      ...(reason ? [{ message: reason }] : []),
      ...summaryOf(ORDER, errors(), "identity"),
      ...(failure ? [{ message: failure }] : []),
    ];
  };
  const textInput = (name: TextFieldName) => (
    <TextInput
      id={`identity-${name}`}
      label={t(`staff.identity.fields.${name}`)}
      inputMode={name === "postalCode" ? "numeric" : undefined}
      value={fields()[name]}
      onInput={(value) => set(name, value)}
      error={errors()[name]}
      // No autocomplete: the browser would offer the staff member's own name and address.
      autocomplete="off"
      required
    />
  );

  return (
    <section>
      <h2 id="identity-title">{t("staff.identity.title")}</h2>
      <p>{t("staff.identity.lead")}</p>
      <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
        <ErrorSummary items={summary()} />
        <SelectInput
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
        {textInput("givenName")}
        {textInput("familyName")}
        <DateInput
          id="identity-birthDate"
          label={t("staff.identity.fields.birthDate")}
          value={fields().birthDate}
          onInput={(value) => set("birthDate", value)}
          error={errors().birthDate}
          autocomplete="off"
          required
        />
        <For each={ADDRESS_FIELDS}>{textInput}</For>
        <button type="submit" class="button">
          {write.busy() ? t("staff.common.saving") : t("staff.identity.submit")}
        </button>
        <div role="status">
          <Show when={write.success()}>{(text) => <p class="staff-success">{text()}</p>}</Show>
        </div>
      </form>
    </section>
  );
}
