// Consultation requests to the economic development agency (dwfg): one row each, the request as
// sent (without the consent flag, which every stored request has given) and its state.
import { randomUUID } from "node:crypto";
import {
  CONSULTATION_TOPICS,
  type Consultation,
  type ConsultationWrite,
} from "../../../src/lib/contract/business";
import { z } from "../../../src/lib/contract/zod";
import type { Db } from "../../db/database";
import type { ConsultationTable } from "../../db/schema";
import { newReference } from "../../lib/reference";

/** What the data column holds; parsed on the way out, so an old or damaged row fails loudly. */
const storedSchema = z.object({
  name: z.string(),
  company: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  topic: z.enum(CONSULTATION_TOPICS),
  message: z.string(),
});

/** Read out on the phone: "DW-" and two groups of four without look-alike characters. */
export const newConsultationReference = () => newReference("DW");

export async function insertConsultation(
  db: Db,
  write: ConsultationWrite,
  accountId: string | null,
  now: Date,
): Promise<Consultation> {
  const { consent: _consent, ...request } = write;
  const row: ConsultationTable = {
    id: randomUUID(),
    reference: newConsultationReference(),
    data: JSON.stringify(request),
    state: "new",
    account_id: accountId,
    created_at: now.toISOString(),
  };
  await db.insertInto("consultations").values(row).execute();
  return consultationOf(row);
}

function consultationOf(row: ConsultationTable): Consultation {
  return {
    ...storedSchema.parse(JSON.parse(row.data)),
    id: row.id,
    reference: row.reference,
    createdAt: row.created_at,
    state: row.state === "done" ? "done" : "new",
  };
}

/** How many answered requests the console lists beside the open ones. */
const DONE_SHOWN = 100;

/** Open requests oldest first (first come, first served), then the latest answered ones. */
export async function listConsultations(db: Db): Promise<Consultation[]> {
  const open = await db
    .selectFrom("consultations")
    .selectAll()
    .where("state", "=", "new")
    .orderBy("created_at")
    .execute();
  const done = await db
    .selectFrom("consultations")
    .selectAll()
    .where("state", "=", "done")
    .orderBy("created_at", "desc")
    .limit(DONE_SHOWN)
    .execute();
  return [...open, ...done].map(consultationOf);
}

/** Marks the request answered; undefined when there is none with this id. Doing it twice is fine. */
export async function markConsultationDone(db: Db, id: string): Promise<Consultation | undefined> {
  await db.updateTable("consultations").set({ state: "done" }).where("id", "=", id).execute();
  const row = await db.selectFrom("consultations").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? consultationOf(row) : undefined;
}

/**
 * Requests hold personal data: one that was answered (done) leaves the database a year after it came
 * in. Open requests stay until someone answers them.
 */
export async function removeAnsweredConsultations(db: Db, createdBefore: string): Promise<number> {
  const result = await db
    .deleteFrom("consultations")
    .where("state", "=", "done")
    .where("created_at", "<", createdBefore)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
