// The collections the change feed serves, with the schema their data must satisfy.
import type { z } from "zod";
import { lifeSituationSchema, officeSchema, serviceSchema } from "../../../src/lib/contract/guide";
import type { PublicCollection } from "../../../src/lib/contract/sync";

export type CollectionDefinition = {
  schema: z.ZodType;
  /** public: everyone reads everything; personal: each account reads only its own entries. */
  visibility: "public" | "personal";
};

export const collections: Record<PublicCollection, CollectionDefinition> = {
  services: { schema: serviceSchema, visibility: "public" },
  offices: { schema: officeSchema, visibility: "public" },
  "life-situations": { schema: lifeSituationSchema, visibility: "public" },
};

export function findCollection(name: string): CollectionDefinition | undefined {
  return Object.hasOwn(collections, name) ? collections[name as PublicCollection] : undefined;
}
