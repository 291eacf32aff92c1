// One entry of the directory's list: name (the way to its page), category and address, the opening
// state, the distance once the user shared a position, what it offers, and a small photo.
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { OfferKind, Shop } from "../../lib/contract/shops";
import { SHOP_PHOTO_VARIANTS, shopPhotoUrl } from "../../lib/contract/shops-constants";
import { locale, t } from "../../lib/i18n";
import { formatDistance } from "../map/distance";
import { categoryLabel, shopAddress } from "./labels";
import type { OpeningText } from "./opening-text";
import { shopPath } from "./paths";
import { OpeningLine } from "./ShopOpening";

function badges(shop: Shop, offerKinds: ReadonlySet<OfferKind>): string[] {
  const list: string[] = [];
  if (shop.delivery) list.push(t("shops.badges.delivery"));
  if (shop.clickAndCollect) list.push(t("shops.badges.clickAndCollect"));
  if (shop.wheelchair === "yes") list.push(t("shops.badges.wheelchair"));
  if (shop.wheelchair === "limited") list.push(t("shops.badges.wheelchairLimited"));
  if (shop.onlineShop) list.push(t("shops.badges.onlineShop"));
  if (offerKinds.has("offer")) list.push(t("shops.badges.offer"));
  if (offerKinds.has("event")) list.push(t("shops.badges.event"));
  return list;
}

export function ShopCard(props: {
  shop: Shop;
  opening: OpeningText | undefined;
  meters: number | null;
  /** Kinds of the entry's current offers. */
  offerKinds: ReadonlySet<OfferKind>;
  showPhoto: boolean;
}) {
  const format = () => ({ t, locale: locale() });
  return (
    <li class="card shop-card">
      <Show when={props.showPhoto && props.shop.photo}>
        {(photo) => (
          // Decorative next to the name: the link says where it goes (alt="").
          <img
            class="shop-thumb"
            src={shopPhotoUrl(photo().id, "small")}
            width={SHOP_PHOTO_VARIANTS.small}
            height={Math.round((SHOP_PHOTO_VARIANTS.small * photo().height) / photo().width)}
            loading="lazy"
            decoding="async"
            alt=""
          />
        )}
      </Show>
      <div class="shop-card-body">
        <A class="shop-card-name" href={shopPath(props.shop.id)}>
          {props.shop.name}
        </A>
        <p>
          {categoryLabel(props.shop.category, format())} · {shopAddress(props.shop, format())}
        </p>
        <Show when={props.opening}>{(opening) => <OpeningLine text={opening()} />}</Show>
        <Show when={props.meters !== null}>
          <p class="shop-distance">
            {t("shops.directory.distance", { distance: formatDistance(props.meters ?? 0, locale()) })}
          </p>
        </Show>
        <Show when={badges(props.shop, props.offerKinds).length > 0}>
          <ul class="badges" aria-label={t("shops.badges.label")}>
            <For each={badges(props.shop, props.offerKinds)}>{(badge) => <li class="badge">{badge}</li>}</For>
          </ul>
        </Show>
      </div>
    </li>
  );
}
