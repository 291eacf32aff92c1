// The guide's synced collections and the schemas each record is checked against on arrival.
import { lifeSituationSchema, officeSchema, serviceSchema } from "../../lib/contract/guide";
import type { CollectionBinding } from "../../lib/sync";

export const guideCollections: CollectionBinding[] = [
  { name: "services", table: (db) => db.services, schema: serviceSchema },
  { name: "offices", table: (db) => db.offices, schema: officeSchema },
  { name: "life-situations", table: (db) => db.lifeSituations, schema: lifeSituationSchema },
];
