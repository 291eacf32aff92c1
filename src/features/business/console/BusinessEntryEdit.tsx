// The skeleton both business edit pages share (digital providers, funding programmes): the page
// frame, loading the list to find the entry or the taken ids, saving with the server's faults on
// their fields, and the id/name, sample and save parts of the form.
import { A, useNavigate, useParams } from "@solidjs/router";
import { type Accessor, createSignal, type JSX, Match, Show, Switch } from "solid-js";
import { ApiError } from "../../../lib/http";
import { t } from "../../../lib/i18n";
import { usePageTitle } from "../../../ui/page-title";
import { BusinessAccess } from "./BusinessAccess";
import { type Checked, faultErrors, slugOf } from "./forms";
import { createWrite } from "../../../lib/write";
import { Checkbox } from "../../../ui/Choices";
import { type SummaryItem, summaryOf } from "../../../ui/ErrorSummary";
import { TextArea, TextInput } from "../../../ui/Field";
import { createRemote } from "../../../lib/remote";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import type { FieldErrors } from "../../../lib/field-errors";

/** `…/neu` (no id) creates an entry, `…/:id` edits the stored one. */
export function BusinessEntryEditPage<T extends { id: string }>(props: {
  back: string;
  backLabel: string;
  newTitle: string;
  editTitle: string;
  load: () => Promise<T[]>;
  creating: (takenIds: Accessor<ReadonlySet<string>>) => JSX.Element;
  editing: (entry: Accessor<T>) => JSX.Element;
}) {
  const params = useParams<{ id?: string }>();
  const heading = () => (params.id === undefined ? props.newTitle : props.editTitle);
  usePageTitle(heading);
  return (
    <BusinessAccess>
      <section>
        <p class="breadcrumb">
          <A href={props.back}>{props.backLabel}</A>
        </p>
        <h1>{heading()}</h1>
        <Editor id={params.id} load={props.load} creating={props.creating} editing={props.editing} />
      </section>
    </BusinessAccess>
  );
}

function Editor<T extends { id: string }>(props: {
  id: string | undefined;
  load: () => Promise<T[]>;
  creating: (takenIds: Accessor<ReadonlySet<string>>) => JSX.Element;
  editing: (entry: Accessor<T>) => JSX.Element;
}) {
  const entries = createRemote(
    () => true,
    () => props.load(),
  );
  const existing = () => entries.data()?.find((entry) => entry.id === props.id);
  const takenIds = () => new Set((entries.data() ?? []).map((entry) => entry.id));
  return (
    <>
      <RemoteStatus remote={entries} />
      <Show when={entries.data()}>
        <Switch fallback={<p class="notice">{t("business.console.notFound")}</p>}>
          <Match when={props.id === undefined}>{props.creating(takenIds)}</Match>
          <Match when={existing()}>{(entry) => props.editing(entry)}</Match>
        </Switch>
      </Show>
    </>
  );
}

/** Checks the form, saves it and goes back to the list; the server's faults land on their fields. */
export function createEntrySave<F extends string, W>(options: {
  fields: readonly F[];
  /** The form's field ids are `<prefix>-<field>`. */
  prefix: string;
  check: () => Checked<F, W>;
  save: (id: string, write: W) => Promise<{ name: string }>;
  back: string;
}) {
  const navigate = useNavigate();
  const [errors, setErrors] = createSignal<FieldErrors<F>>({});
  const write = createWrite<true>();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (write.busy()) return;
    const checked = options.check();
    write.clear();
    if (!checked.ok) return setErrors(() => checked.errors);
    setErrors({});
    await write.run(true, async () => {
      try {
        const saved = await options.save(checked.id, checked.write);
        navigate(options.back, { state: { saved: saved.name } });
        return saved.name;
      } catch (error) {
        setErrors(() => (error instanceof ApiError ? faultErrors(error.faults, options.fields) : {}));
        throw error;
      }
    });
  };

  /** The field errors, each linked to its field; a failure the fields do not explain on its own. */
  const summary = (): SummaryItem[] => {
    const onFields = summaryOf([...options.fields], errors(), options.prefix);
    const failure = write.failure();
    return onFields.length === 0 && failure ? [{ message: failure }] : onFields;
  };
  return { errors, busy: () => write.busy() === true, submit, summary };
}

/** A text field of an entry, its label and hint named by the field. */
export function EntryText(props: {
  idOf: (name: string) => string;
  field: string;
  value: string;
  onInput: (value: string) => void;
  error: string | undefined;
  multiline?: boolean;
  type?: "email" | "date";
  required?: boolean;
}) {
  const common = () => ({
    id: props.idOf(props.field),
    label: t(`business.console.fields.${props.field}`),
    hint: t(`business.console.hints.${props.field}`),
    value: props.value,
    onInput: props.onInput,
    error: props.error,
    required: props.required,
  });
  return (
    <Show when={props.multiline} fallback={<TextInput {...common()} type={props.type} />}>
      <TextArea {...common()} rows={8} />
    </Show>
  );
}

/** The id (typed only for a new entry) and the name; a new entry's id follows its name until
 * someone types an id of their own. */
export function EntryIdAndName(props: {
  idOf: (name: string) => string;
  isNew: boolean;
  id: string;
  name: string;
  idError: string | undefined;
  nameError: string | undefined;
  setId: (value: string) => void;
  setName: (value: string) => void;
}) {
  const [idTouched, setIdTouched] = createSignal(false);
  return (
    <>
      <Show
        when={props.isNew}
        fallback={
          <p>
            <strong>{t("business.console.fields.id")}:</strong>{" "}
            <span class="staff-reference">{props.id}</span>
          </p>
        }
      >
        <TextInput
          id={props.idOf("id")}
          label={t("business.console.fields.id")}
          hint={t("business.console.hints.id")}
          value={props.id}
          onInput={(value) => {
            setIdTouched(true);
            props.setId(value);
          }}
          error={props.idError}
          code
          required
        />
      </Show>
      <TextInput
        id={props.idOf("name")}
        label={t("business.console.fields.name")}
        value={props.name}
        onInput={(value) => {
          props.setName(value);
          if (props.isNew && !idTouched()) props.setId(slugOf(value));
        }}
        error={props.nameError}
        required
      />
    </>
  );
}

/** The "sample entry" box, the save hint and the save button that end both forms. */
export function EntrySampleAndSave(props: {
  idOf: (name: string) => string;
  sample: boolean;
  setSample: (value: boolean) => void;
  busy: boolean;
}) {
  return (
    <>
      <Checkbox
        id={props.idOf("sample")}
        label={t("business.console.fields.sample")}
        hint={t("business.console.hints.sample")}
        checked={props.sample}
        onChange={props.setSample}
      />
      <p class="hint">{t("business.console.saveHint")}</p>
      <button type="submit" class="button" disabled={props.busy}>
        {props.busy ? t("staff.common.saving") : t("business.console.save")}
      </button>
    </>
  );
}
