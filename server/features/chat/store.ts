// The chat's SQL: conversations, their sequenced log, agents' duty, settings and cases (the hub's
// PostgreSQL wake-ups are in server/platform/hub/store.ts).
import type { Db } from "../../db/database";
import type {
  ChatAgentTable,
  ChatCaseTable,
  ChatConversationTable,
  ChatEntryTable,
  ChatSettingsTable,
} from "../../db/schema";
// Types of the office block at the end (canned answers, leads, statistics).
import type { ChatCannedAnswerTable } from "../../db/schema";

export const SETTINGS_ID = "chat";

export const insertConversation = (db: Db, row: ChatConversationTable) =>
  db.insertInto("chat_conversations").values(row).execute();

export const findConversation = (db: Db, id: string) =>
  db.selectFrom("chat_conversations").selectAll().where("id", "=", id).executeTakeFirst();

export const findConversationByToken = (db: Db, tokenHash: string) =>
  db.selectFrom("chat_conversations").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();

export const findConversationByStartKey = (db: Db, startKeyHash: string) =>
  db
    .selectFrom("chat_conversations")
    .selectAll()
    .where("start_key_hash", "=", startKeyHash)
    .executeTakeFirst();

/** The resident's newest conversation that is still waiting or active. */
export const findOpenConversationOf = (db: Db, accountId: string) =>
  db
    .selectFrom("chat_conversations")
    .selectAll()
    .where("account_id", "=", accountId)
    .where("status", "in", ["waiting", "active"])
    .orderBy("started_at", "desc")
    .executeTakeFirst();

/** The resident's newest conversation, open or not. */
export const findLatestConversationOf = (db: Db, accountId: string) =>
  db
    .selectFrom("chat_conversations")
    .selectAll()
    .where("account_id", "=", accountId)
    .orderBy("started_at", "desc")
    .executeTakeFirst();

export type NewEntry = Omit<ChatEntryTable, "conversation_id" | "seq">;

/**
 * Raises the conversation's last_seq and returns the row as it is now. On PostgreSQL the update
 * locks the row until the transaction ends, so concurrent writers take their numbers one after the
 * other; SQLite runs one write transaction at a time. Either way a rollback gives the number back:
 * no gaps.
 */
export const bumpSeq = (db: Db, conversationId: string) =>
  db
    .updateTable("chat_conversations")
    .set((eb) => ({ last_seq: eb("last_seq", "+", 1) }))
    .where("id", "=", conversationId)
    .returningAll()
    .executeTakeFirst();

/** Gives a number taken by bumpSeq back, in the same transaction (nothing was written with it). */
export const giveBackSeq = (db: Db, conversationId: string, lastSeq: number) =>
  db.updateTable("chat_conversations").set({ last_seq: lastSeq }).where("id", "=", conversationId).execute();

export async function insertEntry(db: Db, conversationId: string, seq: number, entry: NewEntry) {
  const row: ChatEntryTable = { conversation_id: conversationId, seq, ...entry };
  await db.insertInto("chat_entries").values(row).execute();
  return row;
}

/** An entry with what the API shows of its file (name, type, size), if it has one. */
export type EntryRow = ChatEntryTable & {
  file_name: string | null;
  file_media_type: string | null;
  file_size: number | null;
};

const entriesWithFiles = (db: Db) =>
  db
    .selectFrom("chat_entries")
    .leftJoin("files", "files.id", "chat_entries.file_id")
    .selectAll("chat_entries")
    .select(["files.name as file_name", "files.media_type as file_media_type", "files.size as file_size"]);

export const findEntryByClientId = (db: Db, conversationId: string, clientId: string) =>
  entriesWithFiles(db)
    .where("chat_entries.conversation_id", "=", conversationId)
    .where("chat_entries.client_id", "=", clientId)
    .executeTakeFirst();

