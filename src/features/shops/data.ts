// The directory on the device (the sync fills the tables, see ./collections.ts): the queries the pages
// and the map use. Without the schemas, so that the pages do not load zod.
import type { Shop, ShoppingDay } from "../../lib/contract/shops";
import { SHOPPING_DAYS_COLLECTION, SHOPS_COLLECTION } from "../../lib/contract/shops-constants";
import { appDb } from "../../lib/db";

export const allShops = (): Promise<Shop[]> => appDb().shops.toArray();

export const shopById = (id: string): Promise<Shop | undefined> => appDb().shops.get(id);

export const allShoppingDays = (): Promise<ShoppingDay[]> => appDb().shoppingDays.toArray();

/** Whether the collection came to this device at least once: an empty table means "none" only then. */
async function synced(collection: string): Promise<boolean> {
  const state = await appDb().syncState.get(collection);
  return Boolean(state?.syncedAt);
}

export const shopsSynced = () => synced(SHOPS_COLLECTION);
export const shoppingDaysSynced = () => synced(SHOPPING_DAYS_COLLECTION);
