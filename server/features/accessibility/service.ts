// Rules of the accessibility statement's feedback: who pays a proof of work, the answer period of
// one month from receipt (Berlin calendar), and the audited reading and answering by the city.
import {
  type AccessibilityFeedback,
  type AccessibilityFeedbackWrite,
  ANSWER_WITHIN_MONTHS,
  type SignLanguageVideo,
  signLanguageVideoSchema,
} from "../../../src/lib/contract/accessibility";
import { addMonths, berlinDate } from "../../../src/lib/contract/berlin-time";
import type { Db } from "../../db/database";
import type { SignedInAccount } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { spendSolution } from "../../http/proof-of-work";
import { recordAudit } from "../../platform/audit/store";
import { insertFeedback, listFeedback, markFeedbackAnswered, readSetting, writeSetting } from "./store";

export const FEEDBACK_PATH = "/api/accessibility/feedback";

/** Without an account it costs a proof of work: the city mails the address nobody confirmed. */
export async function submitFeedback(
  db: Db,
  write: AccessibilityFeedbackWrite,
  accountId: string | null,
  proof: string | undefined,
  now = new Date(),
): Promise<AccessibilityFeedback> {
  if (!accountId) await spendSolution(db, proof);
  return insertFeedback(db, write, accountId, now, addMonths(berlinDate(now), ANSWER_WITHIN_MONTHS));
}

/** Feedback may name people: reading it is recorded. */
export async function readFeedback(db: Db, actor: SignedInAccount): Promise<AccessibilityFeedback[]> {
  const feedback = await listFeedback(db);
  await recordAudit(db, { actor, action: "accessibility.feedback-read" });
  return feedback;
}

export async function markAnswered(
  db: Db,
  actor: SignedInAccount,
  id: string,
): Promise<AccessibilityFeedback> {
  const feedback = await markFeedbackAnswered(db, id, new Date());
  if (!feedback) throw new ProblemError(404, "not_found");
  await recordAudit(db, { actor, action: "accessibility.feedback-answered", subjectId: feedback.id });
  return feedback;
}

const SIGN_LANGUAGE_VIDEO = "sign-language-video";

/** The start page's video in German Sign Language; a stored value that no longer fits reads as none. */
export async function signLanguageVideo(db: Db): Promise<SignLanguageVideo> {
  const parsed = signLanguageVideoSchema.safeParse({
    url: (await readSetting(db, SIGN_LANGUAGE_VIDEO)) ?? null,
  });
  return parsed.success ? parsed.data : { url: null };
}

export async function setSignLanguageVideo(
  db: Db,
  actor: SignedInAccount,
  video: SignLanguageVideo,
): Promise<SignLanguageVideo> {
  await writeSetting(db, SIGN_LANGUAGE_VIDEO, video.url, new Date());
  await recordAudit(db, {
    actor,
    action: "accessibility.sign-language-video-updated",
    details: { url: video.url },
  });
  return signLanguageVideo(db);
}
