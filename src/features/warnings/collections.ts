// Warnings on the device: synced from the public feed, readable offline.
import { warningSchema } from "../../lib/contract/warnings";
import type { CollectionBinding } from "../../lib/sync";

export const warningCollections: CollectionBinding[] = [
  { name: "warnings", table: (db) => db.warnings, schema: warningSchema },
];
