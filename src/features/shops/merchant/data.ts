// The merchant pages' look at the public directory on the device (synced collection "shops").
import { appDb } from "../../../lib/db";
import type { Shop } from "../../../lib/contract/shops";

export const shopOnDevice = (id: string): Promise<Shop | undefined> => appDb().shops.get(id);
