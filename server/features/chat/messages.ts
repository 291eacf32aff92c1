// The conversation's log: every message and event takes the next seq in the transaction that
// writes it (no gaps), messages are idempotent by their client-made id, read marks only move on.
import { CHAT_ATTACHMENTS_MAX, type ChatEntry } from "../../../src/lib/contract/chat";
import { type Db, inTransaction, isUniqueViolation } from "../../db/database";
import type { ChatConversationTable } from "../../db/schema";
import { ProblemError } from "../../http/problem";
import { storeFile, type Upload } from "../../platform/files/store";
import { conversationTopic, type Hub } from "./hub";
import { pushAnswer } from "./push";
import { iso, isOpen } from "./service";
import * as store from "./store";
import type { EntryRow, NewEntry } from "./store";
import { entryView } from "./views";

export const ENTRIES_PAGE = 500;

export type Author = { kind: "resident" | "agent"; id: string | null; name: string | null };

export const eventEntry = (
  kind: ChatEntry["kind"],
  author: ChatEntry["author"],
  authorId: string | null,
  authorName: string | null,
  now: number,
): NewEntry => ({
  kind,
  author,
  author_id: authorId,
  author_name: authorName,
  text: null,
  client_id: null,
  read_up_to: null,
  outcome: null,
  sent_at: iso(now),
  file_id: null,
});

/** An entry just written, in the shape the log is read in (with its file's name, type and size). */
export const withFile = (
  entry: NewEntry & { conversation_id: string; seq: number },
  file?: { name: string; media_type: string; size: number },
): EntryRow => ({
  ...entry,
  file_name: file?.name ?? null,
  file_media_type: file?.media_type ?? null,
  file_size: file?.size ?? null,
});

/** Thrown inside the transaction to give its seq back when the message is there already. */
class AlreadySent extends Error {
  constructor(readonly entry: EntryRow) {
    super("already sent");
  }
}

/**
 * Appends a message with its client id. A repeat (also one racing the first) gets the first entry
 * back: the conversation row's lock orders them, the second sees the first's entry and rolls its
 * seq back; the unique index on (conversation, client id) stands behind that.
 */
export async function sendMessage(
  db: Db,
  hub: Hub,
  conversationId: string,
  author: Author,
  message: { clientId: string; text: string } | { clientId: string; file: Upload },
  now: number,
): Promise<{ entry: EntryRow; created: boolean }> {
  const existing = await store.findEntryByClientId(db, conversationId, message.clientId);
  if (existing) return { entry: existing, created: false };
  try {
    const entry = await inTransaction(db, async (trx) => {
      const locked = await store.bumpSeq(trx, conversationId);
      if (!locked) throw new ProblemError(404, "not_found");
      const repeat = await store.findEntryByClientId(trx, conversationId, message.clientId);
      if (repeat) throw new AlreadySent(repeat);
      assertMayWrite(locked, author);
      const entry = {
        ...eventEntry("message", author.kind, author.id, author.name, now),
        client_id: message.clientId,
      };
      if ("text" in message) {
        return withFile(
          await store.insertEntry(trx, conversationId, locked.last_seq, { ...entry, text: message.text }),
        );
      }
      // Counted on the locked row: two uploads racing for the last place cannot both have it.
      if ((await store.countAttachments(trx, conversationId)) >= CHAT_ATTACHMENTS_MAX) {
        throw new ProblemError(409, "attachment_limit");
      }
      const file = await storeFile(trx, message.file, { kind: "chat", ownerId: null, messageId: null });
      const row = await store.insertEntry(trx, conversationId, locked.last_seq, {
        ...entry,
        file_id: file.id,
      });
      return withFile(row, file);
    });
    await hub.publish([conversationTopic(conversationId)]);
    // A resident who is away hears of the answer on the devices they linked (push.ts).
    if (author.kind === "agent") await pushAnswer(db, conversationId, entry.seq, now);
    return { entry, created: true };
  } catch (error) {
    if (error instanceof AlreadySent) return { entry: error.entry, created: false };
    if (isUniqueViolation(error)) {
      const first = await store.findEntryByClientId(db, conversationId, message.clientId);
      if (first) return { entry: first, created: false };
    }
    throw error;
  }
}

/** Checked on the locked row, so that a message never lands after the conversation ended. */
function assertMayWrite(row: ChatConversationTable, author: Author) {
  if (!isOpen(row.status)) throw new ProblemError(409, "conversation_ended");
  if (author.kind === "agent" && (row.status !== "active" || row.agent_id !== author.id)) {
    throw new ProblemError(403, "forbidden", "Not your chat");
  }
}

/** Appends an event (joined, transferred, closed ...) in the caller's transaction. */
export async function appendEvent(db: Db, conversationId: string, entry: NewEntry): Promise<EntryRow> {
  const locked = await store.bumpSeq(db, conversationId);
  if (!locked) throw new ProblemError(404, "not_found");
  return withFile(await store.insertEntry(db, conversationId, locked.last_seq, entry));
}

/** Marks read up to `upTo`; nothing is written when that was known already. */
export async function markRead(
  db: Db,
  hub: Hub,
  row: ChatConversationTable,
  author: Author,
  upTo: number,
  now: number,
): Promise<void> {
  const wrote = await inTransaction(db, async (trx) => {
    const locked = await store.bumpSeq(trx, row.id);
    if (!locked) throw new ProblemError(404, "not_found");
    const target = Math.min(upTo, locked.last_seq - 1);
    if (target <= (await store.readUpToOf(trx, row.id, author.kind))) {
      // Nothing new: give the number back.
      await store.giveBackSeq(trx, row.id, locked.last_seq - 1);
      return false;
    }
    await store.insertEntry(trx, row.id, locked.last_seq, {
      ...eventEntry("read", author.kind, author.id, author.name, now),
      read_up_to: target,
    });
    return true;
  });
  if (wrote) await hub.publish([conversationTopic(row.id)]);
}

export async function entriesAfter(db: Db, conversationId: string, after: number, forAgent: boolean) {
  const rows = await store.listEntriesAfter(db, conversationId, after, ENTRIES_PAGE + 1);
  return {
    entries: rows.slice(0, ENTRIES_PAGE).map((row) => entryView(row, forAgent)),
    more: rows.length > ENTRIES_PAGE,
  };
}
