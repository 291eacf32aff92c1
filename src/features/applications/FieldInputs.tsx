// One form field of a definition, on the form kit (src/ui): a visible label (a legend for radios and
// lists), the hint, the error in words linked with aria-describedby, and the input. Most fields of an
// application are required, so the optional ones say "(freiwillig)".
import { For, Index, Match, Show, Switch, untrack } from "solid-js";
import type {
  Field,
  ListField,
  ListValue,
  PrefillKey,
  ScalarField,
  ScalarValue,
} from "../../lib/contract/application-definition";
import { t } from "../../lib/i18n";
import { ChoiceGroup, Checkbox, Radios } from "../../ui/Choices";
import { SelectInput, TextArea, TextInput, type TextInputProps } from "../../ui/Field";
import { describedBy } from "../../ui/field-ids";
import { fieldDomId } from "./messages";

/** Inline messages by error path ("persons.0.birthDate"), already translated. */
export type InlineErrors = Record<string, string>;

const AUTOCOMPLETE: Record<PrefillKey, string> = {
  givenName: "given-name",
  familyName: "family-name",
  email: "email",
  phone: "tel",
  street: "address-line1",
  postalCode: "postal-code",
  city: "address-level2",
};

/** Hints are optional in the texts: an empty one is not shown. */
const optional = (key: string) => t(key, { defaultValue: "" });

function labelsOf(type: string, fieldId: string, listId?: string) {
  const base = listId
    ? `applications.forms.${type}.fields.${listId}.item.${fieldId}`
    : `applications.forms.${type}.fields.${fieldId}`;
  return { label: t(`${base}.label`), hint: optional(`${base}.hint`) || undefined };
}

function optionsOf(type: string, fieldId: string, options: readonly string[], listId?: string) {
  const path = listId ? `${listId}.item.${fieldId}` : fieldId;
  return options.map((option) => ({
    value: option,
    label: t(`applications.forms.${type}.fields.${path}.options.${option}`),
  }));
}

/** One scalar field; `path` is its error path ("street", "persons.0.givenName"). */
export function ScalarInput(props: {
  type: string;
  field: ScalarField;
  path: string;
  listId?: string;
  value: ScalarValue | undefined;
  onChange: (value: ScalarValue) => void;
  error: string | undefined;
}) {
  // A field of a definition never changes kind: the component is made per field.
  const field = untrack(() => props.field);
  const common = () => ({
    id: fieldDomId(props.path),
    ...labelsOf(props.type, field.id, props.listId),
    errorText: props.error,
    required: field.required === true,
    mark: "optional" as const,
  });
  const text = () => (typeof props.value === "string" ? props.value : "");

  return (
    <Switch>
      <Match when={field.kind === "checkbox"}>
        <Checkbox {...common()} checked={props.value === true} onChange={props.onChange} />
      </Match>
      <Match when={field.kind === "choice" && field.style === "radio" && field}>
        {(choice) => (
          <Radios
            {...common()}
            legend={common().label}
            options={optionsOf(props.type, field.id, choice().options, props.listId)}
            value={text()}
            onChange={props.onChange}
          />
        )}
      </Match>
      <Match when={field.kind === "choice" && field}>
        {(choice) => (
          <SelectInput
            {...common()}
            value={text()}
            onChange={props.onChange}
            options={[
              { value: "", label: t("applications.form.choose") },
              ...optionsOf(props.type, field.id, choice().options, props.listId),
            ]}
          />
        )}
      </Match>
      <Match when={field.kind === "textarea" && field}>
        {(area) => (
          <TextArea
            {...common()}
            rows={6}
            maxLength={area().maxLength}
            value={text()}
            onInput={props.onChange}
          />
        )}
      </Match>
      <Match when={field.kind !== "checkbox" && field.kind !== "choice" && field.kind !== "textarea"}>
        <TextInput {...common()} {...inputKind(field)} value={text()} onInput={props.onChange} />
      </Match>
    </Switch>
  );
}

type InputKind = Pick<
  TextInputProps,
  "type" | "inputMode" | "autocomplete" | "maxLength" | "spellcheck" | "autocapitalize" | "short"
>;

