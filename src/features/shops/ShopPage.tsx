// /einkaufen/:id: one entry of the directory with every fact, shareable and readable offline (Dexie).
import { A, useParams } from "@solidjs/router";
import { createMemo, createSignal, For, Show } from "solid-js";
import type { Offer, Shop } from "../../lib/contract/shops";
import { SHOPS_COLLECTION, shopPhotoUrl } from "../../lib/contract/shops-constants";
import { formatDay } from "../../lib/date-format";
import { locale, t } from "../../lib/i18n";
import { createRecordQuery } from "../../lib/record-query";
import { FactList, type LabelledValue } from "../../ui/FactList";
import { usePageTitle } from "../../ui/page-title";
import { recordPageTitle, RecordStates } from "../../ui/RecordStates";
import { SampleNotice } from "../../ui/SampleNotice";
import { createNow } from "../warnings/now";
import { shopById } from "./data";
import { currentOffers } from "./directory";
import { categoryLabel, paymentLabel, shopAddress, type TextFormat, wheelchairLabel } from "./labels";
import { OsmAttribution } from "./OsmAttribution";
import { claimPath, shopOnMapPath, shopPath } from "./paths";
import { createPhotoPreference } from "./photo-preference";
import { ShareButton } from "./ShareButton";
import { ShopOpening } from "./ShopOpening";
import { WeekHours } from "./WeekHours";
import "./shops.css";

export default function ShopPage() {
  const params = useParams<{ id: string }>();
  const shop = createRecordQuery({
    collection: SHOPS_COLLECTION,
    id: () => params.id,
    local: shopById,
    parse: async (data) => (await import("../../lib/contract/shops")).shopSchema.parse(data),
  });
  usePageTitle(() => recordPageTitle(shop.view(), (s) => s.name, t("shops.detail.notFound")));
  return (
    <RecordStates
      view={shop.view()}
      retry={shop.retry}
      notFound={
        <section>
          <h1>{t("shops.detail.notFound")}</h1>
          <p>{t("shops.detail.notFoundText")}</p>
          <A href="/einkaufen">{t("shops.detail.back")}</A>
        </section>
      }
    >
      {(record) => <ShopDetail shop={record()} />}
    </RecordStates>
  );
}

const yesNo = (value: boolean) => (value ? t("shops.detail.yes") : t("shops.detail.no"));

function facts(shop: Shop, format: TextFormat): LabelledValue[] {
  const fact = (key: string, value: string) => ({ label: t(`shops.detail.facts.${key}`), value });
  return [
    fact("category", categoryLabel(shop.category, format)),
    fact("address", shopAddress(shop, format)),
    fact("wheelchair", wheelchairLabel(shop.wheelchair, format)),
    fact(
      "payment",
      shop.payment.length > 0
        ? shop.payment.map((method) => paymentLabel(method, format)).join(", ")
        : t("shops.detail.notStated"),
    ),
    fact("delivery", yesNo(shop.delivery)),
    fact("clickAndCollect", yesNo(shop.clickAndCollect)),
    fact("source", t(`shops.detail.sources.${shop.source}`)),
  ];
}

