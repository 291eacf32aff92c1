// Step 3: how the visit takes place (asked only when the services allow more than one way), who is
// coming, and what to bring. Signed in, the account's name and address are used: no fields.
import { createSignal, Show } from "solid-js";
import type { AccountSummary } from "../../lib/contract/account";
import type { VisitType } from "../../lib/contract/appointments";
import type { Service } from "../../lib/contract/guide";
import { t } from "../../lib/i18n";
import { Radios } from "../../ui/Choices";
import { ErrorSummary, type SummaryItem, summaryOf } from "../../ui/ErrorSummary";
import { TextInput } from "../../ui/Field";
import { Checklist } from "./Checklist";
import { CONTACT_FIELDS, type ContactField, checkContact } from "./contact";
import type { Draft } from "./draft";
import { visitTypeLabel } from "./format";
import { ProofOfWorkStatus } from "./ProofOfWorkStatus";

export function DetailsStep(props: {
  draft: Draft;
  services: Service[];
  visitTypes: VisitType[];
  account: AccountSummary | null;
  onRetryProof: () => void;
  onNext: () => void;
}) {
  const [errors, setErrors] = createSignal<Partial<Record<ContactField, string>>>({});
  const [summary, setSummary] = createSignal<SummaryItem[]>([]);
  const update = (field: ContactField, value: string) =>
    props.draft.setContact((current) => ({ ...current, [field]: value }));

  const next = (event: SubmitEvent) => {
    event.preventDefault();
    if (!props.account) {
      const check = checkContact(props.draft.contact());
      if (!check.ok) {
        setErrors(check.errors);
        setSummary(summaryOf(CONTACT_FIELDS, check.errors, "contact"));
        return;
      }
    }
    setErrors({});
    props.draft.setContactDone(true);
    props.onNext();
  };

  return (
    <form noValidate onSubmit={next}>
      <ErrorSummary items={summary()} />
      <Show when={props.visitTypes.length > 1}>
        <Radios
          id="visit-type"
          legend={t("appointments.details.visitTypeLegend")}
          options={props.visitTypes.map((type) => ({ value: type, label: visitTypeLabel(type) }))}
          value={props.draft.visitType()}
          onChange={(value) => {
            const type = props.visitTypes.find((item) => item === value);
            if (type) props.draft.setVisitType(type);
          }}
        />
      </Show>

      <Show
        when={props.account}
        fallback={
          <fieldset>
            <legend>{t("appointments.details.contactLegend")}</legend>
            <p class="hint">{t("appointments.details.contactHint")}</p>
            <TextInput
              id="contact-name"
              label={t("appointments.details.name")}
              autocomplete="name"
              required
              value={props.draft.contact().name}
              onInput={(value) => update("name", value)}
              error={errors().name}
            />
            <TextInput
              id="contact-email"
              label={t("appointments.details.email")}
              type="email"
              inputMode="email"
              autocomplete="email"
              required
              hint={t("appointments.details.emailHint")}
              value={props.draft.contact().email}
              onInput={(value) => update("email", value)}
              error={errors().email}
            />
            <TextInput
              id="contact-phone"
              label={t("appointments.details.phone")}
              type="tel"
              inputMode="tel"
              autocomplete="tel"
              hint={t("appointments.details.phoneHint")}
              value={props.draft.contact().phone}
              onInput={(value) => update("phone", value)}
              error={errors().phone}
            />
            <ProofOfWorkStatus work={props.draft.proofOfWork()} onRetry={props.onRetryProof} />
          </fieldset>
        }
      >
        {(account) => (
          <>
            <h2>{t("appointments.details.accountTitle")}</h2>
            <dl class="facts">
              <dt>{t("appointments.details.name")}</dt>
              <dd>
                {t("appointments.details.fullName", {
                  given: account().givenName,
                  family: account().familyName,
                })}
              </dd>
              <dt>{t("appointments.details.email")}</dt>
              <dd>{account().email}</dd>
            </dl>
            <p class="hint">{t("appointments.details.accountHint")}</p>
          </>
        )}
      </Show>

      <Checklist services={props.services} />

      <button type="submit" class="button">
        {t("appointments.wizard.continue")}
      </button>
    </form>
  );
}