export const listEntriesAfter = (db: Db, conversationId: string, after: number, limit: number) =>
  entriesWithFiles(db)
    .where("chat_entries.conversation_id", "=", conversationId)
    .where("chat_entries.seq", ">", after)
    .orderBy("chat_entries.seq")
    .limit(limit)
    .execute();

/** The message entries of a conversation in order, with their file's name (for a transcript). */
export const listMessageEntries = (db: Db, conversationId: string) =>
  db
    .selectFrom("chat_entries")
    .leftJoin("files", "files.id", "chat_entries.file_id")
    .select([
      "chat_entries.author",
      "chat_entries.author_name",
      "chat_entries.text",
      "chat_entries.sent_at",
      "files.name as file_name",
    ])
    .where("chat_entries.conversation_id", "=", conversationId)
    .where("chat_entries.kind", "=", "message")
    .orderBy("chat_entries.seq")
    .execute();

// ---- Attachments (photos and PDFs: `files` rows of kind "chat" named by a message entry) ----

export async function countAttachments(db: Db, conversationId: string): Promise<number> {
  const row = await db
    .selectFrom("chat_entries")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("conversation_id", "=", conversationId)
    .where("file_id", "is not", null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** A file sent in this conversation, with its content; undefined for any other file. */
export const findConversationFile = (db: Db, conversationId: string, fileId: string) =>
  db
    .selectFrom("files")
    .innerJoin("chat_entries", "chat_entries.file_id", "files.id")
    .select(["files.id", "files.name", "files.media_type", "files.size", "files.content"])
    .where("chat_entries.conversation_id", "=", conversationId)
    .where("files.id", "=", fileId)
    .where("files.kind", "=", "chat")
    .executeTakeFirst();

/** The conversation's files in log order, with their content (copied into the postbox). */
export const listConversationFiles = (db: Db, conversationId: string) =>
  db
    .selectFrom("files")
    .innerJoin("chat_entries", "chat_entries.file_id", "files.id")
    .select(["files.name", "files.media_type", "files.content"])
    .where("chat_entries.conversation_id", "=", conversationId)
    .where("files.kind", "=", "chat")
    .orderBy("chat_entries.seq")
    .execute();

/** Marks a conversation saved into the postbox; false when it was saved before. */
export async function markSavedToPostbox(db: Db, id: string): Promise<boolean> {
  const result = await db
    .updateTable("chat_conversations")
    .set({ saved_to_postbox: 1 })
    .where("id", "=", id)
    .where("saved_to_postbox", "=", 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The rating, once: false when it was given before. */
export async function setRating(db: Db, id: string, rating: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable("chat_conversations")
    .set({ rating, rated_at: at })
    .where("id", "=", id)
    .where("rating", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The highest seq an author has marked read, or 0. */
export async function readUpToOf(db: Db, conversationId: string, author: string): Promise<number> {
  const row = await db
    .selectFrom("chat_entries")
    .select((eb) => eb.fn.max("read_up_to").as("upTo"))
    .where("conversation_id", "=", conversationId)
    .where("kind", "=", "read")
    .where("author", "=", author)
    .executeTakeFirst();
  return Number(row?.upTo ?? 0);
}

export const updateConversation = async (
  db: Db,
  id: string,
  changes: Partial<ChatConversationTable>,
  onlyIf: { status?: readonly string[]; agentId?: string },
) => {
  let query = db.updateTable("chat_conversations").set(changes).where("id", "=", id);
  if (onlyIf.status) query = query.where("status", "in", [...onlyIf.status]);
  if (onlyIf.agentId) query = query.where("agent_id", "=", onlyIf.agentId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
};

/** Waiting conversations of some departments, longest waiting first. */
export function listWaiting(db: Db, departments: readonly string[] | null, topic?: string) {
  let query = db
    .selectFrom("chat_conversations")
    .selectAll()
    .where("status", "=", "waiting")
    .orderBy("waiting_since")
    .orderBy("id");
  if (departments) query = query.where("department", "in", [...departments]);
  if (topic) query = query.where("topic", "=", topic);
  return query.execute();
}

/** Ahead of a waiting conversation in its department's queue. */
export async function countAhead(db: Db, conversation: ChatConversationTable): Promise<number> {
  const row = await db
    .selectFrom("chat_conversations")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("status", "=", "waiting")
    .where("department", "=", conversation.department)
    .where((eb) =>
      eb.or([
        eb("waiting_since", "<", conversation.waiting_since ?? ""),
        eb.and([eb("waiting_since", "=", conversation.waiting_since ?? ""), eb("id", "<", conversation.id)]),
      ]),
    )
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export const listActiveOf = (db: Db, agentId: string) =>
  db
    .selectFrom("chat_conversations")
    .selectAll()
    .where("status", "=", "active")
    .where("agent_id", "=", agentId)
    .orderBy("accepted_at")
    .execute();

export async function countActiveOf(db: Db, agentId: string): Promise<number> {
  const row = await db
    .selectFrom("chat_conversations")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("status", "=", "active")
    .where("agent_id", "=", agentId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Handling times (accepted to ended) of the conversations that ended since `since`. */
export const listHandledSince = (db: Db, since: string) =>
  db
    .selectFrom("chat_conversations")
    .select(["accepted_at", "ended_at"])
    .where("ended_at", ">=", since)
    .where("accepted_at", "is not", null)
    .execute();

// ---- Agents ----

export const findAgent = (db: Db, accountId: string) =>
  db.selectFrom("chat_agents").selectAll().where("account_id", "=", accountId).executeTakeFirst();

export async function writeAgent(db: Db, row: ChatAgentTable) {
  await db
    .insertInto("chat_agents")
    .values(row)
    .onConflict((oc) =>
      oc.column("account_id").doUpdateSet({
        on_duty: row.on_duty,
        capacity: row.capacity,
        expires_at: row.expires_at,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

/** Moves an agent's presence on (only while on duty is recorded; the caller checks expiry). */
export const renewDuty = (db: Db, accountId: string, expiresAt: string, now: string) =>
  db
    .updateTable("chat_agents")
    .set({ expires_at: expiresAt, updated_at: now })
    .where("account_id", "=", accountId)
    .execute();

/** Takes the agent's row lock (PostgreSQL) so that one agent's accepts are counted one at a time. */
export const lockAgent = (db: Db, accountId: string, now: string) =>
  db
    .updateTable("chat_agents")
    .set({ updated_at: now })
    .where("account_id", "=", accountId)
    .returningAll()
    .executeTakeFirst();

/** Agents whose presence has not expired, with their accounts. */
export const listOnDuty = (db: Db, now: string) =>
  db
    .selectFrom("chat_agents")
    .innerJoin("accounts", "accounts.id", "chat_agents.account_id")
    .select([
      "chat_agents.account_id",
      "chat_agents.capacity",
      "accounts.given_name",
      "accounts.family_name",
      "accounts.department",
      "accounts.role",
    ])
    .where("chat_agents.on_duty", "=", 1)
    .where("chat_agents.expires_at", ">", now)
    .where("accounts.disabled_at", "is", null)
    .orderBy("accounts.family_name")
    .execute();

// ---- Accounts (names and trust shown in the chat) ----

export const findAccountName = (db: Db, id: string) =>
  db.selectFrom("accounts").select(["given_name", "family_name"]).where("id", "=", id).executeTakeFirst();

export const findResidentAccount = (db: Db, id: string) =>
  db
    .selectFrom("accounts")
    .select(["given_name", "family_name", "email_verified_at", "identity_verified_at"])
    .where("id", "=", id)
    .executeTakeFirst();

// ---- Settings ----

export const readSettings = (db: Db) =>
  db.selectFrom("chat_settings").selectAll().where("id", "=", SETTINGS_ID).executeTakeFirst();

export async function writeSettings(db: Db, row: ChatSettingsTable) {
  await db
    .insertInto("chat_settings")
    .values(row)
    .onConflict((oc) =>
      oc.column("id").doUpdateSet({
        hours: row.hours,
        agent_departments: row.agent_departments,
        updated_at: row.updated_at,
        updated_by: row.updated_by,
      }),
    )
    .execute();
}

// ---- Cases ----

export const insertCase = (db: Db, row: ChatCaseTable) => db.insertInto("chat_cases").values(row).execute();

export const findCase = (db: Db, id: string) =>
  db.selectFrom("chat_cases").selectAll().where("id", "=", id).executeTakeFirst();

export const listCases = (db: Db, limit: number) =>
  db
    .selectFrom("chat_cases")
    .selectAll()
    .orderBy("status", "desc")
    .orderBy("created_at")
    .limit(limit)
    .execute();

export async function markCaseAnswered(db: Db, id: string, by: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable("chat_cases")
    .set({ status: "answered", answered_at: at, answered_by: by })
    .where("id", "=", id)
    .where("status", "=", "open")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A case whose answer could not be mailed is open again. */
export const reopenCase = (db: Db, id: string) =>
  db
    .updateTable("chat_cases")
    .set({ status: "open", answered_at: null, answered_by: null })
    .where("id", "=", id)
    .execute();

// ---- Retention ----

/** Conversations that ended before `before` and were not saved to a postbox, with their logs and files. */
export async function deleteEndedBefore(db: Db, before: string): Promise<number> {
  const ids = (
    await db
      .selectFrom("chat_conversations")
      .select("id")
      .where("ended_at", "<", before)
      .where("saved_to_postbox", "=", 0)
      .execute()
  ).map((row) => row.id);
  if (ids.length === 0) return 0;
  // The photos and PDFs go with their log.
  await db
    .deleteFrom("files")
    .where("kind", "=", "chat")
    .where("id", "in", (eb) =>
      eb
        .selectFrom("chat_entries")
        .select("file_id")
        .where("conversation_id", "in", ids)
        .where("file_id", "is not", null),
    )
    .execute();
  await db.deleteFrom("chat_entries").where("conversation_id", "in", ids).execute();
  await db.deleteFrom("chat_conversations").where("id", "in", ids).execute();
  return ids.length;
}

/** Answered cases older than `before`. */
export async function deleteCasesAnsweredBefore(db: Db, before: string): Promise<number> {
  const result = await db
    .deleteFrom("chat_cases")
    .where("status", "=", "answered")
    .where("answered_at", "<", before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

// ---- Office: canned answers, leads, statistics (canned.ts, office.ts, stats.ts) ----

export const listCannedAnswers = (db: Db, limit: number) =>
  db.selectFrom("chat_canned_answers").selectAll().orderBy("title").orderBy("id").limit(limit).execute();

export const countCannedAnswers = async (db: Db) =>
  Number(
    (
      await db
        .selectFrom("chat_canned_answers")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

export const findCannedAnswer = (db: Db, id: string) =>
  db.selectFrom("chat_canned_answers").selectAll().where("id", "=", id).executeTakeFirst();

export const insertCannedAnswer = (db: Db, row: ChatCannedAnswerTable) =>
  db.insertInto("chat_canned_answers").values(row).execute();

export async function updateCannedAnswer(
  db: Db,
  id: string,
  values: Omit<ChatCannedAnswerTable, "id">,
): Promise<boolean> {
  const result = await db
    .updateTable("chat_canned_answers")
    .set(values)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteCannedAnswer(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom("chat_canned_answers").where("id", "=", id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export const isLead = async (db: Db, accountId: string) =>
  (await db
    .selectFrom("chat_leads")
    .select("account_id")
    .where("account_id", "=", accountId)
    .executeTakeFirst()) !== undefined;

/** Staff of the given departments (who may be named leads), with whether they are one. */
export const listLeadCandidates = (db: Db, departments: readonly string[]) =>
  db
    .selectFrom("accounts")
    .leftJoin("chat_leads", "chat_leads.account_id", "accounts.id")
    .select([
      "accounts.id",
      "accounts.given_name",
      "accounts.family_name",
      "accounts.department",
      "chat_leads.account_id as lead_id",
    ])
    .where("accounts.role", "=", "staff")
    .where("accounts.department", "in", [...departments])
    .where("accounts.disabled_at", "is", null)
    .orderBy("accounts.family_name")
    .orderBy("accounts.given_name")
    .execute();

/** Makes exactly `accountIds` the leads. */
export async function replaceLeads(db: Db, accountIds: readonly string[], by: string, at: string) {
  await db.deleteFrom("chat_leads").execute();
  if (accountIds.length === 0) return;
  await db
    .insertInto("chat_leads")
    .values(accountIds.map((id) => ({ account_id: id, appointed_at: at, appointed_by: by })))
    .execute();
}

/** The figures of conversations started in [from, to): no text, no resident. */
export const listStartedBetween = (db: Db, from: string, to: string) =>
  db
    .selectFrom("chat_conversations")
    .select(["topic", "status", "started_at", "accepted_at"])
    .where("started_at", ">=", from)
    .where("started_at", "<", to)
    .execute();

export const countCasesBetween = async (db: Db, from: string, to: string) =>
  Number(
    (
      await db
        .selectFrom("chat_cases")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("created_at", ">=", from)
        .where("created_at", "<", to)
        .executeTakeFirstOrThrow()
    ).n,
  );

// ---- Push to the resident (push.ts) and the resident's presence (the event stream) ----

export const findPushLink = (db: Db, conversationId: string, subscriptionId: string) =>
  db
    .selectFrom("chat_push_links")
    .selectAll()
    .where("conversation_id", "=", conversationId)
    .where("subscription_id", "=", subscriptionId)
    .executeTakeFirst();

export async function writePushLink(
  db: Db,
  row: { conversation_id: string; subscription_id: string; preview: number; created_at: string },
) {
  await db
    .insertInto("chat_push_links")
    .values({ ...row, pushed_at: null })
    .onConflict((oc) =>
      oc.columns(["conversation_id", "subscription_id"]).doUpdateSet({ preview: row.preview }),
    )
    .execute();
}

export const deletePushLink = (db: Db, conversationId: string, subscriptionId: string) =>
  db
    .deleteFrom("chat_push_links")
    .where("conversation_id", "=", conversationId)
    .where("subscription_id", "=", subscriptionId)
    .execute();

/**
 * Claims the conversation's push for this minute: the links not pushed since `before` are stamped
 * `now` in one statement, so of two answers at once (or two processes) only one finds any.
 */
export async function claimPush(db: Db, conversationId: string, before: string, now: string) {
  const rows = await db
    .updateTable("chat_push_links")
    .set({ pushed_at: now })
    .where("conversation_id", "=", conversationId)
    .where((eb) => eb.or([eb("pushed_at", "is", null), eb("pushed_at", "<=", before)]))
    .returning("subscription_id")
    .execute();
  return rows.length;
}

export async function renewPresence(db: Db, conversationId: string, streamId: string, expiresAt: string) {
  await db
    .insertInto("chat_presence")
    .values({ conversation_id: conversationId, stream_id: streamId, expires_at: expiresAt })
    .onConflict((oc) => oc.columns(["conversation_id", "stream_id"]).doUpdateSet({ expires_at: expiresAt }))
    .execute();
}

export const endPresence = (db: Db, conversationId: string, streamId: string) =>
  db
    .deleteFrom("chat_presence")
    .where("conversation_id", "=", conversationId)
    .where("stream_id", "=", streamId)
    .execute();

export const isPresent = async (db: Db, conversationId: string, now: string) =>
  (await db
    .selectFrom("chat_presence")
    .select("stream_id")
    .where("conversation_id", "=", conversationId)
    .where("expires_at", ">", now)
    .executeTakeFirst()) !== undefined;
