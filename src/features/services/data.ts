// The services guide on the device: the queries the pages use (the sync fills the tables,
// see ./collections.ts).
import { appDb } from "../../lib/db";

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
