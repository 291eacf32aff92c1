// SQL for push subscriptions and the job's delivery records.
import { randomUUID } from "node:crypto";
import { type Selectable, sql } from "kysely";
import { pushPreferencesSchema, type PushPreferences } from "../../../src/lib/contract/warnings";
import { inTransaction, isUniqueViolation, type Db } from "../../db/database";
import type { PushDeliveryTable, PushSubscriptionTable } from "../../db/schema";

export type SubscriptionInput = {
  endpoint: string;
  p256dh: string;
  auth: string;
  manageTokenHash: string;
  /** The signed-in account and session of the request, if any (postbox notices). */
  signedIn: SignedInDevice | null;
  preferences: PushPreferences;
  /** False: a row for this endpoint must not exist (SubscriptionExists otherwise). Default true. */
  replace?: boolean;
};

export class SubscriptionExists extends Error {}

export type SignedInDevice = { accountId: string; sessionHash: string };

/** A new subscription, or the existing row of this endpoint updated (browsers resubscribe). */
export async function upsertSubscription(db: Db, input: SubscriptionInput): Promise<string> {
  const now = new Date().toISOString();
  const changes = {
    p256dh: input.p256dh,
    auth: input.auth,
    manage_token_hash: input.manageTokenHash,
    account_id: input.signedIn?.accountId ?? null,
    session_hash: input.signedIn?.sessionHash ?? null,
    preferences: JSON.stringify(input.preferences),
    updated_at: now,
  };
  const update = async () => {
    const row = await db
      .updateTable("push_subscriptions")
      .set(changes)
      .where("endpoint", "=", input.endpoint)
      .returning("id")
      .executeTakeFirst();
    return row?.id;
  };
  const existing = input.replace === false ? undefined : await update();
  if (existing) return existing;
  const id = randomUUID();
  try {
    await db
      .insertInto("push_subscriptions")
      .values({ id, endpoint: input.endpoint, created_at: now, ...changes })
      .execute();
    return id;
  } catch (error) {
    // The same browser subscribing twice at once: the other request inserted first.
    if (!isUniqueViolation(error)) throw error;
    if (input.replace === false) throw new SubscriptionExists();
    const raced = await update();
    if (!raced) throw error;
    return raced;
  }
}

export function findSubscriptionByEndpoint(
  db: Db,
  endpoint: string,
): Promise<Selectable<PushSubscriptionTable> | undefined> {
  return db.selectFrom("push_subscriptions").selectAll().where("endpoint", "=", endpoint).executeTakeFirst();
}

export function findSubscription(db: Db, id: string): Promise<Selectable<PushSubscriptionTable> | undefined> {
  return db.selectFrom("push_subscriptions").selectAll().where("id", "=", id).executeTakeFirst();
}

/** New preferences; the device's link to an account follows whoever is signed in on it now. */
export async function updatePreferences(
  db: Db,
  id: string,
  preferences: PushPreferences,
  signedIn: SignedInDevice | null,
): Promise<void> {
  await db
    .updateTable("push_subscriptions")
    .set({
      preferences: JSON.stringify(preferences),
      account_id: signedIn?.accountId ?? null,
      session_hash: signedIn?.sessionHash ?? null,
      updated_at: new Date().toISOString(),
    })
    .where("id", "=", id)
    .execute();
}

export async function deleteSubscription(db: Db, id: string): Promise<void> {
  await db.deleteFrom("push_subscriptions").where("id", "=", id).execute();
}

