// Every collection the device keeps a copy of. A feature that syncs adds its bindings here.
import type { CollectionBinding } from "../lib/sync";
import { accountCollections } from "../features/account/collections";
import { applicationCollections } from "../features/applications/collections";
import { appointmentCollections } from "../features/appointments/collections";
import { businessCollections } from "../features/business/collections";
import { mapCollections } from "../features/map/collections";
import { shopCollections } from "../features/shops/collections";
import { guideCollections } from "../features/services/collections";
import { warningCollections } from "../features/warnings/collections";

export const syncedCollections: CollectionBinding[] = [
  ...guideCollections,
  ...warningCollections,
  ...accountCollections,
  ...appointmentCollections,
  ...applicationCollections,
  ...mapCollections,
  ...shopCollections,
  ...businessCollections,
];
