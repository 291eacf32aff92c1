// /verwaltung/wirtschaft/foerderung/neu and /verwaltung/wirtschaft/foerderung/:id: one funding
// programme. "Stand" is the day the agency checked it; "open" after the end or the deadline is
// refused here and by the server (residents see such a programme as closed anyway).
import { createStore, unwrap } from "solid-js/store";
import { berlinDate } from "../../../lib/contract/berlin-time";
import { FUNDING_LEVELS, FUNDING_STATUSES, type FundingProgramme } from "../../../lib/contract/business";
import { t } from "../../../lib/i18n";
import { FUNDING_CONSOLE } from "./BusinessAccess";
import {
  BusinessEntryEditPage,
  createEntrySave,
  EntryIdAndName,
  EntryText,
  EntrySampleAndSave,
} from "./BusinessEntryEdit";
import { fetchProgrammes, saveProgramme } from "./api";
import {
  checkProgramme,
  emptyProgramme,
  PROGRAMME_FIELDS,
  type ProgrammeField,
  type ProgrammeForm,
  programmeFormOf,
} from "./forms";
import { ErrorSummary } from "../../../ui/ErrorSummary";
import { SelectInput } from "../../../ui/Field";

export default function BusinessFundingEditPage() {
  const today = berlinDate(Date.now());
  return (
    <BusinessEntryEditPage
      back={FUNDING_CONSOLE}
      backLabel={t("business.console.funding.back")}
      newTitle={t("business.console.funding.newTitle")}
      editTitle={t("business.console.funding.editTitle")}
      load={fetchProgrammes}
      creating={(takenIds) => (
        <ProgrammeEditForm initial={emptyProgramme(today)} today={today} takenIds={takenIds()} />
      )}
      editing={(programme) => (
        <ProgrammeEditForm initial={programmeFormOf(programme())} today={today} existing={programme()} />
      )}
    />
  );
}

function ProgrammeEditForm(props: {
  initial: ProgrammeForm;
  today: string;
  existing?: FundingProgramme;
  takenIds?: ReadonlySet<string>;
}) {
  const [form, setForm] = createStore<ProgrammeForm>(structuredClone(props.initial));
  const isNew = () => props.existing === undefined;
  const id = (name: string) => `programme-${name}`;
  const { errors, busy, submit, summary } = createEntrySave({
    fields: PROGRAMME_FIELDS,
    prefix: "programme",
    check: () => checkProgramme(unwrap(form), props.today, isNew() ? props.takenIds : undefined),
    save: saveProgramme,
    back: FUNDING_CONSOLE,
  });

  type TextKey = Exclude<ProgrammeField, "id" | "name" | "level" | "status">;
  const text = (
    field: TextKey,
    options: { multiline?: boolean; date?: boolean; required?: boolean } = {},
  ) => (
    <EntryText
      idOf={id}
      field={field}
      value={form[field]}
      onInput={(value) => setForm(field, value)}
      error={errors()[field]}
      multiline={options.multiline}
      type={options.date ? "date" : undefined}
      required={options.required}
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
      {text("provider", { required: true })}
      <SelectInput
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
        <SelectInput
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
      <EntrySampleAndSave
        idOf={id}
        sample={form.sample}
        setSample={(value) => setForm("sample", value)}
        busy={busy()}
      />
    </form>
  );
}
