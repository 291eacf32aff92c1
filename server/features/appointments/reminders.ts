// Housekeeping of the calendar, once a minute in the process that runs background jobs: holds
// whose link was not opened in time expire, and confirmed appointments get their reminder 24 hours
// ahead, by push to the account's devices that want appointment notices, otherwise by mail.
import type { Db } from "../../db/database";
import type { AppointmentTable } from "../../db/schema";
import { enqueuePushJob } from "../push/jobs";
import { topicOn } from "../push/matching";
import { appointmentRef } from "../push/notifier";
import { appointmentPayload } from "../push/payload";
import { accountDevices, parsePreferences } from "../push/store";
import { guideOf } from "./guide-data";
import { reminderMail } from "./mails";
import { changeStatus, claimReminder, dueForReminder, expiredHoldIds } from "./store";
import { mailFacts } from "./views";
import type { MailDeps } from "../../platform/deps";

const DAY_MS = 24 * 3600_000;

export async function expireHolds(db: Db, now: number): Promise<number> {
  const held = await expiredHoldIds(db, now);
  let expired = 0;
  for (const id of held) if (await changeStatus(db, id, ["held"], "expired", now)) expired++;
  return expired;
}

/** Sends each due reminder once, even with several processes: the row is claimed before sending. */
export async function sendDueReminders(deps: MailDeps, now: number): Promise<number> {
  const { db } = deps;
  const due = await dueForReminder(db, now, DAY_MS);
  let sent = 0;
  for (const row of due) {
    const claimed = await claimReminder(db, row.id, now);
    if (!claimed) continue;
    // Booked less than a day ahead: the booking itself is the reminder.
    if (Date.parse(row.created_at) > Date.parse(row.starts_at) - DAY_MS) continue;
    try {
      await remind(deps, row);
      sent++;
    } catch (error) {
      deps.logger.error({ err: error, appointment: row.id }, "appointment reminder not sent");
    }
  }
  return sent;
}

async function remind({ db, mailer, appOrigin }: MailDeps, row: AppointmentTable) {
  if (row.account_id && (await wantsPush(db, row.account_id))) {
    await enqueuePushJob(db, appointmentRef(row.account_id, row.id, row.sequence), appointmentPayload("de"));
    return;
  }
  const facts = mailFacts(row, await guideOf(db, row));
  await mailer.send(reminderMail(facts, `${appOrigin}/termine/meine`));
}

/** A signed-in device of the account that has appointment notices on. */
async function wantsPush(db: Db, accountId: string): Promise<boolean> {
  const devices = await accountDevices(db, accountId);
  return devices.some((device) => {
    const preferences = parsePreferences(device.preferences);
    return preferences !== null && topicOn(preferences, "appointments");
  });
}

/** Runs housekeeping every minute until stopped. */
export function startAppointmentHousekeeping(deps: MailDeps, intervalMs = 60_000) {
  let running: Promise<void> | undefined;
  const tick = () => {
    running ??= (async () => {
      try {
        const now = Date.now();
        const expired = await expireHolds(deps.db, now);
        const reminded = await sendDueReminders(deps, now);
        if (expired || reminded) deps.logger.info({ expired, reminded }, "appointments housekeeping");
      } catch (error) {
        deps.logger.error({ err: error }, "appointments housekeeping failed");
      } finally {
        running = undefined;
      }
    })();
  };
  const timer = setInterval(tick, intervalMs);
  tick();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