function ShopDetail(props: { shop: Shop }) {
  const format = (): TextFormat => ({ t, locale: locale() });
  const now = createNow();
  const offers = createMemo(() => currentOffers(props.shop.offers, new Date(now())));
  const ofKind = (kind: Offer["kind"]) => offers().filter((offer) => offer.kind === kind);
  const pageUrl = () => new URL(shopPath(props.shop.id), location.origin).href;

  return (
    <article class="shop-page">
      <h1>{props.shop.name}</h1>
      <p class="lead">{categoryLabel(props.shop.category, format())}</p>
      <ShopOpening rule={props.shop.openingHours} />
      <Show when={props.shop.description}>{(text) => <p>{text()}</p>}</Show>
      <Show when={props.shop.photo}>{(photo) => <ShopPhoto shop={props.shop} photo={photo()} />}</Show>

      <ul class="shops-actions">
        <li>
          <A href={shopOnMapPath(props.shop.id)}>{t("shops.detail.showOnMap")}</A>
        </li>
        <li>
          <ShareButton title={props.shop.name} url={pageUrl()} />
        </li>
      </ul>

      <h2>{t("shops.detail.hours")}</h2>
      <Show when={props.shop.openingHours} fallback={<p>{t("shops.detail.hoursUnknown")}</p>}>
        {(rule) => <WeekHours rule={rule()} />}
      </Show>

      <Show when={ofKind("offer").length > 0}>
        <h2>{t("shops.detail.offers")}</h2>
        <OfferList offers={ofKind("offer")} />
      </Show>
      <Show when={ofKind("event").length > 0}>
        <h2>{t("shops.detail.events")}</h2>
        <OfferList offers={ofKind("event")} />
      </Show>

      <Show when={props.shop.phone || props.shop.website || props.shop.onlineShop}>
        <h2>{t("shops.detail.contact")}</h2>
        <dl class="facts">
          <Show when={props.shop.phone}>
            {(phone) => (
              <>
                <dt>{t("shops.detail.phone")}</dt>
                <dd>
                  <a href={`tel:${phone().replace(/[^+\d]/g, "")}`}>{phone()}</a>
                </dd>
              </>
            )}
          </Show>
          <Show when={props.shop.website}>
            {(website) => (
              <>
                <dt>{t("shops.detail.website")}</dt>
                <dd>
                  <a href={website()} rel="noopener">
                    {website()}
                  </a>
                </dd>
              </>
            )}
          </Show>
          <Show when={props.shop.onlineShop}>
            {(shopUrl) => (
              <>
                <dt>{t("shops.detail.onlineShop")}</dt>
                <dd>
                  <a href={shopUrl()} rel="noopener">
                    {shopUrl()}
                  </a>
                </dd>
              </>
            )}
          </Show>
        </dl>
      </Show>

      <h2>{t("shops.detail.factsTitle")}</h2>
      <FactList facts={facts(props.shop, format())} />
      <Show when={props.shop.verified}>
        <p>{t("shops.detail.verified")}</p>
      </Show>

      <Show when={!props.shop.verified}>
        <p class="shops-claim">
          <A href={claimPath(props.shop.id)}>{t("shops.detail.claim")}</A>
        </p>
      </Show>
      <p>
        <A href="/einkaufen">{t("shops.detail.back")}</A>
      </p>
      <Show when={props.shop.source === "osm"}>
        <OsmAttribution />
      </Show>
      <SampleNotice items={[{ reviewedAt: props.shop.updatedAt, sample: props.shop.sample }]} />
    </article>
  );
}

function OfferList(props: { offers: Offer[] }) {
  const period = (offer: Offer) => {
    const dateLocale = locale();
    return offer.startsOn === null
      ? t("shops.detail.until", { date: formatDay(offer.endsOn, dateLocale) })
      : t("shops.detail.period", {
          from: formatDay(offer.startsOn, dateLocale),
          to: formatDay(offer.endsOn, dateLocale),
        });
  };
  return (
    <ul class="card-list">
      <For each={props.offers}>
        {(offer) => (
          <li class="card">
            <h3 class="shops-offer-title">{offer.title}</h3>
            <Show when={offer.text}>
              <p>{offer.text}</p>
            </Show>
            <p class="hint">{period(offer)}</p>
          </li>
        )}
      </For>
    </ul>
  );
}

/** The large photo, unless the device saves data or the user switched photos off; then on request. */
function ShopPhoto(props: { shop: Shop; photo: NonNullable<Shop["photo"]> }) {
  const preference = createPhotoPreference();
  const [requested, setRequested] = createSignal(false);
  return (
    <Show
      when={preference.show() || requested()}
      fallback={
        <p>
          <button type="button" class="button secondary" onClick={() => setRequested(true)}>
            {t("shops.detail.showPhoto")}
          </button>
        </p>
      }
    >
      <img
        class="shop-photo"
        src={shopPhotoUrl(props.photo.id, "large")}
        width={props.photo.width}
        height={props.photo.height}
        loading="lazy"
        decoding="async"
        alt={t("shops.detail.photoAlt", { name: props.shop.name })}
      />
    </Show>
  );
}
