// The services guide on the device: synced collections and the queries the pages use.
import { lifeSituationSchema, officeSchema, serviceSchema } from "../../lib/contract/guide";
import { appDb } from "../../lib/db";
import type { CollectionBinding } from "../../lib/sync";

export const guideCollections: CollectionBinding[] = [
  { name: "services", table: (db) => db.services, schema: serviceSchema },
  { name: "offices", table: (db) => db.offices, schema: officeSchema },
  { name: "life-situations", table: (db) => db.lifeSituations, schema: lifeSituationSchema },
];

export const allServices = () => appDb().services.toArray();
export const serviceById = (id: string) => appDb().services.get(id);
export const servicesByIds = async (ids: string[]) =>
  (await appDb().services.bulkGet(ids)).filter((s) => s !== undefined);
export const allLifeSituations = () => appDb().lifeSituations.toArray();
export const lifeSituationById = (id: string) => appDb().lifeSituations.get(id);
export const allOffices = () => appDb().offices.toArray();
export const officesByIds = async (ids: string[]) =>
  (await appDb().offices.bulkGet(ids)).filter((o) => o !== undefined);
export const officeById = (id: string) => appDb().offices.get(id);
export const servicesAtOffice = (officeId: string) =>
  appDb()
    .services.filter((s) => s.officeIds.includes(officeId))
    .toArray();
