// The offices and services as the services guide holds them (sync feed), read for booking.
import { type Office, officeSchema, type Service, serviceSchema } from "../../../src/lib/contract/guide";
import type { Db } from "../../db/database";

async function readEntry(db: Db, collection: string, id: string): Promise<unknown> {
  const row = await db
    .selectFrom("sync_entries")
    .select("data")
    .where("collection", "=", collection)
    .where("id", "=", id)
    .where("deleted", "=", 0)
    .executeTakeFirst();
  return row?.data ? (JSON.parse(row.data) as unknown) : undefined;
}

export async function findOffice(db: Db, id: string): Promise<Office | undefined> {
  const data = await readEntry(db, "offices", id);
  const parsed = officeSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

export async function findServices(db: Db, ids: string[]): Promise<Map<string, Service>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("sync_entries")
    .select(["id", "data"])
    .where("collection", "=", "services")
    .where("id", "in", ids)
    .where("deleted", "=", 0)
    .execute();
  const services = new Map<string, Service>();
  for (const row of rows) {
    const parsed = serviceSchema.safeParse(row.data ? JSON.parse(row.data) : undefined);
    if (parsed.success) services.set(row.id, parsed.data);
  }
  return services;
}
