// Web Push as a second AccountNotifier (next to mail): a new postbox message becomes a push job
// for the account's devices that want postbox notices. The notice never carries the message.
import { randomUUID } from "node:crypto";
import type { Db } from "../../db/database";
import type { AccountNotifier } from "../account/notifications";
import { enqueuePushJob } from "./jobs";
import { postboxPayload } from "./payload";
import { accountDevices } from "./store";

/** The job's ref names the account: the payload is the same for everyone (German, as a record). */
export const postboxRef = (accountId: string) => `postbox:${accountId}:${randomUUID()}`;
/** One reminder per appointment and time: a moved appointment (new SEQUENCE) gets its own. */
export const appointmentRef = (accountId: string, appointmentId: string, sequence: number) =>
  `appointments:${accountId}:${appointmentId}:${sequence}`;

/** One notice per status change of an application (the event that changed it). */
export const applicationRef = (accountId: string, applicationId: string, eventId: string) =>
  `applications:${accountId}:${applicationId}:${eventId}`;
export const applicationOfRef = (ref: string) => ref.split(":")[2] ?? "";

/** One job per agent's answer that was pushed (the debounce in chat/push.ts decides which). */
export const chatRef = (conversationId: string, seq: number) => `chat:${conversationId}:${seq}`;
export function chatOfRef(ref: string): { conversationId: string; seq: number } | undefined {
  const [kind, conversationId, seq] = ref.split(":");
  const number = Number(seq);
  return kind === "chat" && conversationId && Number.isSafeInteger(number)
    ? { conversationId, seq: number }
    : undefined;
}

/** The account a personal notice (postbox, appointment reminder, application status) goes to. */
export function accountOfPersonalRef(
  ref: string,
  topic: "postbox" | "appointments" | "applications",
): string | undefined {
  const [kind, accountId] = ref.split(":");
  return kind === topic && accountId ? accountId : undefined;
}

export function pushNotifier(db: Db): AccountNotifier {
  return {
    async newPostboxMessage(account) {
      // No job for accounts without a signed-in device: the engine would only find nobody.
      if ((await accountDevices(db, account.id)).length === 0) return;
      // The engine writes title and body in each device's language; this is the German record.
      await enqueuePushJob(db, postboxRef(account.id), postboxPayload("de"));
    },
  };
}
