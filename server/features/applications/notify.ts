// Tells the applicant that their application moved on: a push to their signed-in devices (topic
// "applications"), and for a question also a mail, since the office waits for an answer. Neither
// names the application: the details stay behind the sign-in.
import type { Mail } from "../../mail/mailer";
import { residentMail } from "../../mail/templates";
import { enqueuePushJob } from "../push/jobs";
import { applicationRef } from "../push/notifier";
import { applicationPayload } from "../push/payload";
import { accountDevices } from "../push/store";
import type { MailDeps } from "../../platform/deps";
import { contactOf } from "./store";

function questionMail(to: string, language: string, link: string): Mail {
  return residentMail(to, language, (t) => t.applicationQuestion(link));
}

/** After the commit: the change is stored either way, so a failed notice only gets logged. */
export async function notifyStatusChange(
  { db, logger, mailer, appOrigin }: MailDeps,
  change: { accountId: string | null; applicationId: string; eventId: string; question: boolean },
): Promise<void> {
  if (!change.accountId) return;
  try {
    if ((await accountDevices(db, change.accountId)).length > 0) {
      const ref = applicationRef(change.accountId, change.applicationId, change.eventId);
      await enqueuePushJob(db, ref, applicationPayload("de", change.applicationId));
    }
    if (change.question) {
      const account = await contactOf(db, change.accountId);
      if (account) {
        await mailer.send(
          questionMail(account.email, account.language, `${appOrigin}/antraege/${change.applicationId}`),
        );
      }
    }
  } catch (error) {
    logger.warn({ err: error, applicationId: change.applicationId }, "application notice not sent");
  }
}
