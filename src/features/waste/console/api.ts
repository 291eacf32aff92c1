// The waste department's requests (server/features/waste/staff-routes.ts), parsed with the contract's schemas.
import { getJson, sendJson } from "../../../lib/api";
import {
  type DistrictWrite,
  importResultSchema,
  type StaffDistrict,
  staffDistrictSchema,
  streetsImportResultSchema,
} from "../../../lib/contract/waste";
import { z } from "../../../lib/contract/zod";

const BASE = "/api/staff/waste";
const districtUrl = (id: string) => `${BASE}/districts/${encodeURIComponent(id)}`;

export const fetchDistricts = async (): Promise<StaffDistrict[]> =>
  (await getJson(`${BASE}/districts`, z.object({ districts: z.array(staffDistrictSchema) }))).districts;

export const saveDistrict = (id: string, district: DistrictWrite): Promise<StaffDistrict> =>
  sendJson("PUT", districtUrl(id), district, staffDistrictSchema);

export const deleteDistrict = (id: string): Promise<void> =>
  sendJson("DELETE", districtUrl(id), undefined, undefined);

export const importCalendar = (id: string, ics: string) =>
  sendJson("POST", `${districtUrl(id)}/import`, { ics }, importResultSchema);

export const refreshDistrict = (id: string) =>
  sendJson("POST", `${districtUrl(id)}/refresh`, undefined, importResultSchema);

export const importStreets = (csv: string) =>
  sendJson("POST", `${BASE}/streets/import`, { csv }, streetsImportResultSchema);
