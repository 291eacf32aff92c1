// Reminders by Web Push the evening before a collection day. A device switches them on on /abfall:
// its push subscription (proven by the manage token, as on /api/push) gets one row with the district,
// the bins and the time. Once a minute the background jobs look whether Berlin's clock has passed a
// reminder's time on the day before a day with one of its bins; the job's ref names the device and
// the day, so each reminder is written once, also after a restart or a second look.
import { addDays, berlinDate, berlinTimeOfDay } from "../../../src/lib/contract/berlin-time";
import type { WasteReminder } from "../../../src/lib/contract/waste";
import type { Db } from "../../db/database";
import { ProblemError } from "../../http/problem";
import { enqueuePushJob } from "../push/jobs";
import { ownedSubscription } from "../push/service";
import { wastePayload, wasteRef } from "../push/waste-payload";
import { deleteReminder, findDistrict, findReminder, listRemindersWithDays, saveReminder } from "./store";

export async function readReminder(db: Db, subscriptionId: string, token: string) {
  await ownedSubscription(db, subscriptionId, token);
  const stored = await findReminder(db, subscriptionId);
  if (!stored) return null;
  const { subscriptionId: _, ...reminder } = stored;
  return reminder;
}

export async function writeReminder(
  db: Db,
  subscriptionId: string,
  token: string,
  reminder: WasteReminder,
  now: Date,
): Promise<WasteReminder> {
  await ownedSubscription(db, subscriptionId, token);
  if (!(await findDistrict(db, reminder.districtId))) {
    throw new ProblemError(400, "validation_failed", undefined, [
      { path: "districtId", message: "no such collection district" },
    ]);
  }
  await saveReminder(db, { subscriptionId, ...reminder }, now);
  return reminder;
}

export async function removeReminder(db: Db, subscriptionId: string, token: string): Promise<void> {
  await ownedSubscription(db, subscriptionId, token);
  await deleteReminder(db, subscriptionId);
}

/**
 * Writes the push job of every reminder that is due at `now`: the Berlin time of day is at or past
 * its time, and tomorrow (in Berlin) one of its bins is collected. Returns how many were written.
 * Late in the evening after a restart still counts; after midnight it is the collection day itself,
 * and a reminder "the evening before" would come too late, so none is written.
 */
export async function enqueueDueReminders(db: Db, now: Date): Promise<number> {
  const today = berlinDate(now);
  const tomorrow = addDays(today, 1);
  const time = berlinTimeOfDay(now);
  let written = 0;
  for (const reminder of await listRemindersWithDays(db)) {
    if (time < reminder.time) continue;
    const day = reminder.days.find((d) => d.date === tomorrow);
    const bins = day?.bins.filter((bin) => reminder.bins.includes(bin)) ?? [];
    if (bins.length === 0) continue;
    const ref = wasteRef(reminder.subscriptionId, tomorrow);
    if (await enqueuePushJob(db, ref, wastePayload(reminder.language, bins))) written++;
  }
  return written;
}
