// The signed-in account's appointments, from the personal change feed, for offline reading.
import { appointmentSchema } from "../../lib/contract/appointments";
import type { CollectionBinding } from "../../lib/sync";

export const appointmentCollections: CollectionBinding[] = [
  { name: "appointments", table: (db) => db.appointments, schema: appointmentSchema, personal: true },
];
