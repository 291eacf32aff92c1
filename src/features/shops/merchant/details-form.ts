// The merchant's forms as text values: an entry's details (ShopDetails) and a claim (role, phone,
// message). Checked with the contract's own schemas before sending (the server checks the same
// again); the schema's issues and the server's faults ("details.address.postcode",
// "offers.0.endsOn") land on the form's fields as translation keys.
import {
  claimWriteSchema,
  MAX_OFFERS,
  type MERCHANT_ROLES,
  type OfferKind,
  type PaymentMethod,
  PAYMENT_METHODS,
  type ShopDetails,
  shopDetailsWriteSchema,
  type ClaimWrite,
  type WheelchairAccess,
} from "../../../lib/contract/shops";
import type { SummaryItem } from "../../../ui/ErrorSummary";

/** The city centre (Rathausplatz): where a new entry's position starts. */
export const CITY_CENTRE = { lat: "53.0507", lon: "8.6317" } as const;

export type OfferForm = {
  id: string;
  kind: OfferKind;
  title: string;
  text: string;
  startsOn: string;
  endsOn: string;
};

export type DetailsForm = {
  name: string;
  category: string;
  street: string;
  housenumber: string;
  postcode: string;
  lat: string;
  lon: string;
  phone: string;
  website: string;
  onlineShop: string;
  delivery: boolean;
  clickAndCollect: boolean;
  wheelchair: WheelchairAccess | "";
  payment: PaymentMethod[];
  description: string;
  offers: OfferForm[];
};

export const DETAIL_FIELDS = [
  "name",
  "category",
  "street",
  "housenumber",
  "postcode",
  "lat",
  "lon",
  "openingHours",
  "phone",
  "website",
  "onlineShop",
  "wheelchair",
  "payment",
  "description",
] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];
export const OFFER_FIELDS = ["kind", "title", "text", "startsOn", "endsOn"] as const;
export type OfferField = (typeof OFFER_FIELDS)[number];

/**
 * A form's errors by field: `name`, `lat` ..., the offers' as `offers.<index>.<field>`, and `offers`
 * for the list as a whole. Values are translation keys.
 */
export type FormErrors = Partial<Record<string, string>>;

export const offerFieldKey = (index: number, field: OfferField) => `offers.${index}.${field}`;

export function emptyDetailsForm(): DetailsForm {
  return {
    name: "",
    category: "",
    street: "",
    housenumber: "",
    postcode: "",
    lat: CITY_CENTRE.lat,
    lon: CITY_CENTRE.lon,
    phone: "",
    website: "",
    onlineShop: "",
    delivery: false,
    clickAndCollect: false,
    wheelchair: "",
    payment: [],
    description: "",
    offers: [],
  };
}

export function detailsFormOf(details: ShopDetails): DetailsForm {
  return {
    name: details.name,
    category: details.category,
    street: details.address.street,
    housenumber: details.address.housenumber,
    postcode: details.address.postcode,
    lat: String(details.location[1]),
    lon: String(details.location[0]),
    phone: details.phone ?? "",
    website: details.website ?? "",
    onlineShop: details.onlineShop ?? "",
    delivery: details.delivery,
    clickAndCollect: details.clickAndCollect,
    wheelchair: details.wheelchair ?? "",
    payment: PAYMENT_METHODS.filter((method) => details.payment.includes(method)),
    description: details.description ?? "",
    offers: details.offers.map((offer) => ({ ...offer, startsOn: offer.startsOn ?? "" })),
  };
}

export function newOffer(id: string, today: string): OfferForm {
  return { id, kind: "offer", title: "", text: "", startsOn: today, endsOn: "" };
}

export const canAddOffer = (form: DetailsForm) => form.offers.length < MAX_OFFERS;

const orNull = (value: string) => (value.trim() === "" ? null : value.trim());

