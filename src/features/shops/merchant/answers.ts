// Schemas of the shop API's answers to merchants and staff (server/features/shops): the contract
// gives their types, these check that an answer fits them before a page shows it.
import {
  CLAIM_STATES,
  MERCHANT_ROLES,
  MERCHANT_TRUST,
  type MerchantClaim,
  type MerchantEntry,
  type MerchantOverview,
  type OsmImportResult,
  REVISION_NOTES,
  type Revision,
  type SaveResult,
  shopDetailsSchema,
  shopPhotoSchema,
  shopSchema,
  type StaffChange,
  type StaffClaim,
  type StaffPerson,
} from "../../../lib/contract/shops";
import { z } from "../../../lib/contract/zod";

const claimShape = {
  id: z.string(),
  shopId: z.string(),
  shopName: z.string(),
  newEntry: z.boolean(),
  role: z.enum(MERCHANT_ROLES),
  state: z.enum(CLAIM_STATES),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
};

export const merchantClaimSchema: z.ZodType<MerchantClaim> = z.object(claimShape);

const pendingChangeShape = {
  id: z.string(),
  submittedAt: z.string(),
  details: shopDetailsSchema,
  photo: shopPhotoSchema.nullable(),
};

export const merchantEntrySchema: z.ZodType<MerchantEntry> = z.object({
  shop: shopSchema,
  trust: z.enum(MERCHANT_TRUST),
  pendingChange: z.object(pendingChangeShape).nullable(),
});

export const merchantOverviewSchema: z.ZodType<MerchantOverview> = z.object({
  entries: z.array(merchantEntrySchema),
  claims: z.array(merchantClaimSchema),
});

export const saveResultSchema: z.ZodType<SaveResult> = z.object({
  outcome: z.enum(["published", "pending"]),
  entry: merchantEntrySchema,
});

export const revisionSchema: z.ZodType<Revision> = z.object({
  version: z.number().int(),
  at: z.string(),
  by: z.enum(["merchant", "staff", "import", "system"]),
  authorName: z.string().nullable(),
  changed: z.array(z.string()),
  // A note a newer server knows and this app does not is left out.
  note: z.enum(REVISION_NOTES).nullable().catch(null),
});
export const historySchema = z.object({ revisions: z.array(revisionSchema) });

// ---- Staff ----

const staffPersonSchema: z.ZodType<StaffPerson> = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
});

export const staffClaimSchema: z.ZodType<StaffClaim> = z.object({
  ...claimShape,
  account: staffPersonSchema,
  phone: z.string(),
  message: z.string(),
  shop: shopSchema,
  listedPhone: z.string().nullable(),
});

export const staffChangeSchema: z.ZodType<StaffChange> = z.object({
  ...pendingChangeShape,
  shopId: z.string(),
  account: staffPersonSchema,
  current: shopSchema,
});

export const staffEntrySchema = z.object({
  shop: shopSchema,
  live: z.boolean(),
  owner: staffPersonSchema.nullable(),
  trust: z.enum(MERCHANT_TRUST),
});
export type StaffEntry = z.infer<typeof staffEntrySchema>;

export const osmImportResultSchema: z.ZodType<OsmImportResult> = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  keptMerchant: z.number().int(),
  skipped: z.array(
    z.object({
      id: z.string(),
      reason: z.enum(["no-name", "no-category", "no-address", "outside-city", "invalid"]),
    }),
  ),
  removedSamples: z.number().int(),
  invalidOpeningHours: z.number().int(),
});
