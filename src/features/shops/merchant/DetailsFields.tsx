// Every field of an entry (ShopDetails) in the order residents read them: name and kind, address
// and position, opening hours, contact, service, description, offers. Used for a new entry and
// for editing one; the page owns the submit.
import { For } from "solid-js";
import type { SetStoreFunction } from "solid-js/store";
import { PAYMENT_METHODS, WHEELCHAIR_ACCESS } from "../../../lib/contract/shops";
import { t } from "../../../lib/i18n";
import type { DetailsForm, FormErrors } from "./details-form";
import { Choice, ChoiceGroup } from "../../../ui/Choices";
import { SelectInput, TextArea, TextInput } from "../../../ui/Field";
import { HoursEditor, type HoursValue } from "./HoursEditor";
import { categoryOptions, paymentLabel, wheelchairLabel } from "./labels";
import { OffersEditor } from "./OffersEditor";

/** The element a field's entry in the error summary leads to. */
export function fieldElementId(prefix: string, field: string): string {
  return `${prefix}-${field.replaceAll(".", "-")}`;
}

export function DetailsFields(props: {
  prefix: string;
  form: DetailsForm;
  setForm: SetStoreFunction<DetailsForm>;
  errors: FormErrors;
  hours: { initial: string | null; isNew: boolean; onChange: (value: HoursValue) => void; detail?: string };
}) {
  const id = (field: string) => fieldElementId(props.prefix, field);
  const text = (field: keyof DetailsForm & string) => ({
    id: id(field),
    label: t(`merchant.details.${field}`),
    error: props.errors[field],
  });

  return (
    <>
      <h2>{t("merchant.details.aboutTitle")}</h2>
      <TextInput
        {...text("name")}
        value={props.form.name}
        onInput={(value) => props.setForm("name", value)}
        maxLength={120}
        autocomplete="organization"
        required
      />
      <SelectInput
        {...text("category")}
        hint={t("merchant.details.categoryHint")}
        value={props.form.category}
        onChange={(value) => props.setForm("category", value)}
        options={props.form.category === "" ? [{ value: "", label: t("merchant.details.choose") }] : []}
        groups={categoryOptions(props.form.category)}
        required
      />
      <TextArea
        {...text("description")}
        hint={t("merchant.details.descriptionHint")}
        value={props.form.description}
        onInput={(value) => props.setForm("description", value)}
        maxLength={600}
      />

      <h2>{t("merchant.details.placeTitle")}</h2>
      <TextInput
        {...text("street")}
        value={props.form.street}
        onInput={(value) => props.setForm("street", value)}
        autocomplete="address-line1"
        maxLength={120}
        required
      />
      <TextInput
        autocomplete="off"
        {...text("housenumber")}
        value={props.form.housenumber}
        onInput={(value) => props.setForm("housenumber", value)}
        maxLength={12}
        required
      />
      <TextInput
        {...text("postcode")}
        hint={t("merchant.details.postcodeHint")}
        value={props.form.postcode}
        onInput={(value) => props.setForm("postcode", value)}
        autocomplete="postal-code"
        inputMode="numeric"
        maxLength={5}
        required
      />
      <fieldset class="merchant-position">
        <legend>{t("merchant.details.positionTitle")}</legend>
        <p class="hint">{t("merchant.details.positionHint")}</p>
        <TextInput
          autocomplete="off"
          {...text("lat")}
          value={props.form.lat}
          onInput={(value) => props.setForm("lat", value)}
          inputMode="decimal"
          maxLength={12}
          required
        />
        <TextInput
          autocomplete="off"
          {...text("lon")}
          value={props.form.lon}
          onInput={(value) => props.setForm("lon", value)}
          inputMode="decimal"
          maxLength={12}
          required
        />
      </fieldset>

      <HoursEditor
        id={id("openingHours")}
        initial={props.hours.initial}
        isNew={props.hours.isNew}
        onChange={(value) => props.hours.onChange(value)}
        error={props.errors.openingHours}
        errorDetail={props.hours.detail}
      />

      <h2>{t("merchant.details.contactTitle")}</h2>
      <TextInput
        {...text("phone")}
        type="tel"
        hint={t("merchant.details.phoneHint")}
        value={props.form.phone}
        onInput={(value) => props.setForm("phone", value)}
        autocomplete="tel"
        inputMode="tel"
        maxLength={30}
      />
      <TextInput
        {...text("website")}
        type="url"
        hint={t("merchant.details.webHint")}
        value={props.form.website}
        onInput={(value) => props.setForm("website", value)}
        autocomplete="url"
        inputMode="url"
        maxLength={300}
      />
      <TextInput
        autocomplete="off"
        {...text("onlineShop")}
        type="url"
        hint={t("merchant.details.webHint")}
        value={props.form.onlineShop}
        onInput={(value) => props.setForm("onlineShop", value)}
        inputMode="url"
        maxLength={300}
      />

      <h2>{t("merchant.details.serviceTitle")}</h2>
      <ChoiceGroup id={id("service")} legend={t("merchant.details.serviceLegend")}>
        <Choice
          id={id("delivery")}
          type="checkbox"
          name="delivery"
          label={t("merchant.details.delivery")}
          checked={props.form.delivery}
          onChange={(checked) => props.setForm("delivery", checked)}
        />
        <Choice
          id={id("clickAndCollect")}
          type="checkbox"
          name="clickAndCollect"
          label={t("merchant.details.clickAndCollect")}
          checked={props.form.clickAndCollect}
          onChange={(checked) => props.setForm("clickAndCollect", checked)}
        />
      </ChoiceGroup>
      <SelectInput
        {...text("wheelchair")}
        hint={t("merchant.details.wheelchairHint")}
        value={props.form.wheelchair}
        onChange={(value) =>
          props.setForm("wheelchair", WHEELCHAIR_ACCESS.find((access) => access === value) ?? "")
        }
        options={[
          { value: "", label: t("merchant.details.unknown") },
          ...WHEELCHAIR_ACCESS.map((access) => ({ value: access, label: wheelchairLabel(access) })),
        ]}
      />
      <ChoiceGroup id={id("payment")} legend={t("merchant.details.payment")} error={props.errors.payment}>
        <For each={PAYMENT_METHODS}>
          {(method) => (
            <Choice
              id={id(`payment-${method}`)}
              type="checkbox"
              name="payment"
              label={paymentLabel(method)}
              checked={props.form.payment.includes(method)}
              onChange={(checked) =>
                props.setForm("payment", (list) =>
                  PAYMENT_METHODS.filter((m) => (m === method ? checked : list.includes(m))),
                )
              }
            />
          )}
        </For>
      </ChoiceGroup>

      <OffersEditor prefix={props.prefix} form={props.form} setForm={props.setForm} errors={props.errors} />
    </>
  );
}
