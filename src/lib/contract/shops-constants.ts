// "Delmenhorst Shopping": categories, payment methods and limits of the shop directory, free of
// zod so that pages can use them without loading the schemas.

/** Public synced collections of the directory (server/features/shops). */
export const SHOPS_COLLECTION = "shops";
export const SHOPPING_DAYS_COLLECTION = "shopping-days";

/**
 * Categories in the OpenStreetMap vocabulary (`key=value` of the tags shop, amenity, craft), grouped
 * for the filter. An imported entry may carry any other value of these keys; it shows in "other".
 */
export const CATEGORY_GROUPS = {
  food: [
    "shop=supermarket",
    "shop=convenience",
    "shop=bakery",
    "shop=butcher",
    "shop=greengrocer",
    "shop=deli",
    "shop=beverages",
    "shop=kiosk",
    "amenity=marketplace",
  ],
  gastronomy: [
    "amenity=restaurant",
    "amenity=cafe",
    "amenity=fast_food",
    "amenity=ice_cream",
    "amenity=bar",
    "amenity=pub",
  ],
  fashion: ["shop=clothes", "shop=shoes", "shop=jewelry", "shop=bag"],
  health: ["amenity=pharmacy", "shop=chemist", "shop=optician", "shop=hairdresser", "shop=beauty"],
  home: [
    "shop=hardware",
    "shop=doityourself",
    "shop=furniture",
    "shop=electronics",
    "shop=florist",
    "shop=garden_centre",
  ],
  leisure: ["shop=books", "shop=toys", "shop=sports", "shop=bicycle", "shop=gift", "shop=stationery"],
  services: [
    "shop=tailor",
    "shop=dry_cleaning",
    "shop=travel_agency",
    "shop=mobile_phone",
    "craft=key_cutter",
  ],
} as const;
export type CategoryGroup = keyof typeof CATEGORY_GROUPS | "other";
export const CATEGORY_GROUP_NAMES = [...(Object.keys(CATEGORY_GROUPS) as CategoryGroup[]), "other"] as const;
export const KNOWN_CATEGORIES: readonly string[] = Object.values(CATEGORY_GROUPS).flat();
/** OSM keys a directory entry's category may come from. */
export const CATEGORY_KEYS = ["shop", "amenity", "craft"] as const;

export function groupOfCategory(category: string): CategoryGroup {
  for (const [group, categories] of Object.entries(CATEGORY_GROUPS)) {
    if ((categories as readonly string[]).includes(category)) return group as CategoryGroup;
  }
  return "other";
}

/** Payment methods (OSM `payment:*`). */
export const PAYMENT_METHODS = ["cash", "debit_cards", "credit_cards", "contactless", "mobile"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** OSM `wheelchair`: yes = every room without steps, limited = the entrance at least. */
export const WHEELCHAIR_ACCESS = ["yes", "limited", "no"] as const;
export type WheelchairAccess = (typeof WHEELCHAIR_ACCESS)[number];

export const OFFER_KINDS = ["offer", "event"] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];
export const MAX_OFFERS = 10;

/** Where an entry comes from: OpenStreetMap import, a merchant, or the city (dwfg). */
export const SHOP_SOURCES = ["osm", "merchant", "city"] as const;

/**
 * How a merchant's changes to a live entry go out: `review` waits for the economic development staff,
 * `trusted` is published at once (staff still see every change in the history).
 */
export const MERCHANT_TRUST = ["review", "trusted"] as const;
export type MerchantTrust = (typeof MERCHANT_TRUST)[number];

/** Why a revision was made, where the author alone does not say it (the app words them). */
export const REVISION_NOTES = [
  "claim-approved",
  "reviewed",
  "offers-expired",
  "sample-data",
  "openstreetmap",
  "merchant-left",
] as const;
export type RevisionNote = (typeof REVISION_NOTES)[number];

export const CLAIM_STATES = ["pending", "approved", "refused"] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];
export const CHANGE_STATES = ["pending", "published", "refused"] as const;
export type ChangeState = (typeof CHANGE_STATES)[number];

/** Photos: what a merchant may upload, and the sizes the server makes of it. */
export const SHOP_PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const SHOP_PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
export const SHOP_PHOTO_MIN_SIDE = 320;
export const SHOP_PHOTO_MAX_SIDE = 8000;
export const SHOP_PHOTO_VARIANTS = { small: 480, large: 1200 } as const;
export type ShopPhotoVariant = keyof typeof SHOP_PHOTO_VARIANTS;
export const shopPhotoUrl = (photoId: string, variant: ShopPhotoVariant) =>
  `/api/shops/photos/${photoId}/${variant}.webp`;

/** The department that verifies merchants and keeps the directory. */
export const SHOPS_DEPARTMENT = "wirtschaft";

export const OSM_ATTRIBUTION = "© OpenStreetMap-Mitwirkende, ODbL";
