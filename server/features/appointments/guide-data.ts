// The offices and services as the services guide holds them (sync feed), read for booking. Parsed
// entries are kept per database and version: every slot query reads them, and they rarely change.
import { type Office, officeSchema, type Service, serviceSchema } from "../../../src/lib/contract/guide";
import type { z } from "../../../src/lib/contract/zod";
import type { Db } from "../../db/database";
import { liveEntryRows } from "../../platform/sync/store";
import { serviceLinesOf } from "./views";

const parsedByDb = new WeakMap<Db, Map<string, unknown>>();
const PARSED_MAX = 1_000;

function parseOnce<S extends z.ZodType>(db: Db, schema: S, key: string, data: string | null) {
  let parsed = parsedByDb.get(db);
  if (!parsed) parsedByDb.set(db, (parsed = new Map()));
  if (!parsed.has(key)) {
    const result = schema.safeParse(data ? JSON.parse(data) : undefined);
    if (parsed.size >= PARSED_MAX) parsed.clear();
    parsed.set(key, result.success ? result.data : undefined);
  }
  // Only this function writes the map, with the output of `schema` for this key.
  return parsed.get(key) as z.output<S> | undefined;
}

export async function findOffice(db: Db, id: string): Promise<Office | undefined> {
  const [row] = await liveEntryRows(db, "offices", [id]);
  return row ? parseOnce(db, officeSchema, `${row.id}/${row.version}`, row.data) : undefined;
}

export async function findServices(db: Db, ids: string[]): Promise<Map<string, Service>> {
  const services = new Map<string, Service>();
  if (ids.length === 0) return services;
  for (const row of await liveEntryRows(db, "services", ids)) {
    const service = parseOnce(db, serviceSchema, `${row.id}/${row.version}`, row.data);
    if (service) services.set(row.id, service);
  }
  return services;
}

/** The office and services an appointment names, for its views, calendar file and mails. */
export async function guideOf(db: Db, row: { office_id: string; services: string }) {
  const [office, services] = await Promise.all([
    findOffice(db, row.office_id),
    findServices(
      db,
      serviceLinesOf(row).map((l) => l.serviceId),
    ),
  ]);
  return { office, services };
}
