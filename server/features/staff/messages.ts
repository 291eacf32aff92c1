// Sending a message or a decision (Bescheid) to a citizen's postbox.
import type { Context } from "hono";
import {
  ATTACHMENT_MEDIA_TYPES,
  messageFormSchema,
  type SentMessage,
} from "../../../src/lib/contract/account";
import { inTransaction } from "../../db/database";
import type { AccountTable } from "../../db/schema";
import type { AppEnv, SignedInAccount } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { parseInput } from "../../http/validate";
import { mailNotifier } from "../account/notifications";
import { pushNotifier } from "../push/notifier";
import { insertMessage, publishPostboxMessage, sentMessageOf } from "../account/postbox";
import { recordAudit } from "../audit/store";
import { readForm, readUpload, storeFile, type Upload } from "../files/store";

const ATTACHMENT = "attachment";

/** Reads the form: text fields per messageFormSchema plus the optional PDF. */
async function readMessageForm(c: Context<AppEnv>) {
  const form = await readForm(c);
  const { [ATTACHMENT]: part, ...fields } = form;
  const message = parseInput(messageFormSchema, fields);
  // An empty file input still sends a part (no name, no bytes): that is "no attachment".
  const present = part !== undefined && !(part instanceof File && part.size === 0 && part.name === "");
  const attachment: Upload | null = present
    ? await readUpload(c, ATTACHMENT, ATTACHMENT_MEDIA_TYPES, form)
    : null;
  // A decision is the signed PDF; the text is only its cover note.
  if (message.kind === "decision" && !attachment) {
    throw new ProblemError(400, "validation_failed", undefined, [
      { path: ATTACHMENT, message: "a decision needs its PDF" },
    ]);
  }
  return { message, attachment };
}

export async function sendMessage(
  c: Context<AppEnv>,
  sender: SignedInAccount & { department: string },
  citizen: AccountTable,
): Promise<SentMessage> {
  const { message, attachment } = await readMessageForm(c);
  const sent = await inTransaction(c.var.db, async (trx) => {
    const row = await insertMessage(trx, {
      account_id: citizen.id,
      recipient_name: `${citizen.given_name} ${citizen.family_name}`,
      sender_account_id: sender.id,
      sender_department: sender.department,
      kind: message.kind,
      subject: message.subject,
      body: message.body,
    });
    if (attachment) {
      await storeFile(trx, attachment, { kind: "attachment", ownerId: citizen.id, messageId: row.id });
    }
    await publishPostboxMessage(trx, row.id);
    await recordAudit(trx, {
      actor: sender,
      action: "citizen.message-sent",
      subjectId: citizen.id,
      reason: message.reason,
      details: { messageId: row.id, kind: message.kind },
    });
    return sentMessageOf(row);
  });
  await notifyNewMessage(c, citizen);
  return sent;
}

/**
 * After the commit, by mail and by push to the citizen's signed-in devices. The message is in the
 * postbox either way, so a failed notice only gets logged.
 */
export async function notifyNewMessage(c: Context<AppEnv>, citizen: AccountTable): Promise<void> {
  const notifiers = {
    mail: mailNotifier(c.var.mailer, c.var.config.appOrigin),
    push: pushNotifier(c.var.db),
  };
  const account = { id: citizen.id, email: citizen.email, language: citizen.language };
  for (const [channel, notifier] of Object.entries(notifiers)) {
    try {
      await notifier.newPostboxMessage(account);
    } catch (error) {
      c.var.logger.warn({ err: error, accountId: citizen.id, channel }, "postbox notification not sent");
    }
  }
}
