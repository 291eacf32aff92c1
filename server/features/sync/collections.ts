// The collections the change feed serves, with the schema their data must satisfy.
import type { z } from "zod";
import { applicationSchema } from "../../../src/lib/contract/applications";
import { appointmentSchema } from "../../../src/lib/contract/appointments";
import { documentSchema, postboxMessageSchema, profileSchema } from "../../../src/lib/contract/account";
import { lifeSituationSchema, officeSchema, serviceSchema } from "../../../src/lib/contract/guide";
import { collectionOfLayer, MAP_LAYERS, mapFeatureSchemas } from "../../../src/lib/contract/map";
import {
  digitalProviderSchema,
  FUNDING_COLLECTION,
  fundingProgrammeSchema,
  PROVIDERS_COLLECTION,
} from "../../../src/lib/contract/business";
import {
  SHOPPING_DAYS_COLLECTION,
  SHOPS_COLLECTION,
  shoppingDaySchema,
  shopSchema,
} from "../../../src/lib/contract/shops";
import { warningSchema } from "../../../src/lib/contract/warnings";

export type CollectionDefinition = {
  schema: z.ZodType;
  /** public: everyone reads everything; personal: each account reads only its own entries. */
  visibility: "public" | "personal";
};

const collections = new Map<string, CollectionDefinition>([
  ["services", { schema: serviceSchema, visibility: "public" }],
  ["offices", { schema: officeSchema, visibility: "public" }],
  ["life-situations", { schema: lifeSituationSchema, visibility: "public" }],
  // Official warnings and city notices (server/features/warnings).
  ["warnings", { schema: warningSchema, visibility: "public" }],
  // The citizen account (server/features/account): master data, documents, postbox.
  ["profile", { schema: profileSchema, visibility: "personal" }],
  ["documents", { schema: documentSchema, visibility: "personal" }],
  ["postbox", { schema: postboxMessageSchema, visibility: "personal" }],
  // Appointments booked with the account (server/features/appointments).
  ["appointments", { schema: appointmentSchema, visibility: "personal" }],
  // Online applications with their status timeline (server/features/applications).
  ["applications", { schema: applicationSchema, visibility: "personal" }],
  // The city map's layers (server/features/map): what staff publish and imports bring.
  // Delmenhorst Shopping (server/features/shops) and the support for businesses (server/features/business).
  [SHOPS_COLLECTION, { schema: shopSchema, visibility: "public" }],
  [SHOPPING_DAYS_COLLECTION, { schema: shoppingDaySchema, visibility: "public" }],
  [PROVIDERS_COLLECTION, { schema: digitalProviderSchema, visibility: "public" }],
  [FUNDING_COLLECTION, { schema: fundingProgrammeSchema, visibility: "public" }],
  ...MAP_LAYERS.map(
    (layer) =>
      [collectionOfLayer(layer), { schema: mapFeatureSchemas[layer], visibility: "public" }] as const,
  ),
]);

export function findCollection(name: string): CollectionDefinition | undefined {
  return collections.get(name);
}
