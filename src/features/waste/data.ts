// The waste calendar on the device: districts and streets come by sync (public feeds
// "waste-districts", "waste-streets"); the picked address is this device's own row and, signed in,
// also kept on the account (through the outbox) so the resident's other devices know it.
import type { WasteAddressOfAccount } from "../../lib/contract/account";
import { appDb, type WasteAddress } from "../../lib/db";
import { queueWrite } from "../account/outbox-entries";
import { addressOf } from "./address";

export const allStreets = () => appDb().wasteStreets.orderBy("name").toArray();
export const districtById = (id: string) => appDb().wasteDistricts.get(id);
export const savedAddress = () => addressOf(appDb());

export async function saveAddress(streetId: string, houseNumber: string): Promise<void> {
  const row: WasteAddress = { key: "address", streetId, houseNumber: houseNumber.trim() };
  await appDb().wasteAddress.put(row);
  await keepOnAccount({ streetId: row.streetId, houseNumber: row.houseNumber });
}

export async function forgetAddress(): Promise<void> {
  await appDb().wasteAddress.delete("address");
  await keepOnAccount(null);
}

async function keepOnAccount(wasteAddress: WasteAddressOfAccount | null): Promise<void> {
  const session = await appDb().session.get("current");
  if (!session) return;
  const accountId = session.account.id;
  await queueWrite(
    {
      kind: "account-waste-address",
      ref: accountId,
      method: "PATCH",
      url: "/api/account/waste-address",
      body: { wasteAddress },
    },
    () => appDb().profile.update(accountId, { wasteAddress }),
  );
}
