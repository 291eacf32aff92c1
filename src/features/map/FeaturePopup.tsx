// The popup of a feature on the map: its name, the main facts and the way to its page. Rendered in
// its own root inside MapLibre's popup, so links are plain anchors (the router still handles them).
import { Show } from "solid-js";
import { language, locale, localized, t } from "../../lib/i18n";
import { OpeningStatus } from "../offices/OpeningStatus";
import { categoryLabel, shopAddress } from "../shops/labels";
import { paperPath } from "../council/paths";
import { shopPath } from "../shops/paths";
import { ShopOpening } from "../shops/ShopOpening";
import { textsIn } from "../warnings/model";
import { type Fact, featureTitle, propertyFacts } from "./feature-facts";
import type { OverlayItem } from "./overlay-data";
import { FactList } from "../../ui/FactList";

type Summary = { title: string; facts: Fact[]; href: string; linkText: string; sample: boolean };

const fact = (labelKey: string, value: string): Fact => ({ label: t(`map.view.popup.${labelKey}`), value });

function summary(item: OverlayItem): Summary {
  switch (item.layer) {
    case "offices":
      return {
        title: localized(item.office.text).name,
        facts: [fact("address", `${item.office.address.street}, ${item.office.address.postalCode}`)],
        href: `/standorte/${encodeURIComponent(item.id)}`,
        linkText: t("map.view.popup.officeLink"),
        sample: item.office.sample,
      };
    case "shops": {
      const format = { t, locale: locale() };
      return {
        title: item.shop.name,
        facts: [
          fact("category", categoryLabel(item.shop.category, format)),
          fact("address", shopAddress(item.shop, format)),
        ],
        href: shopPath(item.id),
        linkText: t("map.view.popup.shopLink"),
        sample: item.shop.sample,
      };
    }
    case "warnings":
      return {
        title: textsIn(item.warning, language()).headline,
        facts: [fact("severity", t(`warnings.severity.${item.warning.severity}`))],
        href: `/warnungen/${encodeURIComponent(item.id)}`,
        linkText: t("map.view.popup.warningLink"),
        sample: false,
      };
    case "council-papers":
      return {
        title: item.paper.name,
        facts: [
          ...(item.paper.reference ? [fact("reference", item.paper.reference)] : []),
          ...(item.place ? [fact("place", item.place)] : []),
        ],
        href: paperPath(item.paper.id),
        linkText: t("map.view.popup.paperLink"),
        sample: item.paper.sample,
      };
    default: {
      const format = { t, locale: locale() };
      return {
        title: featureTitle(item.feature, format),
        facts: propertyFacts(item.feature, format),
        sample: item.feature.sample,
        href: `/karte/${item.layer}/${encodeURIComponent(item.id)}`,
        linkText: t("map.view.popup.detailsLink"),
      };
    }
  }
}

export function FeaturePopup(props: { item: OverlayItem }) {
  const s = () => summary(props.item);
  return (
    <div class="map-popup">
      <p class="map-popup-layer">{t(`map.layers.${props.item.layer}`)}</p>
      <h2 class="map-popup-title">{s().title}</h2>
      <Show when={props.item.layer === "offices" && props.item.office}>
        {(office) => <OpeningStatus rule={office().openingHours} />}
      </Show>
      {/* One entry's state is cheap to work out; the map does not colour hundreds of shops by it. */}
      <Show when={props.item.layer === "shops" && props.item.shop}>
        {(shop) => <ShopOpening rule={shop().openingHours} />}
      </Show>
      <FactList facts={s().facts} class="map-popup-facts" />
      <Show when={s().sample}>
        <p class="sample-note">{t("map.view.popup.sample")}</p>
      </Show>
      <p class="map-popup-link">
        <a href={s().href}>{s().linkText}</a>
      </p>
    </div>
  );
}
