// Offers and events of an entry: each with title, text and the days it shows (from `startsOn`, or
// at once, until `endsOn`); at most MAX_OFFERS. Removing one moves the focus to the list's heading.
import { For, Show } from "solid-js";
import type { SetStoreFunction } from "solid-js/store";
import { MAX_OFFERS, OFFER_KINDS } from "../../../lib/contract/shops";
import { berlinDate } from "../../../lib/contract/berlin-time";
import { t } from "../../../lib/i18n";
import { canAddOffer, type DetailsForm, type FormErrors, newOffer, offerFieldKey } from "./details-form";
import { DateInput, FieldError, SelectInput, TextArea, TextInput } from "../../../ui/Field";
import { offerKindLabel } from "./labels";

export function OffersEditor(props: {
  prefix: string;
  form: DetailsForm;
  setForm: SetStoreFunction<DetailsForm>;
  errors: FormErrors;
}) {
  let heading: HTMLHeadingElement | undefined;
  const id = (index: number, field: string) => `${props.prefix}-offers-${index}-${field}`;
  const add = () => {
    const index = props.form.offers.length;
    props.setForm("offers", index, newOffer(crypto.randomUUID(), berlinDate(new Date())));
    requestAnimationFrame(() => document.getElementById(id(index, "title"))?.focus());
  };
  const remove = (index: number) => {
    props.setForm("offers", (offers) => offers.filter((_, i) => i !== index));
    requestAnimationFrame(() => heading?.focus());
  };

  return (
    <section class="merchant-offers" aria-labelledby={`${props.prefix}-offers`}>
      <h2 id={`${props.prefix}-offers`} tabindex="-1" ref={heading}>
        {t("merchant.offers.title")}
      </h2>
      <p class="hint">{t("merchant.offers.lead", { count: MAX_OFFERS })}</p>
      <FieldError id={`${props.prefix}-offers`} error={props.errors.offers} />
      <Show when={props.form.offers.length === 0}>
        <p>{t("merchant.offers.none")}</p>
      </Show>
      <For each={props.form.offers}>
        {(offer, index) => (
          <fieldset class="merchant-offer">
            <legend>
              {t("merchant.offers.legend", {
                number: index() + 1,
                title: offer.title || t("merchant.offers.untitled"),
              })}
            </legend>
            <SelectInput
              id={id(index(), "kind")}
              label={t("merchant.offers.kind")}
              value={offer.kind}
              onChange={(value) => {
                const kind = OFFER_KINDS.find((k) => k === value);
                if (kind) props.setForm("offers", index(), "kind", kind);
              }}
              options={OFFER_KINDS.map((kind) => ({ value: kind, label: offerKindLabel(kind) }))}
              error={props.errors[offerFieldKey(index(), "kind")]}
            />
            <TextInput
              autocomplete="off"
              id={id(index(), "title")}
              label={t("merchant.offers.titleLabel")}
              value={offer.title}
              onInput={(value) => props.setForm("offers", index(), "title", value)}
              maxLength={80}
              error={props.errors[offerFieldKey(index(), "title")]}
              required
            />
            <TextArea
              id={id(index(), "text")}
              label={t("merchant.offers.text")}
              value={offer.text}
              onInput={(value) => props.setForm("offers", index(), "text", value)}
              maxLength={300}
              error={props.errors[offerFieldKey(index(), "text")]}
            />
            <DateInput
              autocomplete="off"
              id={id(index(), "startsOn")}
              label={t("merchant.offers.startsOn")}
              hint={t("merchant.offers.startsOnHint")}
              value={offer.startsOn}
              onInput={(value) => props.setForm("offers", index(), "startsOn", value)}
              error={props.errors[offerFieldKey(index(), "startsOn")]}
            />
            <DateInput
              autocomplete="off"
              id={id(index(), "endsOn")}
              label={t("merchant.offers.endsOn")}
              hint={t("merchant.offers.endsOnHint")}
              value={offer.endsOn}
              onInput={(value) => props.setForm("offers", index(), "endsOn", value)}
              error={props.errors[offerFieldKey(index(), "endsOn")]}
              required
            />
            <button type="button" class="button secondary" onClick={() => remove(index())}>
              {t("merchant.offers.remove", { number: index() + 1 })}
            </button>
          </fieldset>
        )}
      </For>
      <Show when={canAddOffer(props.form)} fallback={<p class="hint">{t("merchant.offers.full")}</p>}>
        <button type="button" class="button secondary" onClick={add}>
          {t("merchant.offers.add")}
        </button>
      </Show>
    </section>
  );
}