/** Preferences are JSON in the table: parsed, and a row that no longer parses is left out. */
export function parsePreferences(text: string): PushPreferences | null {
  try {
    const parsed = pushPreferencesSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export type SubscriptionRow = Pick<
  PushSubscriptionTable,
  "id" | "endpoint" | "p256dh" | "auth" | "preferences"
> & {
  timeouts: number;
};

/**
 * A subscription is removed, as after a 410, once this many deliveries in a row timed out over at
 * least a day: a push service's bad hour must not cost its subscribers their warnings for good.
 */
export const TIMEOUTS_BEFORE_REMOVAL = 3;
export const TIMEOUT_REMOVAL_SPAN_MS = 24 * 3600_000;

/** All subscriptions: a warning may concern any place. */
export function listSubscriptions(db: Db): Promise<SubscriptionRow[]> {
  return db
    .selectFrom("push_subscriptions")
    .select(["id", "endpoint", "p256dh", "auth", "preferences", "timeouts"])
    .execute();
}

/**
 * The account's devices, counting only those whose session is still alive: signing out (here or
 * everywhere) or an expired session ends postbox notices on a shared device without its help.
 */
export function accountDevices(db: Db, accountId: string, now = new Date()): Promise<SubscriptionRow[]> {
  return db
    .selectFrom("push_subscriptions")
    .innerJoin("sessions", "sessions.id_hash", "push_subscriptions.session_hash")
    .select([
      "push_subscriptions.id",
      "push_subscriptions.endpoint",
      "push_subscriptions.p256dh",
      "push_subscriptions.auth",
      "push_subscriptions.preferences",
      "push_subscriptions.timeouts",
    ])
    .where("push_subscriptions.account_id", "=", accountId)
    .where("sessions.account_id", "=", accountId)
    .where("sessions.expires_at", ">", now.toISOString())
    .execute();
}

export async function deliveredSubscriptionIds(db: Db, jobId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom("push_deliveries")
    .select("subscription_id")
    .where("job_id", "=", jobId)
    .execute();
  return new Set(rows.map((row) => row.subscription_id));
}

export type DeliveryRecord = Omit<PushDeliveryTable, "job_id"> & {
  /** A message arrived at a subscription whose earlier ones timed out: its count starts again. */
  clearsTimeouts?: boolean;
};

/**
 * Deliveries, the job's counters, the timeout counts, and the removal of gone subscriptions (410, or
 * the third timeout in a row), in one transaction.
 */
export async function recordDeliveries(db: Db, jobId: string, records: DeliveryRecord[]): Promise<void> {
  if (records.length === 0) return;
  const count = (status: DeliveryRecord["status"]) => records.filter((r) => r.status === status).length;
  const removed = records.filter((r) => r.status === "removed").map((r) => r.subscription_id);
  const timedOut = records.filter((r) => r.status === "timeout").map((r) => r.subscription_id);
  const cleared = records.filter((r) => r.clearsTimeouts).map((r) => r.subscription_id);
  const latest = records.reduce((at, r) => (r.at > at ? r.at : at), "");
  const removableSince = new Date(Date.parse(latest) - TIMEOUT_REMOVAL_SPAN_MS).toISOString();
  await inTransaction(db, async (trx) => {
    // 200 rows × 5 values stays far below SQLite's and PostgreSQL's parameter limits.
    for (let i = 0; i < records.length; i += 200) {
      const rows = records
        .slice(i, i + 200)
        .map(({ clearsTimeouts: _, ...record }) => ({ job_id: jobId, ...record }));
      await trx
        .insertInto("push_deliveries")
        .values(rows)
        .onConflict((oc) => oc.columns(["job_id", "subscription_id"]).doNothing())
        .execute();
    }
    await trx
      .updateTable("push_jobs")
      .set({
        sent: sql`sent + ${count("sent")}`,
        failed: sql`failed + ${count("failed") + count("timeout")}`,
        removed: sql`removed + ${count("removed")}`,
      })
      .where("id", "=", jobId)
      .execute();
    for (let i = 0; i < cleared.length; i += 500) {
      await trx
        .updateTable("push_subscriptions")
        .set({ timeouts: 0, timeout_since: null })
        .where("id", "in", cleared.slice(i, i + 500))
        .execute();
    }
    for (let i = 0; i < timedOut.length; i += 500) {
      const ids = timedOut.slice(i, i + 500);
      await trx
        .updateTable("push_subscriptions")
        .set({ timeouts: sql`timeouts + 1`, timeout_since: sql`coalesce(timeout_since, ${latest})` })
        .where("id", "in", ids)
        .execute();
      await trx
        .deleteFrom("push_subscriptions")
        .where("id", "in", ids)
        .where("timeouts", ">=", TIMEOUTS_BEFORE_REMOVAL)
        .where("timeout_since", "<=", removableSince)
        .execute();
    }
    for (let i = 0; i < removed.length; i += 500) {
      await trx
        .deleteFrom("push_subscriptions")
        .where("id", "in", removed.slice(i, i + 500))
        .execute();
    }
  });
}

// ---- The Bürgerbüro chat's answers (the chat links a conversation to devices: chat/push.ts) ----

export type ChatDevice = SubscriptionRow & { preview: number };

/**
 * The devices that asked to hear about answers in a conversation, as long as it is still going on:
 * an ended or blocked chat sends nothing more, even from a job written just before its end.
 */
export function conversationDevices(db: Db, conversationId: string): Promise<ChatDevice[]> {
  return db
    .selectFrom("chat_push_links")
    .innerJoin("push_subscriptions", "push_subscriptions.id", "chat_push_links.subscription_id")
    .innerJoin("chat_conversations", "chat_conversations.id", "chat_push_links.conversation_id")
    .select([
      "push_subscriptions.id",
      "push_subscriptions.endpoint",
      "push_subscriptions.p256dh",
      "push_subscriptions.auth",
      "push_subscriptions.preferences",
      "push_subscriptions.timeouts",
      "chat_push_links.preview",
    ])
    .where("chat_push_links.conversation_id", "=", conversationId)
    .where("chat_conversations.status", "in", ["waiting", "active"])
    .where("chat_conversations.blocked", "=", 0)
    .execute();
}

/**
 * The device a waste reminder goes to, while its reminder is still on: one switched off (or a
 * subscription removed, which takes its reminder along) after the job was written sends nothing.
 */
export function reminderDevice(db: Db, subscriptionId: string): Promise<SubscriptionRow | undefined> {
  return db
    .selectFrom("waste_reminders")
    .innerJoin("push_subscriptions", "push_subscriptions.id", "waste_reminders.subscription_id")
    .select([
      "push_subscriptions.id",
      "push_subscriptions.endpoint",
      "push_subscriptions.p256dh",
      "push_subscriptions.auth",
      "push_subscriptions.preferences",
      "push_subscriptions.timeouts",
    ])
    .where("waste_reminders.subscription_id", "=", subscriptionId)
    .executeTakeFirst();
}

/** The text of an agent's message, for the devices whose resident chose a preview. */
export async function agentMessageText(db: Db, conversationId: string, seq: number): Promise<string | null> {
  const row = await db
    .selectFrom("chat_entries")
    .select("text")
    .where("conversation_id", "=", conversationId)
    .where("seq", "=", seq)
    .where("kind", "=", "message")
    .where("author", "=", "agent")
    .executeTakeFirst();
  return row?.text ?? null;
}
