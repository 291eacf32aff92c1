// Delmenhorst Shopping on the device: the directory and the market / Sunday shopping calendar.
import {
  SHOPPING_DAYS_COLLECTION,
  SHOPS_COLLECTION,
  shoppingDaySchema,
  shopSchema,
} from "../../lib/contract/shops";
import type { CollectionBinding } from "../../lib/sync";

export const shopCollections: CollectionBinding[] = [
  { name: SHOPS_COLLECTION, table: (db) => db.shops, schema: shopSchema },
  { name: SHOPPING_DAYS_COLLECTION, table: (db) => db.shoppingDays, schema: shoppingDaySchema },
];
