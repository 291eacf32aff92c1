// The waste calendar on the device: districts and streets come by sync (public feeds
// "waste-districts", "waste-streets"); the picked address is this device's own row.
import { appDb, type WasteAddress } from "../../lib/db";

export const allStreets = () => appDb().wasteStreets.orderBy("name").toArray();
export const districtById = (id: string) => appDb().wasteDistricts.get(id);
export const savedAddress = () => appDb().wasteAddress.get("address");

export async function saveAddress(streetId: string, houseNumber: string): Promise<void> {
  const row: WasteAddress = { key: "address", streetId, houseNumber: houseNumber.trim() };
  await appDb().wasteAddress.put(row);
}

export const forgetAddress = () => appDb().wasteAddress.delete("address");
