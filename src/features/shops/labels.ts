// The words for a directory entry's category, group, payment methods and access, through `format.t`
// (shops.*). Small and free of the search so that the map's popups can name a shop's category.
import type { Shop } from "../../lib/contract/shops";
import type { CategoryGroup, PaymentMethod, WheelchairAccess } from "../../lib/contract/shops-constants";

export type TextFormat = {
  t: (key: string, options?: Record<string, string | number>) => string;
  locale: string;
};

/**
 * "shop=bakery" → "Bäckerei". OpenStreetMap has many more values than the directory names; an entry
 * imported with one of those is called a shop ("Geschäft") rather than showing the raw tag.
 */
export function categoryLabel(category: string, format: TextFormat): string {
  const [key = "", value = ""] = category.split("=");
  return format.t(`shops.categories.${key}.${value}`, { defaultValue: format.t("shops.categories.other") });
}

export const groupLabel = (group: CategoryGroup, format: TextFormat) => format.t(`shops.groups.${group}`);

export const paymentLabel = (method: PaymentMethod, format: TextFormat) =>
  format.t(`shops.payment.${method}`);

export const wheelchairLabel = (access: WheelchairAccess | null, format: TextFormat) =>
  format.t(`shops.wheelchair.${access ?? "unknown"}`);

export const shopAddress = (shop: Pick<Shop, "address">, format: TextFormat) =>
  format.t("shops.address", {
    street: shop.address.street,
    housenumber: shop.address.housenumber,
    postcode: shop.address.postcode,
  });
