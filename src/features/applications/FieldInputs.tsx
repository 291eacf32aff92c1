// One form field of a definition, rendered the GOV.UK way: a visible label (a legend for radios and
// lists), the hint, the error in words linked with aria-describedby, and the input.
import { For, Index, type JSX, Match, Show, Switch, untrack } from "solid-js";
import type {
  Field,
  ListField,
  ListValue,
  PrefillKey,
  ScalarField,
  ScalarValue,
} from "../../lib/contract/application-definition";
import { t } from "../../lib/i18n";
import { fieldDomId } from "./messages";

/** Inline messages by error path ("persons.0.birthDate"), already translated. */
export type InlineErrors = Record<string, string>;

type Labels = { label: string; hint: string };

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

function labelsOf(type: string, fieldId: string, listId?: string): Labels {
  const base = listId
    ? `applications.forms.${type}.fields.${listId}.item.${fieldId}`
    : `applications.forms.${type}.fields.${fieldId}`;
  return { label: t(`${base}.label`), hint: optional(`${base}.hint`) };
}

function optionText(type: string, fieldId: string, option: string, listId?: string) {
  const path = listId ? `${listId}.item.${fieldId}` : fieldId;
  return t(`applications.forms.${type}.fields.${path}.options.${option}`);
}

function FieldFrame(props: {
  id: string;
  labels: Labels;
  required: boolean;
  error: string | undefined;
  children: JSX.Element;
}) {
  return (
    <div class="field" classList={{ "field-invalid": Boolean(props.error) }}>
      <label for={props.id}>
        {props.labels.label}
        <Show when={!props.required}>
          {" "}
          <span class="field-required">{t("applications.form.optional")}</span>
        </Show>
      </label>
      <Hint id={props.id} text={props.labels.hint} />
      <InlineError id={props.id} text={props.error} />
      {props.children}
    </div>
  );
}

function Hint(props: { id: string; text: string }) {
  return (
    <Show when={props.text}>
      <p id={`${props.id}-hint`} class="hint">
        {props.text}
      </p>
    </Show>
  );
}

export function InlineError(props: { id: string; text: string | undefined }) {
  return (
    <Show when={props.text}>
      {(text) => (
        <p id={`${props.id}-error`} class="field-error">
          <span class="visually-hidden">{t("common.form.errorPrefix")} </span>
          {text()}
        </p>
      )}
    </Show>
  );
}

export const describedBy = (id: string, hint: string, error: string | undefined) =>
  [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;

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
  const id = () => fieldDomId(props.path);
  const labels = () => labelsOf(props.type, props.field.id, props.listId);
  const text = () => (typeof props.value === "string" ? props.value : "");
  const required = () => props.field.required === true;
  const aria = () => ({
    "aria-describedby": describedBy(id(), labels().hint, props.error),
    "aria-invalid": props.error ? ("true" as const) : undefined,
  });
  // A field of a definition never changes kind: the component is made per field.
  const field = untrack(() => props.field);

  return (
    <Switch>
      <Match when={field.kind === "checkbox"}>
        <div class="field checkbox-field" classList={{ "field-invalid": Boolean(props.error) }}>
          <input
            id={id()}
            type="checkbox"
            checked={props.value === true}
            {...aria()}
            onChange={(event) => props.onChange(event.currentTarget.checked)}
          />
          <div>
            <label for={id()}>{labels().label}</label>
            <Hint id={id()} text={labels().hint} />
            <InlineError id={id()} text={props.error} />
          </div>
        </div>
      </Match>
      <Match when={field.kind === "choice" && field.style === "radio" && field}>
        {(choice) => (
          <fieldset
            class="field"
            classList={{ "field-invalid": Boolean(props.error) }}
            aria-describedby={describedBy(id(), labels().hint, props.error)}
          >
            <legend>
              {labels().label}
              <Show when={!required()}>
                {" "}
                <span class="field-required">{t("applications.form.optional")}</span>
              </Show>
            </legend>
            <Hint id={id()} text={labels().hint} />
            <InlineError id={id()} text={props.error} />
            <div class="choices">
              <For each={choice().options}>
                {(option, index) => (
                  <div class="choice">
                    <input
                      type="radio"
                      id={index() === 0 ? id() : `${id()}-${option}`}
                      name={id()}
                      value={option}
                      checked={text() === option}
                      aria-invalid={props.error ? "true" : undefined}
                      onChange={() => props.onChange(option)}
                    />
                    <label for={index() === 0 ? id() : `${id()}-${option}`}>
                      {optionText(props.type, field.id, option, props.listId)}
                    </label>
                  </div>
                )}
              </For>
            </div>
          </fieldset>
        )}
      </Match>
      <Match when={field.kind === "choice" && field}>
        {(choice) => (
          <FieldFrame id={id()} labels={labels()} required={required()} error={props.error}>
            <select id={id()} {...aria()} onChange={(event) => props.onChange(event.currentTarget.value)}>
              <option value="" selected={text() === ""}>
                {t("applications.form.choose")}
              </option>
              <For each={choice().options}>
                {(option) => (
                  <option value={option} selected={text() === option}>
                    {optionText(props.type, field.id, option, props.listId)}
                  </option>
                )}
              </For>
            </select>
          </FieldFrame>
        )}
      </Match>
      <Match when={field.kind === "textarea" && field}>
        {(area) => (
          <FieldFrame id={id()} labels={labels()} required={required()} error={props.error}>
            <textarea
              id={id()}
              rows={6}
              maxLength={area().maxLength}
              {...aria()}
              value={text()}
              onInput={(event) => props.onChange(event.currentTarget.value)}
            />
          </FieldFrame>
        )}
      </Match>
      <Match when={field.kind !== "checkbox" && field.kind !== "choice" && field.kind !== "textarea"}>
        <FieldFrame id={id()} labels={labels()} required={required()} error={props.error}>
          <input
            id={id()}
            class={field.kind === "number" || field.kind === "date" ? "input-short" : undefined}
            {...inputKind(field)}
            {...aria()}
            value={text()}
            onInput={(event) => props.onChange(event.currentTarget.value)}
          />
        </FieldFrame>
      </Match>
    </Switch>
  );
}

/** Input type, keyboard and autofill that fit the field. */
function inputKind(field: ScalarField): JSX.InputHTMLAttributes<HTMLInputElement> {
  const autocomplete = field.prefill ? AUTOCOMPLETE[field.prefill] : undefined;
  if (field.kind === "date") return { type: "date" };
  // GOV.UK: a text input with a numeric keyboard, not type=number (no spinner, no silent rounding).
  if (field.kind === "number") return { type: "text", inputMode: "numeric", autocomplete: "off" };
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
  const hint = () => optional(`${base()}.hint`);
  const listError = () => props.errors[props.field.id];
  const setItem = (index: number, fieldId: string, value: ScalarValue) =>
    props.onChange(props.value.map((item, i) => (i === index ? { ...item, [fieldId]: value } : item)));

  return (
    <fieldset class="field list-field" classList={{ "field-invalid": Boolean(listError()) }}>
      <legend>{t(`${base()}.label`)}</legend>
      <Hint id={id()} text={hint()} />
      <InlineError id={id()} text={listError()} />
      <Index each={props.value}>
        {(item, index) => (
          <fieldset class="list-item">
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
          id={id()}
          class="button secondary"
          aria-describedby={describedBy(id(), hint(), listError())}
          onClick={() => props.onChange([...props.value, {}])}
        >
          {t(`${base()}.add`)}
        </button>
      </Show>
    </fieldset>
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
