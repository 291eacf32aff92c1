// Every collection the device keeps a copy of, bound to its table of the device's database, as the
// contract's registry (src/lib/contract/collections.ts) lists them.
import { SYNCED_COLLECTIONS } from "./contract/collections";
import type { CollectionBinding } from "./sync";

export const syncedCollections: CollectionBinding[] = SYNCED_COLLECTIONS.map((collection) => ({
  name: collection.name,
  table: (db) => db[collection.table],
  schema: collection.schema,
  personal: collection.visibility === "personal",
}));
