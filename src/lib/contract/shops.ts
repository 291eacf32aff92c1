// "Delmenhorst Shopping": the directory's records as they travel through the sync feed, and the
// requests merchants and staff send. Constants live in shops-constants.ts and are re-exported.
// Opening hours are checked with the opening_hours library on the server (and in the hours editor);
// it is too large for the schemas every page loads.
import { LAYER_BOUNDS } from "./map-constants";
import {
  CLAIM_STATES,
  MAX_OFFERS,
  MERCHANT_TRUST,
  OFFER_KINDS,
  PAYMENT_METHODS,
  REVISION_NOTES,
  SHOP_SOURCES,
  WHEELCHAIR_ACCESS,
} from "./shops-constants";
import { z } from "./zod";

export * from "./shops-constants";

const isoDate = z.iso.date();
export const shopIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
export const categorySchema = z
  .string()
  .regex(/^(shop|amenity|craft)=[a-z0-9_]{1,40}$/, "an OpenStreetMap tag such as shop=bakery");
const position = z
  .tuple([z.number(), z.number()])
  .refine(
    ([lon, lat]) =>
      lon >= LAYER_BOUNDS[0] && lon <= LAYER_BOUNDS[2] && lat >= LAYER_BOUNDS[1] && lat <= LAYER_BOUNDS[3],
    { message: "position outside the city area (longitude first, then latitude)" },
  );
const webAddress = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain })
  .max(300)
  .nullable();
const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()/-]{4,29}$/, "digits, spaces, + ( ) / -")
  .nullable();

export const shopAddressSchema = z.object({
  street: z.string().trim().min(2).max(120),
  housenumber: z.string().trim().min(1).max(12),
  postcode: z.string().regex(/^277(49|5[0-5])$/, "a Delmenhorst postcode (27749–27755)"),
});

export const offerSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9-]{1,40}$/),
    kind: z.enum(OFFER_KINDS),
    title: z.string().trim().min(2).max(80),
    text: z.string().trim().max(300),
    /** First day it shows (null: at once); after `endsOn` it disappears. */
    startsOn: isoDate.nullable(),
    endsOn: isoDate,
  })
  .refine((o) => o.startsOn === null || o.startsOn <= o.endsOn, {
    message: "the offer must start before it ends",
    path: ["endsOn"],
  });
export type Offer = z.infer<typeof offerSchema>;

/** What a merchant (or staff) edits of an entry. */
const detailsShape = {
  name: z.string().trim().min(2).max(120),
  category: categorySchema,
  address: shopAddressSchema,
  location: position,
  /** OpenStreetMap `opening_hours`; null when unknown. */
  openingHours: z.string().trim().min(1).max(255).nullable(),
  phone,
  website: webAddress,
  onlineShop: webAddress,
  delivery: z.boolean(),
  clickAndCollect: z.boolean(),
  wheelchair: z.enum(WHEELCHAIR_ACCESS).nullable(),
  payment: z
    .array(z.enum(PAYMENT_METHODS))
    .max(PAYMENT_METHODS.length)
    .refine((list) => new Set(list).size === list.length, "each method once"),
  description: z.string().trim().max(600).nullable(),
  offers: z.array(offerSchema).max(MAX_OFFERS),
};
export const shopDetailsSchema = z.object(detailsShape);
export const shopDetailsWriteSchema = z.strictObject(detailsShape);
export type ShopDetails = z.infer<typeof shopDetailsSchema>;

