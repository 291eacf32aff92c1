// Translated names of the directory's codes for merchants and the console (src/locales/merchant/).
import {
  CATEGORY_GROUPS,
  type CategoryGroup,
  type ClaimState,
  KNOWN_CATEGORIES,
  type MerchantTrust,
  type PaymentMethod,
  type Revision,
  type RevisionNote,
  type WheelchairAccess,
} from "../../../lib/contract/shops";
import { t } from "../../../lib/i18n";
import { DIFF_FIELDS } from "../shop-diff";
import type { OptionGroup } from "../../../ui/Field";

/** "shop=bakery" as "Bäckerei"; a category of an import the app does not know shows as the tag. */
export const categoryLabel = (category: string) =>
  KNOWN_CATEGORIES.includes(category) ? t(`merchant.categories.${category.replace("=", "_")}`) : category;

export const categoryGroupLabel = (group: CategoryGroup) => t(`merchant.categoryGroups.${group}`);

/** The categories for a select, by group; `current` stays choosable when it is none of them. */
export function categoryOptions(current: string): OptionGroup[] {
  const groups: OptionGroup[] = Object.entries(CATEGORY_GROUPS).map(([group, categories]) => ({
    label: categoryGroupLabel(group as CategoryGroup),
    options: categories
      .map((value) => ({ value, label: categoryLabel(value) }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  }));
  if (current !== "" && !KNOWN_CATEGORIES.includes(current))
    groups.push({ label: categoryGroupLabel("other"), options: [{ value: current, label: current }] });
  return groups;
}

export const roleLabel = (role: string) => t(`merchant.roles.${role}`);
export const claimStateLabel = (state: ClaimState) => t(`merchant.claimStates.${state}`);
export const trustLabel = (trust: MerchantTrust) => t(`merchant.trust.${trust}`);
export const paymentLabel = (method: PaymentMethod) => t(`merchant.payment.${method}`);
export const wheelchairLabel = (access: WheelchairAccess) => t(`merchant.wheelchair.${access}`);
export const offerKindLabel = (kind: string) => t(`merchant.offers.kinds.${kind}`);
export const revisionByLabel = (by: Revision["by"]) => t(`merchant.history.by.${by}`);

/** Fields a revision names ("openingHours", "address"): the entry's own and the ones only imports
 * and staff set; an unknown one shows as it came. */
const FIELD_NAMES = new Set<string>([...DIFF_FIELDS, "id", "source", "osmId", "verified", "sample"]);
export const fieldLabel = (field: string) => (FIELD_NAMES.has(field) ? t(`merchant.fields.${field}`) : field);

/** The server's notes on a revision (server/features/shops), in words. */
const NOTES: Record<RevisionNote, string> = {
  "claim-approved": "claimApproved",
  reviewed: "reviewed",
  "offers-expired": "expiredOffers",
  "sample-data": "sampleData",
  openstreetmap: "openStreetMap",
  "merchant-left": "merchantLeft",
};
export const noteLabel = (note: RevisionNote) => t(`merchant.history.notes.${NOTES[note]}`);
