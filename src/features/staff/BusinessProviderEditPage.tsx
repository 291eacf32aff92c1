// /verwaltung/wirtschaft/anbieter/neu and /verwaltung/wirtschaft/anbieter/:id: one digital
// provider of the directory. Checked with the contract's schema before sending; the server's
// faults come back on their fields; a save reaches residents by the sync.
import { A, useNavigate, useParams } from "@solidjs/router";
import { createSignal, For, Match, Show, Switch } from "solid-js";
import { createStore, unwrap } from "solid-js/store";
import { DIGITAL_SERVICES, type DigitalProvider } from "../../lib/contract/business";
import { ApiError } from "../../lib/http";
import { t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";
import { BusinessAccess, PROVIDERS_CONSOLE } from "./BusinessAccess";
import { fetchProviders, saveProvider } from "./business-api";
import {
  checkProvider,
  emptyProvider,
  faultErrors,
  PROVIDER_FIELDS,
  type ProviderField,
  type ProviderForm,
  providerFormOf,
  slugOf,
} from "./business-forms";
import { errorKey } from "./error-key";
import { FormAlert, TextField } from "./Field";
import { createRemote } from "./remote";
import { RemoteStatus } from "./RemoteStatus";
import { type FieldErrors, hasErrors } from "./validation";

export default function BusinessProviderEditPage() {
  const params = useParams<{ id?: string }>();
  const heading = () =>
    params.id === undefined
      ? t("business.console.providers.newTitle")
      : t("business.console.providers.editTitle");
  usePageTitle(heading);
  return (
    <BusinessAccess>
      <section>
        <p class="breadcrumb">
          <A href={PROVIDERS_CONSOLE}>{t("business.console.providers.back")}</A>
        </p>
        <h1>{heading()}</h1>
        <Editor id={params.id} />
      </section>
    </BusinessAccess>
  );
}

function Editor(props: { id: string | undefined }) {
  const providers = createRemote(() => true, fetchProviders);
  const existing = () => providers.data()?.find((provider) => provider.id === props.id);
  const takenIds = () => new Set((providers.data() ?? []).map((provider) => provider.id));
  return (
    <>
      <RemoteStatus remote={providers} />
      <Show when={providers.data()}>
        <Switch fallback={<p class="notice">{t("business.console.notFound")}</p>}>
          <Match when={props.id === undefined}>
            <ProviderEditForm initial={emptyProvider()} takenIds={takenIds()} />
          </Match>
          <Match when={existing()}>
            {(provider) => <ProviderEditForm initial={providerFormOf(provider())} existing={provider()} />}
          </Match>
        </Switch>
      </Show>
    </>
  );
}

function ProviderEditForm(props: {
  initial: ProviderForm;
  /** The stored entry when editing; a new one otherwise (its id must not be taken). */
  existing?: DigitalProvider;
  takenIds?: ReadonlySet<string>;
}) {
  const navigate = useNavigate();
  const [form, setForm] = createStore<ProviderForm>(structuredClone(props.initial));
  const [errors, setErrors] = createSignal<FieldErrors<ProviderField>>({});
  const [failure, setFailure] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  // A new entry's id follows its name until someone types an id of their own.
  const [idTouched, setIdTouched] = createSignal(false);
  const isNew = () => props.existing === undefined;
  const id = (name: string) => `provider-${name}`;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const checked = checkProvider(unwrap(form), isNew() ? props.takenIds : undefined);
    setFailure(undefined);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setBusy(true);
    try {
      const saved = await saveProvider(checked.id, checked.write);
      navigate(PROVIDERS_CONSOLE, { state: { saved: saved.name } });
    } catch (error) {
      const onFields = error instanceof ApiError ? faultErrors(error.faults, PROVIDER_FIELDS) : {};
      setErrors(onFields);
      if (!hasErrors(onFields)) setFailure(errorKey(error));
    } finally {
      setBusy(false);
    }
  };

  const alerts = () =>
    [...PROVIDER_FIELDS.map((field) => errors()[field]), failure()]
      .filter((key) => key !== undefined)
      .map((key) => t(key));
  const text = (
    field: Exclude<ProviderField, "services" | "id">,
    options: { multiline?: boolean; type?: "email" } = {},
  ) => (
    <TextField
      id={id(field)}
      label={t(`business.console.fields.${field}`)}
      hint={t(`business.console.hints.${field}`)}
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
      <FormAlert messages={alerts()} />
      <Show
        when={isNew()}
        fallback={
          <p>
            <strong>{t("business.console.fields.id")}:</strong> <span class="staff-reference">{form.id}</span>
          </p>
        }
      >
        <TextField
          id={id("id")}
          label={t("business.console.fields.id")}
          hint={t("business.console.hints.id")}
          value={form.id}
          onInput={(value) => {
            setIdTouched(true);
            setForm("id", value);
          }}
          error={errors().id}
          code
          required
        />
      </Show>
      <TextField
        id={id("name")}
        label={t("business.console.fields.name")}
        value={form.name}
        onInput={(value) => {
          setForm("name", value);
          if (isNew() && !idTouched()) setForm("id", slugOf(value));
        }}
        error={errors().name}
        required
      />
      <fieldset class="staff-choice" classList={{ "has-error": Boolean(errors().services) }}>
        <legend>{t("business.console.fields.services")}</legend>
        <Show when={errors().services}>{(key) => <p class="field-error">{t(key())}</p>}</Show>
        <For each={DIGITAL_SERVICES}>
          {(service) => (
            <div class="staff-check">
              <input
                type="checkbox"
                id={id(`service-${service}`)}
                checked={form.services.includes(service)}
                onChange={(event) =>
                  setForm("services", (current) =>
                    event.currentTarget.checked
                      ? [...current, service]
                      : current.filter((s) => s !== service),
                  )
                }
              />
              <label for={id(`service-${service}`)}>{t(`business.services.${service}`)}</label>
            </div>
          )}
        </For>
      </fieldset>
      {text("description", { multiline: true })}
      {text("website")}
      {text("phone")}
      {text("email", { type: "email" })}
      {text("address")}
      <div class="staff-check">
        <input
          type="checkbox"
          id={id("sample")}
          checked={form.sample}
          onChange={(event) => setForm("sample", event.currentTarget.checked)}
          aria-describedby={id("sample-hint")}
        />
        <label for={id("sample")}>{t("business.console.fields.sample")}</label>
        <p class="hint" id={id("sample-hint")}>
          {t("business.console.hints.sample")}
        </p>
      </div>
      <p class="hint">{t("business.console.saveHint")}</p>
      <button type="submit" class="button" disabled={busy()}>
        {busy() ? t("staff.common.saving") : t("business.console.save")}
      </button>
    </form>
  );
}
