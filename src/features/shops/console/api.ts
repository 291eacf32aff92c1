// The console's requests for Delmenhorst Shopping (server/features/shops/staff-routes.ts): merchants'
// claims, changes waiting for review, the entries with their merchant and trust, the history and
// the OpenStreetMap import. Answers are checked against the contract's types; nothing is stored.
import type {
  MerchantTrust,
  OsmImportResult,
  Revision,
  StaffChange,
  StaffClaim,
} from "../../../lib/contract/shops";
import { z } from "../../../lib/contract/zod";
import { send } from "../../../lib/http";
import {
  historySchema,
  osmImportResultSchema,
  staffChangeSchema,
  staffClaimSchema,
  type StaffEntry,
  staffEntrySchema,
} from "../merchant/answers";

export type { StaffEntry };

const BASE = "/api/staff/shops";
const JSON_HEADERS = { "Content-Type": "application/json", Accept: "application/json" };

async function read<T>(url: string, schema: z.ZodType<T>): Promise<T> {
  const response = await send(fetch, url, { headers: { Accept: "application/json" }, cache: "no-store" });
  return schema.parse(await response.json());
}

async function write<T>(
  method: "POST" | "PUT",
  url: string,
  body: unknown,
  schema: z.ZodType<T>,
): Promise<T> {
  const response = await send(fetch, url, {
    method,
    headers: JSON_HEADERS,
    body: JSON.stringify(body),
    cache: "no-store",
  });
  return schema.parse(await response.json());
}

export const fetchClaims = async (): Promise<StaffClaim[]> =>
  (await read(`${BASE}/claims`, z.object({ claims: z.array(staffClaimSchema) }))).claims;

export type ClaimDecision =
  { decision: "approve"; trust: MerchantTrust } | { decision: "refuse"; reason: string };

/** The page reloads the lists after a decision (a refused new entry is gone with its claim). */
export async function decideClaim(id: string, body: ClaimDecision): Promise<void> {
  await write("POST", `${BASE}/claims/${encodeURIComponent(id)}/decision`, body, z.unknown());
}

export const fetchChanges = async (): Promise<StaffChange[]> =>
  (await read(`${BASE}/changes`, z.object({ changes: z.array(staffChangeSchema) }))).changes;

export type ChangeDecision = { decision: "publish" } | { decision: "refuse"; reason: string };

export async function decideChange(id: string, body: ChangeDecision): Promise<void> {
  await write("POST", `${BASE}/changes/${encodeURIComponent(id)}/decision`, body, z.unknown());
}

export const fetchEntries = async (): Promise<StaffEntry[]> =>
  (await read(`${BASE}/entries`, z.object({ entries: z.array(staffEntrySchema) }))).entries;

export async function setEntryTrust(id: string, trust: MerchantTrust): Promise<void> {
  await write("PUT", `${BASE}/entries/${encodeURIComponent(id)}/trust`, { trust }, z.unknown());
}

export const fetchEntryHistory = async (id: string): Promise<Revision[]> =>
  (await read(`${BASE}/entries/${encodeURIComponent(id)}/history`, historySchema)).revisions;

/** An OpenStreetMap GeoJSON export (overpass); the server takes what it can and says what it left out. */
export const importOsm = (collection: unknown): Promise<OsmImportResult> =>
  write("POST", `${BASE}/import`, collection, osmImportResultSchema);
