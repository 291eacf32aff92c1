// The console's requests for Delmenhorst Shopping (server/features/shops/staff-routes.ts): merchants'
// claims, changes waiting for review, the entries with their merchant and trust, the history and
// the OpenStreetMap import. Every answer is parsed with the contract's schemas; nothing is stored.
import { getJson, sendJson } from "../../../lib/api";
import {
  historySchema,
  type MerchantTrust,
  type OsmImportResult,
  osmImportResultSchema,
  type Revision,
  type StaffChange,
  staffChangeSchema,
  type StaffClaim,
  staffClaimSchema,
  type StaffEntry,
  staffEntrySchema,
} from "../../../lib/contract/shops";
import { z } from "../../../lib/contract/zod";

export type { StaffEntry };

const BASE = "/api/staff/shops";

export const fetchClaims = async (): Promise<StaffClaim[]> =>
  (await getJson(`${BASE}/claims`, z.object({ claims: z.array(staffClaimSchema) }))).claims;

export type ClaimDecision =
  { decision: "approve"; trust: MerchantTrust } | { decision: "refuse"; reason: string };

/** The page reloads the lists after a decision (a refused new entry is gone with its claim). */
export const decideClaim = (id: string, body: ClaimDecision): Promise<void> =>
  sendJson("POST", `${BASE}/claims/${encodeURIComponent(id)}/decision`, body);

export const fetchChanges = async (): Promise<StaffChange[]> =>
  (await getJson(`${BASE}/changes`, z.object({ changes: z.array(staffChangeSchema) }))).changes;

export type ChangeDecision = { decision: "publish" } | { decision: "refuse"; reason: string };

export const decideChange = (id: string, body: ChangeDecision): Promise<void> =>
  sendJson("POST", `${BASE}/changes/${encodeURIComponent(id)}/decision`, body);

export const fetchEntries = async (): Promise<StaffEntry[]> =>
  (await getJson(`${BASE}/entries`, z.object({ entries: z.array(staffEntrySchema) }))).entries;

export const setEntryTrust = (id: string, trust: MerchantTrust): Promise<void> =>
  sendJson("PUT", `${BASE}/entries/${encodeURIComponent(id)}/trust`, { trust });

export const fetchEntryHistory = async (id: string): Promise<Revision[]> =>
  (await getJson(`${BASE}/entries/${encodeURIComponent(id)}/history`, historySchema)).revisions;

/** An OpenStreetMap GeoJSON export (overpass); the server takes what it can and says what it left out. */
export const importOsm = (collection: unknown): Promise<OsmImportResult> =>
  sendJson("POST", `${BASE}/import`, collection, osmImportResultSchema);
