// The personal change feed of the signed-in account, kept on the device for offline reading.
import { documentSchema, postboxMessageSchema, profileSchema } from "../../lib/contract/account";
import type { CollectionBinding } from "../../lib/sync";

export const accountCollections: CollectionBinding[] = [
  { name: "profile", table: (db) => db.profile, schema: profileSchema, personal: true },
  { name: "documents", table: (db) => db.documents, schema: documentSchema, personal: true },
  { name: "postbox", table: (db) => db.postbox, schema: postboxMessageSchema, personal: true },
];
