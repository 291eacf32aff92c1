// The merchant's requests (server/features/shops). Online only: a claim, a new entry and a change
// each get an answer the page shows at once (published or waiting for review, the fields at fault),
// which a queued write could not give. Nothing of it is stored on the device; the public directory
// reaches it by the sync.
import type {
  ClaimWrite,
  MerchantClaim,
  MerchantOverview,
  NewShopWrite,
  Revision,
  SaveResult,
  ShopDetails,
} from "../../../lib/contract/shops";
import type { z } from "../../../lib/contract/zod";
import { send } from "../../../lib/http";
import { historySchema, merchantClaimSchema, merchantOverviewSchema, saveResultSchema } from "./answers";

const JSON_HEADERS = { "Content-Type": "application/json", Accept: "application/json" };

async function read<T>(url: string, schema: z.ZodType<T>): Promise<T> {
  const response = await send(fetch, url, { headers: { Accept: "application/json" }, cache: "no-store" });
  return schema.parse(await response.json());
}

async function write<T>(
  method: "POST" | "PUT" | "DELETE",
  url: string,
  body: unknown,
  schema: z.ZodType<T>,
  headers: Record<string, string> = {},
) {
  const response = await send(fetch, url, {
    method,
    headers: { ...JSON_HEADERS, ...headers },
    body: JSON.stringify(body),
    cache: "no-store",
  });
  return schema.parse(await response.json());
}

const entryUrl = (id: string) => `/api/shops/merchant/entries/${encodeURIComponent(id)}`;

export const fetchOverview = (): Promise<MerchantOverview> =>
  read("/api/shops/merchant", merchantOverviewSchema);

export const claimShop = (shopId: string, body: ClaimWrite): Promise<MerchantClaim> =>
  write("POST", `/api/shops/${encodeURIComponent(shopId)}/claim`, body, merchantClaimSchema);

/**
 * `idempotencyKey`: the same for a repeat of the same request (after an answer got lost), so the
 * entry is not created twice.
 */
export const createEntry = (body: NewShopWrite, idempotencyKey: string): Promise<MerchantClaim> =>
  write("POST", "/api/shops/merchant/entries", body, merchantClaimSchema, {
    "Idempotency-Key": idempotencyKey,
  });

export const saveEntry = (id: string, details: ShopDetails): Promise<SaveResult> =>
  write("PUT", entryUrl(id), details, saveResultSchema);

/** multipart/form-data with the file as `photo`; the server reads the type from the content. */
export async function uploadPhoto(id: string, photo: File): Promise<SaveResult> {
  const form = new FormData();
  form.append("photo", photo, photo.name);
  const response = await send(fetch, `${entryUrl(id)}/photo`, {
    method: "POST",
    headers: { Accept: "application/json" },
    body: form,
    cache: "no-store",
  });
  return saveResultSchema.parse(await response.json());
}

/** With an empty JSON body: the server refuses a body-less DELETE as of unknown media type (415). */
export const removePhoto = (id: string): Promise<SaveResult> =>
  write("DELETE", `${entryUrl(id)}/photo`, {}, saveResultSchema);

export const fetchHistory = async (id: string): Promise<Revision[]> =>
  (await read(`${entryUrl(id)}/history`, historySchema)).revisions;
