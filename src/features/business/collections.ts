// Support for businesses on the device: digital service providers and funding programmes.
import {
  digitalProviderSchema,
  FUNDING_COLLECTION,
  fundingProgrammeSchema,
  PROVIDERS_COLLECTION,
} from "../../lib/contract/business";
import type { CollectionBinding } from "../../lib/sync";

export const businessCollections: CollectionBinding[] = [
  { name: PROVIDERS_COLLECTION, table: (db) => db.digitalProviders, schema: digitalProviderSchema },
  { name: FUNDING_COLLECTION, table: (db) => db.fundingProgrammes, schema: fundingProgrammeSchema },
];
