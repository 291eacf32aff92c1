// Rules of translation proposals and review marks: a proposal without an account costs a proof of
// work; reading proposals and every review mark are audited (a mark changes what residents are told).
import type {
  LanguageReview,
  TranslatedLanguage,
  TranslationReport,
  TranslationReportWrite,
} from "../../../src/lib/contract/translations";
import type { Db } from "../../db/database";
import type { SignedInAccount } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { spendSolution } from "../../http/proof-of-work";
import { recordAudit } from "../../platform/audit/store";
import {
  deleteReview,
  insertReport,
  insertReview,
  listReports,
  markReportHandled,
  readLanguageReview,
} from "./store";

export async function submitReport(
  db: Db,
  write: TranslationReportWrite,
  accountId: string | null,
  proof: string | undefined,
  now = new Date(),
): Promise<TranslationReport> {
  if (!accountId) await spendSolution(db, proof);
  return insertReport(db, write, accountId, now);
}

export async function readReports(db: Db, actor: SignedInAccount): Promise<TranslationReport[]> {
  const reports = await listReports(db);
  await recordAudit(db, { actor, action: "translations.reports-read" });
  return reports;
}

export async function handleReport(db: Db, actor: SignedInAccount, id: string): Promise<TranslationReport> {
  const report = await markReportHandled(db, id, new Date());
  if (!report) throw new ProblemError(404, "not_found");
  await recordAudit(db, { actor, action: "translations.report-handled", subjectId: report.id });
  return report;
}

/** Marks the language (no key) or one of its texts reviewed. */
export async function markReviewed(
  db: Db,
  actor: SignedInAccount,
  language: TranslatedLanguage,
  key?: string,
): Promise<LanguageReview> {
  await insertReview(db, language, key, actor.id, new Date());
  await recordAudit(db, { actor, action: "translations.reviewed", details: { language, key: key ?? null } });
  return readLanguageReview(db, language);
}

export async function withdrawReview(
  db: Db,
  actor: SignedInAccount,
  language: TranslatedLanguage,
  key?: string,
): Promise<LanguageReview> {
  if (!(await deleteReview(db, language, key))) throw new ProblemError(404, "not_found");
  await recordAudit(db, {
    actor,
    action: "translations.review-withdrawn",
    details: { language, key: key ?? null },
  });
  return readLanguageReview(db, language);
}
