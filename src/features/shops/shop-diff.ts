// What a merchant's change waiting for review changes: the fields of the entry whose value differs
// between the live version and the change (the photo included), in the order of the form.
import type { Shop, ShopDetails, ShopPhoto } from "../../lib/contract/shops";

export const DIFF_FIELDS = [
  "name",
  "category",
  "description",
  "address",
  "location",
  "openingHours",
  "phone",
  "website",
  "onlineShop",
  "delivery",
  "clickAndCollect",
  "wheelchair",
  "payment",
  "offers",
  "photo",
] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

type Compared = Pick<Shop, DiffField>;

/** One changed field; narrowing `field` narrows the values. */
export type FieldChange = {
  [F in DiffField]: { field: F; before: Compared[F]; after: Compared[F] };
}[DiffField];

/** Payment methods in any order are the same; everything else compares by value. */
function same(field: DiffField, a: unknown, b: unknown): boolean {
  if (field === "payment" && Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((method) => b.includes(method));
  return JSON.stringify(a) === JSON.stringify(b);
}

export function changedFields(current: Shop, details: ShopDetails, photo: ShopPhoto | null): FieldChange[] {
  const proposed: Compared = { ...details, photo };
  return DIFF_FIELDS.filter((field) => !same(field, current[field], proposed[field])).map(
    // TypeScript cannot tie the two values to `field` when it is a union; they come from that field.
    (field) => ({ field, before: current[field], after: proposed[field] }) as FieldChange,
  );
}
