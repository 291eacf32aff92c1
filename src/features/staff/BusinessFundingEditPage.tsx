// /verwaltung/wirtschaft/foerderung/neu and /verwaltung/wirtschaft/foerderung/:id: one funding
// programme. "Stand" is the day the agency checked it; "open" after the end or the deadline is
// refused here and by the server (residents see such a programme as closed anyway).
import { A, useNavigate, useParams } from "@solidjs/router";
import { createSignal, Match, Show, Switch } from "solid-js";
import { createStore, unwrap } from "solid-js/store";
import { berlinDate } from "../../lib/berlin-date";
import { FUNDING_LEVELS, FUNDING_STATUSES, type FundingProgramme } from "../../lib/contract/business";
import { ApiError } from "../../lib/http";
import { t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";
import { BusinessAccess, FUNDING_CONSOLE } from "./BusinessAccess";
import { fetchProgrammes, saveProgramme } from "./business-api";
import {
  checkProgramme,
  emptyProgramme,
  faultErrors,
  PROGRAMME_FIELDS,
  type ProgrammeField,
  type ProgrammeForm,
  programmeFormOf,
  slugOf,
} from "./business-forms";
import { errorKey } from "./error-key";
import { FormAlert, SelectField, TextField } from "./Field";
import { createRemote } from "./remote";
import { RemoteStatus } from "./RemoteStatus";
import { type FieldErrors, hasErrors } from "./validation";

export default function BusinessFundingEditPage() {
  const params = useParams<{ id?: string }>();
  const heading = () =>
    params.id === undefined
      ? t("business.console.funding.newTitle")
      : t("business.console.funding.editTitle");
  usePageTitle(heading);
  return (
    <BusinessAccess>
      <section>
        <p class="breadcrumb">
          <A href={FUNDING_CONSOLE}>{t("business.console.funding.back")}</A>
        </p>
        <h1>{heading()}</h1>
        <Editor id={params.id} />
      </section>
    </BusinessAccess>
  );
}

function Editor(props: { id: string | undefined }) {
  const programmes = createRemote(() => true, fetchProgrammes);
  const existing = () => programmes.data()?.find((programme) => programme.id === props.id);
  const takenIds = () => new Set((programmes.data() ?? []).map((programme) => programme.id));
  const today = berlinDate(Date.now());
  return (
    <>
      <RemoteStatus remote={programmes} />
      <Show when={programmes.data()}>
        <Switch fallback={<p class="notice">{t("business.console.notFound")}</p>}>
          <Match when={props.id === undefined}>
            <ProgrammeEditForm initial={emptyProgramme(today)} today={today} takenIds={takenIds()} />
          </Match>
          <Match when={existing()}>
            {(programme) => (
              <ProgrammeEditForm
                initial={programmeFormOf(programme())}
                today={today}
                existing={programme()}
              />
            )}
          </Match>
        </Switch>
      </Show>
    </>
  );
}

function ProgrammeEditForm(props: {
  initial: ProgrammeForm;
  today: string;
  existing?: FundingProgramme;
  takenIds?: ReadonlySet<string>;
}) {
  const navigate = useNavigate();
  const [form, setForm] = createStore<ProgrammeForm>(structuredClone(props.initial));
  const [errors, setErrors] = createSignal<FieldErrors<ProgrammeField>>({});
  const [failure, setFailure] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [idTouched, setIdTouched] = createSignal(false);
  const isNew = () => props.existing === undefined;
  const id = (name: string) => `programme-${name}`;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const checked = checkProgramme(unwrap(form), props.today, isNew() ? props.takenIds : undefined);
    setFailure(undefined);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setBusy(true);
    try {
      const saved = await saveProgramme(checked.id, checked.write);
      navigate(FUNDING_CONSOLE, { state: { saved: saved.name } });
    } catch (error) {
      const onFields = error instanceof ApiError ? faultErrors(error.faults, PROGRAMME_FIELDS) : {};
      setErrors(onFields);
      if (!hasErrors(onFields)) setFailure(errorKey(error));
    } finally {
      setBusy(false);
    }
  };

  const alerts = () =>
    [...PROGRAMME_FIELDS.map((field) => errors()[field]), failure()]
      .filter((key) => key !== undefined)
      .map((key) => t(key));
  type TextKey = Exclude<ProgrammeField, "id" | "name" | "level" | "status">;
  const text = (
    field: TextKey,
    options: { multiline?: boolean; date?: boolean; required?: boolean } = {},
  ) => (
    <TextField
      id={id(field)}
      label={t(`business.console.fields.${field}`)}
      hint={t(`business.console.hints.${field}`)}
      value={form[field]}
      onInput={(value) => setForm(field, value)}
      error={errors()[field]}
      multiline={options.multiline}
      type={options.date ? "date" : "text"}
      required={options.required}
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
      {text("provider", { required: true })}
      <SelectField
        id={id("level")}
        label={t("business.console.fields.level")}
        value={form.level}
        onChange={(value) => setForm("level", FUNDING_LEVELS.find((level) => level === value) ?? "city")}
        options={FUNDING_LEVELS.map((level) => ({
          value: level,
          label: t(`business.funding.levels.${level}`),
        }))}
        error={errors().level}
        required
      />
      {text("targetGroup", { multiline: true, required: true })}
      {text("funds", { multiline: true, required: true })}
      {text("amount", { required: true })}
      <fieldset class="staff-fieldset">
        <legend>{t("business.console.funding.datesTitle")}</legend>
        {text("startsOn", { date: true })}
        {text("deadline", { date: true })}
        {text("endsOn", { date: true })}
      </fieldset>
      <fieldset class="staff-fieldset">
        <legend>{t("business.console.funding.statusTitle")}</legend>
        <p class="hint">{t("business.console.funding.statusRule")}</p>
        <SelectField
          id={id("status")}
          label={t("business.console.fields.status")}
          value={form.status}
          onChange={(value) => setForm("status", FUNDING_STATUSES.find((s) => s === value) ?? "open")}
          options={FUNDING_STATUSES.map((s) => ({ value: s, label: t(`business.funding.status.${s}`) }))}
          error={errors().status}
          required
        />
        {text("statusAsOf", { date: true, required: true })}
      </fieldset>
      {text("url")}
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
