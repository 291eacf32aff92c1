// The weekly mail of council alerts: residents who ticked "weekly mail" while signed in get, once
// a week (from Monday 08:00 Berlin time), one mail listing the past week's new meetings, agendas
// and papers that matched what they follow, in their account's language (server/texts).
import { isUiLanguage } from "../../../src/lib/contract/languages";
import { addDays, berlinDate, berlinTimeOfDay, weekdayOf } from "../../../src/lib/contract/berlin-time";
import { COUNCIL_ALERT_KINDS, type CouncilAlertKind } from "../../../src/lib/contract/council-alerts";
import { type Db, inTransaction } from "../../db/database";
import { type Mail, type Mailer, sendMailQuietly } from "../../mail/mailer";
import { residentMail } from "../../mail/templates";
import { councilAlertTitle } from "../push/council-payload";
import { markMatchesMailed, markWeekMailed, unmailedMatches, weekMailed } from "./alerts-store";

/** Monday, from this time of day in Berlin: the mail of the week before. */
export const WEEKLY_MAIL_TIME = "08:00";
/** Where the mail points for changing or cancelling (the list of the device's council topics). */
export const COUNCIL_TOPICS_PATH = "/rat/themen";

/** ISO 8601 week of a calendar day: "2026-W50" (the week belongs to the year of its Thursday). */
export function isoWeek(date: string): string {
  const thursday = addDays(date, 4 - weekdayOf(date));
  const year = Number(thursday.slice(0, 4));
  const firstThursday = addDays(`${year}-01-04`, 4 - weekdayOf(`${year}-01-04`));
  const days = (Date.parse(thursday) - Date.parse(firstThursday)) / 86_400_000;
  return `${year}-W${String(days / 7 + 1).padStart(2, "0")}`;
}

const kindOf = (value: string): CouncilAlertKind =>
  COUNCIL_ALERT_KINDS.find((kind) => kind === value) ?? "paper";

/**
 * Sends the week's mails when it is time and they have not gone out this week. The matches are
 * marked mailed in one transaction before sending: a crash sends nothing twice (a failed mail is
 * logged, as every resident mail is). Returns the mails sent.
 */
export async function sendWeeklyCouncilMail(
  db: Db,
  deps: { mailer: Mailer; logger: Parameters<typeof sendMailQuietly>[0]["logger"]; appOrigin: string },
  now: Date,
): Promise<number> {
  const today = berlinDate(now);
  const week = isoWeek(today);
  if (weekdayOf(today) === 1 && berlinTimeOfDay(now) < WEEKLY_MAIL_TIME) return 0;
  if (await weekMailed(db, week)) return 0;
  const mails: Mail[] = [];
  await inTransaction(db, async (trx) => {
    if (!(await markWeekMailed(trx, week, now.toISOString()))) return;
    const rows = await unmailedMatches(trx);
    const byAccount = new Map<string, typeof rows>();
    for (const row of rows) byAccount.set(row.account_id, [...(byAccount.get(row.account_id) ?? []), row]);
    for (const [accountId, matches] of byAccount) {
      const language = isUiLanguage(matches[0]!.language) ? matches[0]!.language : "de";
      const list = matches
        .map(
          (m) => `• ${councilAlertTitle(language, kindOf(m.kind))}: ${m.title}\n  ${deps.appOrigin}${m.path}`,
        )
        .join("\n");
      mails.push(
        residentMail(matches[0]!.email, language, (t) =>
          t.councilWeekly(list, `${deps.appOrigin}${COUNCIL_TOPICS_PATH}`),
        ),
      );
      await markMatchesMailed(trx, accountId, now.toISOString());
    }
  });
  for (const mail of mails) await sendMailQuietly(deps, mail, "council weekly mail");
  return mails.length;
}
