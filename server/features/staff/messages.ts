// Sending a message or a decision (Bescheid) to a citizen's postbox.
import {
  ATTACHMENT_MEDIA_TYPES,
  type messageFormSchema,
  type SentMessage,
} from "../../../src/lib/contract/account";
import type { z } from "../../../src/lib/contract/zod";
import { inTransaction } from "../../db/database";
import type { AccountTable } from "../../db/schema";
import type { SignedInAccount } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { mailNotifier } from "../account/notifications";
import { pushNotifier } from "../push/notifier";
import { insertMessage, publishPostboxMessage, sentMessageOf } from "../account/postbox";
import { recordAudit } from "../../platform/audit/store";
import { acceptUpload, type ReceivedFile } from "../../platform/files/service";
import { storeFile } from "../../platform/files/store";
import type { MailDeps } from "../../platform/deps";

/** The message as the form gave it: its text fields, and the PDF if one was attached. */
export type MessageInput = z.output<typeof messageFormSchema> & { attachment: ReceivedFile | null };

export async function sendMessage(
  deps: MailDeps,
  sender: SignedInAccount & { department: string },
  citizen: AccountTable,
  message: MessageInput,
): Promise<SentMessage> {
  const attachment = message.attachment
    ? await acceptUpload(message.attachment, ATTACHMENT_MEDIA_TYPES)
    : null;
  // A decision is the signed PDF; the text is only its cover note.
  if (message.kind === "decision" && !attachment) {
    throw new ProblemError(400, "validation_failed", undefined, [
      { path: "attachment", message: "a decision needs its PDF" },
    ]);
  }
  const sent = await inTransaction(deps.db, async (trx) => {
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
  await notifyNewMessage(deps, citizen);
  return sent;
}

/**
 * After the commit, by mail and by push to the citizen's signed-in devices. The message is in the
 * postbox either way, so a failed notice only gets logged.
 */
export async function notifyNewMessage(deps: MailDeps, citizen: AccountTable): Promise<void> {
  const notifiers = {
    mail: mailNotifier(deps.mailer, deps.appOrigin),
    push: pushNotifier(deps.db),
  };
  const account = { id: citizen.id, email: citizen.email, language: citizen.language };
  for (const [channel, notifier] of Object.entries(notifiers)) {
    try {
      await notifier.newPostboxMessage(account);
    } catch (error) {
      deps.logger.warn({ err: error, accountId: citizen.id, channel }, "postbox notification not sent");
    }
  }
}
