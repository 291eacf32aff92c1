// /verwaltung/wirtschaft/anbieter/neu and /verwaltung/wirtschaft/anbieter/:id: one digital
// provider of the directory. Checked with the contract's schema before sending; the server's
// faults come back on their fields; a save reaches residents by the sync.
import { createStore, unwrap } from "solid-js/store";
import { DIGITAL_SERVICES, type DigitalProvider } from "../../../lib/contract/business";
import { t } from "../../../lib/i18n";
import { PROVIDERS_CONSOLE } from "./BusinessAccess";
import {
  BusinessEntryEditPage,
  createEntrySave,
  EntryIdAndName,
  EntryText,
  EntrySampleAndSave,
} from "./BusinessEntryEdit";
import { fetchProviders, saveProvider } from "./api";
import {
  checkProvider,
  emptyProvider,
  PROVIDER_FIELDS,
  type ProviderField,
  type ProviderForm,
  providerFormOf,
} from "./forms";
import { Checkboxes } from "../../../ui/Choices";
import { ErrorSummary } from "../../../ui/ErrorSummary";

export default function BusinessProviderEditPage() {
  return (
    <BusinessEntryEditPage
      back={PROVIDERS_CONSOLE}
      backLabel={t("business.console.providers.back")}
      newTitle={t("business.console.providers.newTitle")}
      editTitle={t("business.console.providers.editTitle")}
      load={fetchProviders}
      creating={(takenIds) => <ProviderEditForm initial={emptyProvider()} takenIds={takenIds()} />}
      editing={(provider) => <ProviderEditForm initial={providerFormOf(provider())} existing={provider()} />}
    />
  );
}

function ProviderEditForm(props: {
  initial: ProviderForm;
  /** The stored entry when editing; a new one otherwise (its id must not be taken). */
  existing?: DigitalProvider;
  takenIds?: ReadonlySet<string>;
}) {
  const [form, setForm] = createStore<ProviderForm>(structuredClone(props.initial));
  const isNew = () => props.existing === undefined;
  const id = (name: string) => `provider-${name}`;
  const { errors, busy, submit, summary } = createEntrySave({
    fields: PROVIDER_FIELDS,
    prefix: "provider",
    check: () => checkProvider(unwrap(form), isNew() ? props.takenIds : undefined),
    save: saveProvider,
    back: PROVIDERS_CONSOLE,
  });

  const text = (
    field: Exclude<ProviderField, "services" | "id">,
    options: { multiline?: boolean; type?: "email" } = {},
  ) => (
    <EntryText
      idOf={id}
      field={field}
      value={form[field]}
      onInput={(value) => setForm(field, value)}
      error={errors()[field]}
      multiline={options.multiline}
      type={options.type}
      required={field === "name" || field === "description"}
    />
  );

  return (
    <form class="staff-form" onSubmit={(event) => void submit(event)} novalidate>
      <ErrorSummary items={summary()} />
      <EntryIdAndName
        idOf={id}
        isNew={isNew()}
        id={form.id}
        name={form.name}
        idError={errors().id}
        nameError={errors().name}
        setId={(value) => setForm("id", value)}
        setName={(value) => setForm("name", value)}
      />
      <Checkboxes
        id={id("services")}
        legend={t("business.console.fields.services")}
        options={DIGITAL_SERVICES.map((service) => ({
          value: service,
          label: t(`business.services.${service}`),
        }))}
        values={form.services}
        onChange={(values) =>
          setForm(
            "services",
            DIGITAL_SERVICES.filter((service) => values.includes(service)),
          )
        }
        error={errors().services}
      />
      {text("description", { multiline: true })}
      {text("website")}
      {text("phone")}
      {text("email", { type: "email" })}
      {text("address")}
      <EntrySampleAndSave
        idOf={id}
        sample={form.sample}
        setSample={(value) => setForm("sample", value)}
        busy={busy()}
      />
    </form>
  );
}
