// Platform (server/platform/): shared by several features, owned by none.
// The collections the change feed serves: the contract's registry (src/lib/contract/collections.ts),
// which also tells the device what to pull and what to wipe at sign-out.
import { findSyncedCollection, type SyncedCollection } from "../../../src/lib/contract/collections";

export type CollectionDefinition = Pick<SyncedCollection, "visibility">;

export function findCollection(name: string): CollectionDefinition | undefined {
  return findSyncedCollection(name);
}
