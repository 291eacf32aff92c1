// The table `push_jobs`: one row per event to push (a warning's new state, a postbox message),
// written in the caller's transaction and worked off by the engine (engine.ts).
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Db } from "../../db/database";
import type { PushJobTable } from "../../db/schema";

export async function jobExists(db: Db, ref: string): Promise<boolean> {
  const row = await db.selectFrom("push_jobs").select("id").where("ref", "=", ref).executeTakeFirst();
  return row !== undefined;
}

export async function insertJob(db: Db, job: { topic: string; ref: string; payload: string }): Promise<void> {
  await db
    .insertInto("push_jobs")
    .values({
      id: randomUUID(),
      ...job,
      status: "pending",
      sent: 0,
      failed: 0,
      removed: 0,
      created_at: new Date().toISOString(),
      finished_at: null,
    })
    .execute();
}

export async function jobStatus(db: Db, id: string): Promise<PushJobTable["status"] | undefined> {
  const row = await db.selectFrom("push_jobs").select("status").where("id", "=", id).executeTakeFirst();
  return row?.status;
}

export async function markJobRunning(db: Db, id: string): Promise<void> {
  await db.updateTable("push_jobs").set({ status: "running" }).where("id", "=", id).execute();
}

export async function markJobDone(db: Db, id: string, at: Date): Promise<void> {
  await db
    .updateTable("push_jobs")
    .set({ status: "done", finished_at: at.toISOString() })
    .where("id", "=", id)
    .execute();
}

/** Warnings first, then the oldest. */
export function openJobs(db: Db, limit: number): Promise<PushJobTable[]> {
  return db
    .selectFrom("push_jobs")
    .selectAll()
    .where("status", "in", ["pending", "running"])
    .orderBy(sql`case when topic = 'warnings' then 0 else 1 end`)
    .orderBy("created_at")
    .orderBy("id")
    .limit(limit)
    .execute();
}
