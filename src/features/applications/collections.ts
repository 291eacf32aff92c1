// The signed-in account's applications with their status timeline, for offline reading.
import { applicationSchema } from "../../lib/contract/application-record";
import type { CollectionBinding } from "../../lib/sync";

export const applicationCollections: CollectionBinding[] = [
  { name: "applications", table: (db) => db.applications, schema: applicationSchema, personal: true },
];
