// The merchant's requests (server/features/shops). Online only: a claim, a new entry and a change
// each get an answer the page shows at once (published or waiting for review, the fields at fault),
// which a queued write could not give. Nothing of it is stored on the device; the public directory
// reaches it by the sync.
import { getJson, sendForm, sendJson } from "../../../lib/api";
import {
  type ClaimWrite,
  historySchema,
  type MerchantClaim,
  merchantClaimSchema,
  type MerchantOverview,
  merchantOverviewSchema,
  type NewShopWrite,
  type Revision,
  type SaveResult,
  saveResultSchema,
  type ShopDetails,
} from "../../../lib/contract/shops";

const entryUrl = (id: string) => `/api/shops/merchant/entries/${encodeURIComponent(id)}`;

export const fetchOverview = (): Promise<MerchantOverview> =>
  getJson("/api/shops/merchant", merchantOverviewSchema);

export const claimShop = (shopId: string, body: ClaimWrite): Promise<MerchantClaim> =>
  sendJson("POST", `/api/shops/${encodeURIComponent(shopId)}/claim`, body, merchantClaimSchema);

/**
 * `idempotencyKey`: the same for a repeat of the same request (after an answer got lost), so the
 * entry is not created twice.
 */
export const createEntry = (body: NewShopWrite, idempotencyKey: string): Promise<MerchantClaim> =>
  sendJson("POST", "/api/shops/merchant/entries", body, merchantClaimSchema, {
    headers: { "Idempotency-Key": idempotencyKey },
  });

export const saveEntry = (id: string, details: ShopDetails): Promise<SaveResult> =>
  sendJson("PUT", entryUrl(id), details, saveResultSchema);

/** multipart/form-data with the file as `photo`; the server reads the type from the content. */
export function uploadPhoto(id: string, photo: File): Promise<SaveResult> {
  const form = new FormData();
  form.append("photo", photo, photo.name);
  return sendForm(`${entryUrl(id)}/photo`, form, saveResultSchema);
}

/** With an empty JSON body: jsonRequired() refuses a body-less DELETE as of unknown media type (415). */
export const removePhoto = (id: string): Promise<SaveResult> =>
  sendJson("DELETE", `${entryUrl(id)}/photo`, {}, saveResultSchema);

export const fetchHistory = async (id: string): Promise<Revision[]> =>
  (await getJson(`${entryUrl(id)}/history`, historySchema)).revisions;