export const shopPhotoSchema = z.object({
  id: z.uuid(),
  /** Size of the large variant; the small one keeps the aspect ratio. */
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type ShopPhoto = z.infer<typeof shopPhotoSchema>;

/** A live entry of the directory (public feed "shops"). */
export const shopSchema = shopDetailsSchema.extend({
  id: shopIdSchema,
  photo: shopPhotoSchema.nullable(),
  source: z.enum(SHOP_SOURCES),
  /** The OpenStreetMap object it was imported from ("node/123"), for attribution and re-import. */
  osmId: z
    .string()
    .regex(/^(node|way|relation)\/\d+$/)
    .nullable(),
  /** A merchant whom the economic development staff verified keeps this entry. */
  verified: z.boolean(),
  sample: z.boolean(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Shop = z.infer<typeof shopSchema>;

/** Weekly markets and Sunday shopping days (public feed "shopping-days"). */
export const SHOPPING_DAY_KINDS = ["market", "sunday"] as const;
export const shoppingDaySchema = z.object({
  id: shopIdSchema,
  kind: z.enum(SHOPPING_DAY_KINDS),
  name: z.string().trim().min(2).max(120),
  place: z.string().trim().min(2).max(200),
  /** When, as opening_hours: "We,Sa 07:00-13:00" for a market, "2026 Dec 06 13:00-18:00" for a Sunday. */
  openingHours: z.string().trim().min(1).max(255),
  location: position.nullable(),
  note: z.string().trim().max(300).nullable(),
  sample: z.boolean(),
});
export type ShoppingDay = z.infer<typeof shoppingDaySchema>;

// ---- Merchants ----

export const MERCHANT_ROLES = ["owner", "manager", "employee"] as const;
const claimShape = {
  role: z.enum(MERCHANT_ROLES),
  /** How staff can reach the merchant to verify (a call to the shop's listed number, a visit). */
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ()/-]{4,29}$/),
  message: z.string().trim().max(500),
};
export const claimWriteSchema = z.strictObject(claimShape);
export type ClaimWrite = z.infer<typeof claimWriteSchema>;
/** A merchant's new entry: it goes live when staff approve the claim that comes with it. */
export const newShopWriteSchema = z.strictObject({ ...claimShape, details: shopDetailsWriteSchema });
export type NewShopWrite = z.infer<typeof newShopWriteSchema>;

export const merchantClaimSchema = z.object({
  id: z.string(),
  shopId: z.string(),
  shopName: z.string(),
  /** The merchant created the entry; it is not public before approval. */
  newEntry: z.boolean(),
  role: z.enum(MERCHANT_ROLES),
  state: z.enum(CLAIM_STATES),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
});
export type MerchantClaim = z.infer<typeof merchantClaimSchema>;

export const pendingChangeSchema = z.object({
  id: z.string(),
  submittedAt: z.string(),
  details: shopDetailsSchema,
  photo: shopPhotoSchema.nullable(),
});
export type PendingChange = z.infer<typeof pendingChangeSchema>;

/** An entry the signed-in merchant keeps. */
export const merchantEntrySchema = z.object({
  shop: shopSchema,
  trust: z.enum(MERCHANT_TRUST),
  pendingChange: pendingChangeSchema.nullable(),
});
export type MerchantEntry = z.infer<typeof merchantEntrySchema>;
export const merchantOverviewSchema = z.object({
  entries: z.array(merchantEntrySchema),
  claims: z.array(merchantClaimSchema),
});
export type MerchantOverview = z.infer<typeof merchantOverviewSchema>;
/** Answer to a merchant's save: published at once (trusted) or waiting for review. */
export const saveResultSchema = z.object({
  outcome: z.enum(["published", "pending"]),
  entry: merchantEntrySchema,
});
export type SaveResult = z.infer<typeof saveResultSchema>;

export const revisionSchema = z.object({
  version: z.number(),
  at: z.string(),
  /** system: the daily removal of offers that ran out. */
  by: z.enum(["merchant", "staff", "import", "system"]),
  authorName: z.string().nullable(),
  /** Fields that differ from the version before. */
  changed: z.array(z.string()),
  note: z.enum(REVISION_NOTES).nullable(),
});
export type Revision = z.infer<typeof revisionSchema>;
/**
 * An entry's history, newest first, as the app reads it: a note a newer server knows and this app
 * does not is left out. (The server declares its answer with revisionSchema: the API description
 * has no form for zod's catch.)
 */
export const historySchema = z.object({
  revisions: z.array(revisionSchema.extend({ note: revisionSchema.shape.note.catch(null) })),
});

// ---- Staff (economic development) ----

export const staffPersonSchema = z.object({ id: z.string(), name: z.string(), email: z.string() });
export type StaffPerson = z.infer<typeof staffPersonSchema>;
export const staffClaimSchema = merchantClaimSchema.extend({
  account: staffPersonSchema,
  phone: z.string(),
  message: z.string(),
  shop: shopSchema,
  /** Phone number of the entry as it was known before the claim, to call back. */
  listedPhone: z.string().nullable(),
});
export type StaffClaim = z.infer<typeof staffClaimSchema>;
export const staffChangeSchema = pendingChangeSchema.extend({
  shopId: z.string(),
  account: staffPersonSchema,
  current: shopSchema,
});
export type StaffChange = z.infer<typeof staffChangeSchema>;
/** A directory entry as the console lists it. */
export const staffEntrySchema = z.object({
  shop: shopSchema,
  live: z.boolean(),
  owner: staffPersonSchema.nullable(),
  trust: z.enum(MERCHANT_TRUST),
});
export type StaffEntry = z.infer<typeof staffEntrySchema>;

export const claimDecisionSchema = z.discriminatedUnion("decision", [
  z.strictObject({ decision: z.literal("approve"), trust: z.enum(MERCHANT_TRUST) }),
  z.strictObject({ decision: z.literal("refuse"), reason: z.string().trim().min(5).max(500) }),
]);
export const changeDecisionSchema = z.discriminatedUnion("decision", [
  z.strictObject({ decision: z.literal("publish") }),
  z.strictObject({ decision: z.literal("refuse"), reason: z.string().trim().min(5).max(500) }),
]);
export const trustWriteSchema = z.strictObject({ trust: z.enum(MERCHANT_TRUST) });

export const osmImportResultSchema = z.object({
  created: z.number(),
  updated: z.number(),
  /** Entries a merchant keeps: the merchant's data wins over OpenStreetMap. */
  keptMerchant: z.number(),
  skipped: z.array(
    z.object({
      id: z.string(),
      reason: z.enum(["no-name", "no-category", "no-address", "outside-city", "invalid"]),
    }),
  ),
  /** Sample entries no merchant keeps, replaced by the city's first real import. */
  removedSamples: z.number(),
  invalidOpeningHours: z.number(),
});
export type OsmImportResult = z.infer<typeof osmImportResultSchema>;