/** "53,05" as people type it in German, or "53.05". */
function coordinate(value: string): number {
  const text = value.trim().replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

/** Where a path of ShopDetails ("address.street", "location.1", "offers.0.endsOn") sits in the form. */
export function detailFieldOf(path: readonly PropertyKey[]): string | undefined {
  const [first, second, third] = path.map(String);
  switch (first) {
    case "address":
      return second === "street" || second === "housenumber" || second === "postcode" ? second : undefined;
    case "location":
      // [longitude, latitude]; a refusal of the pair (outside the city) goes to the first field.
      return second === "0" ? "lon" : "lat";
    case "offers":
      if (second !== undefined && third !== undefined && (OFFER_FIELDS as readonly string[]).includes(third))
        return `offers.${second}.${third}`;
      return "offers";
    case "delivery":
    case "clickAndCollect":
      return undefined;
    default:
      return (DETAIL_FIELDS as readonly string[]).includes(first ?? "") ? first : undefined;
  }
}

/** The translation key of a field's error. */
export function detailErrorKey(field: string, path: readonly PropertyKey[] = []): string {
  if (field === "lat" && path.length === 1) return "merchant.details.errors.position";
  const offer = /^offers\.\d+\.(\w+)$/.exec(field);
  if (offer) return `merchant.offers.errors.${offer[1]}`;
  return `merchant.details.errors.${field}`;
}

/** Field ids in the order of the form, so the summary reads top to bottom. */
export function fieldOrder(form: DetailsForm): string[] {
  return [
    ...DETAIL_FIELDS,
    "offers",
    ...form.offers.flatMap((_, index) => OFFER_FIELDS.map((field) => offerFieldKey(index, field))),
  ];
}

export function ordered(errors: FormErrors, order: readonly string[]): FormErrors {
  const sorted: FormErrors = {};
  for (const field of order) if (errors[field]) sorted[field] = errors[field];
  return sorted;
}

export type CheckedDetails = { details: ShopDetails | undefined; errors: FormErrors };

/** The ShopDetails of the form and the hours editor's rule (null: not given), checked. */
export function checkDetails(form: DetailsForm, openingHours: string | null): CheckedDetails {
  const lat = coordinate(form.lat);
  const lon = coordinate(form.lon);
  const candidate = {
    name: form.name.trim(),
    category: form.category,
    address: {
      street: form.street.trim(),
      housenumber: form.housenumber.trim(),
      postcode: form.postcode.trim(),
    },
    location: [lon, lat],
    openingHours,
    phone: orNull(form.phone),
    website: orNull(form.website),
    onlineShop: orNull(form.onlineShop),
    delivery: form.delivery,
    clickAndCollect: form.clickAndCollect,
    wheelchair: form.wheelchair === "" ? null : form.wheelchair,
    payment: [...form.payment],
    description: orNull(form.description),
    offers: form.offers.map((offer) => ({
      id: offer.id,
      kind: offer.kind,
      title: offer.title.trim(),
      text: offer.text.trim(),
      startsOn: offer.startsOn === "" ? null : offer.startsOn,
      endsOn: offer.endsOn,
    })),
  };
  const errors: FormErrors = {};
  if (Number.isNaN(lat)) errors.lat = "merchant.details.errors.coordinate";
  if (Number.isNaN(lon)) errors.lon = "merchant.details.errors.coordinate";
  const parsed = shopDetailsWriteSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = detailFieldOf(issue.path);
      // Unreadable coordinates are named already; the schema's complaint adds nothing.
      if (!field || errors[field] || ((field === "lat" || field === "lon") && (errors.lat || errors.lon)))
        continue;
      errors[field] = detailErrorKey(field, issue.path);
    }
  }
  const found = ordered(errors, fieldOrder(form));
  return {
    details: parsed.success && Object.keys(found).length === 0 ? parsed.data : undefined,
    errors: found,
  };
}

/**
 * The server's faults of a refused write as the form's fields. `prefix`: where the details sit in
 * the request ("details." for a new entry). Faults elsewhere are left for `claimFaults`.
 */
export function detailFaults(form: DetailsForm, paths: readonly string[], prefix = ""): FormErrors {
  const errors: FormErrors = {};
  for (const path of paths) {
    if (!path.startsWith(prefix)) continue;
    const parts = path.slice(prefix.length).split(".");
    const field = detailFieldOf(parts);
    if (field && !errors[field]) errors[field] = detailErrorKey(field, parts);
  }
  return ordered(errors, fieldOrder(form));
}

// ---- Claims ----

export type ClaimForm = { role: (typeof MERCHANT_ROLES)[number] | ""; phone: string; message: string };
export const CLAIM_FIELDS = ["role", "phone", "message"] as const;

export const emptyClaimForm = (): ClaimForm => ({ role: "", phone: "", message: "" });

export function checkClaim(form: ClaimForm): { claim: ClaimWrite | undefined; errors: FormErrors } {
  const parsed = claimWriteSchema.safeParse({
    role: form.role,
    phone: form.phone.trim(),
    message: form.message.trim(),
  });
  if (parsed.success) return { claim: parsed.data, errors: {} };
  const errors: FormErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0]);
    if ((CLAIM_FIELDS as readonly string[]).includes(field))
      errors[field] ??= `merchant.claim.errors.${field}`;
  }
  return { claim: undefined, errors: ordered(errors, CLAIM_FIELDS) };
}

/** The server's faults of a claim ("role", "phone", "message"). */
/** A claim form's errors for the error summary; `prefix` is the one its fields' ids start with. */
export const claimErrorItems = (errors: FormErrors, prefix: string): SummaryItem[] =>
  Object.entries(errors).flatMap(([field, message]) =>
    message ? [{ fieldId: `${prefix}-${field}`, message }] : [],
  );

export function claimFaults(paths: readonly string[]): FormErrors {
  const errors: FormErrors = {};
  for (const path of paths)
    if ((CLAIM_FIELDS as readonly string[]).includes(path)) errors[path] ??= `merchant.claim.errors.${path}`;
  return ordered(errors, CLAIM_FIELDS);
}