/** Input type, keyboard and autofill that fit the field. */
function inputKind(field: ScalarField): InputKind {
  const autocomplete = field.prefill ? AUTOCOMPLETE[field.prefill] : undefined;
  if (field.kind === "date") return { type: "date", short: true };
  // GOV.UK: a text input with a numeric keyboard, not type=number (no spinner, no silent rounding).
  if (field.kind === "number")
    return { type: "text", inputMode: "numeric", autocomplete: "off", short: true };
  if (field.kind !== "text") return { type: "text" };
  const common = { maxLength: field.maxLength, autocomplete, spellcheck: false };
  switch (field.pattern) {
    case "email":
      return { ...common, type: "email", inputMode: "email", autocomplete: autocomplete ?? "off" };
    case "phone":
      return { ...common, type: "tel", inputMode: "tel", autocomplete: autocomplete ?? "off" };
    case "postalCode":
    case "delmenhorstPostalCode":
    case "chipNumber":
      return { ...common, type: "text", inputMode: "numeric" };
    case "licencePlate":
      return { ...common, type: "text", autocapitalize: "characters" };
    default:
      return { type: "text", maxLength: field.maxLength, autocomplete };
  }
}

/** Repeated items (persons moving): each in its own group, with "remove", and "add" up to `max`. */
export function ListInput(props: {
  type: string;
  field: ListField;
  value: ListValue;
  onChange: (value: ListValue) => void;
  errors: InlineErrors;
}) {
  const base = () => `applications.forms.${props.type}.fields.${props.field.id}`;
  const id = () => fieldDomId(props.field.id);
  const hint = () => optional(`${base()}.hint`) || undefined;
  const listError = () => props.errors[props.field.id];
  const setItem = (index: number, fieldId: string, value: ScalarValue) =>
    props.onChange(props.value.map((item, i) => (i === index ? { ...item, [fieldId]: value } : item)));

  return (
    <ChoiceGroup id={id()} legend={t(`${base()}.label`)} hint={hint()} errorText={listError()}>
      <Index each={props.value}>
        {(item, index) => (
          <fieldset class="form-list-item">
            <legend>{t(`${base()}.itemTitle`, { number: index + 1 })}</legend>
            <For each={props.field.itemFields}>
              {(itemField) => (
                <ScalarInput
                  type={props.type}
                  field={itemField}
                  listId={props.field.id}
                  path={`${props.field.id}.${index}.${itemField.id}`}
                  value={item()[itemField.id]}
                  onChange={(value) => setItem(index, itemField.id, value)}
                  error={props.errors[`${props.field.id}.${index}.${itemField.id}`]}
                />
              )}
            </For>
            <button
              type="button"
              class="button secondary"
              onClick={() => props.onChange(props.value.filter((_, i) => i !== index))}
            >
              {t(`${base()}.remove`, { number: index + 1 })}
            </button>
          </fieldset>
        )}
      </Index>
      <Show
        when={props.value.length < props.field.max}
        fallback={<p class="hint">{t("applications.form.listFull", { max: props.field.max })}</p>}
      >
        <button
          type="button"
          id={`${id()}-add`}
          class="button secondary"
          aria-describedby={describedBy(id(), hint(), listError())}
          onClick={() => props.onChange([...props.value, {}])}
        >
          {t(`${base()}.add`)}
        </button>
      </Show>
    </ChoiceGroup>
  );
}

/** Any field of a step. */
export function FieldInput(props: {
  type: string;
  field: Field;
  value: ScalarValue | ListValue | undefined;
  onChange: (value: ScalarValue | ListValue) => void;
  errors: InlineErrors;
}) {
  const list = () => (props.field.kind === "list" ? props.field : undefined);
  const scalar = () => (props.field.kind === "list" ? undefined : props.field);
  return (
    <>
      <Show when={list()}>
        {(field) => (
          <ListInput
            type={props.type}
            field={field()}
            value={Array.isArray(props.value) ? props.value : []}
            onChange={props.onChange}
            errors={props.errors}
          />
        )}
      </Show>
      <Show when={scalar()}>
        {(field) => (
          <ScalarInput
            type={props.type}
            field={field()}
            path={field().id}
            value={Array.isArray(props.value) ? undefined : props.value}
            onChange={props.onChange}
            error={props.errors[field().id]}
          />
        )}
      </Show>
    </>
  );
}
