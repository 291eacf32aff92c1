import { randomUUID } from "node:crypto";
import type {
  LanguageReview,
  TranslatedLanguage,
  TranslationReport,
  TranslationReportWrite,
  TranslationStatus,
} from "../../../src/lib/contract/translations";
import { TRANSLATED_LANGUAGES } from "../../../src/lib/contract/translations";
import type { Db } from "../../db/database";
import type { TranslationReportTable } from "../../db/schema";
import { newReference } from "../../lib/reference";

/** The review mark of a whole language has the empty key. */
const WHOLE_LANGUAGE = "";

const toReport = (row: TranslationReportTable): TranslationReport => ({
  id: row.id,
  reference: row.reference,
  language: row.language as TranslatedLanguage,
  page: row.page,
  text: row.text,
  proposal: row.proposal,
  receivedAt: row.received_at,
  handledAt: row.handled_at,
});

export async function insertReport(
  db: Db,
  write: TranslationReportWrite,
  accountId: string | null,
  receivedAt: Date,
): Promise<TranslationReport> {
  const row: TranslationReportTable = {
    id: randomUUID(),
    reference: newReference("UE"),
    language: write.language,
    page: write.page,
    text: write.text,
    proposal: write.proposal,
    account_id: accountId,
    received_at: receivedAt.toISOString(),
    handled_at: null,
  };
  await db.insertInto("translation_reports").values(row).execute();
  return toReport(row);
}

/** Open proposals oldest first, then the 50 handled last. */
export async function listReports(db: Db): Promise<TranslationReport[]> {
  const open = await db
    .selectFrom("translation_reports")
    .selectAll()
    .where("handled_at", "is", null)
    .orderBy("received_at")
    .execute();
  const handled = await db
    .selectFrom("translation_reports")
    .selectAll()
    .where("handled_at", "is not", null)
    .orderBy("handled_at", "desc")
    .limit(50)
    .execute();
  return [...open, ...handled].map(toReport);
}

/** Marks it handled once (a second mark keeps the first time); undefined when there is no such report. */
export async function markReportHandled(
  db: Db,
  id: string,
  at: Date,
): Promise<TranslationReport | undefined> {
  await db
    .updateTable("translation_reports")
    .set({ handled_at: at.toISOString() })
    .where("id", "=", id)
    .where("handled_at", "is", null)
    .execute();
  const row = await db.selectFrom("translation_reports").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toReport(row);
}

/** Every translated language, reviewed or not, with its count of texts reviewed one by one. */
export async function readStatus(db: Db): Promise<TranslationStatus> {
  const rows = await db
    .selectFrom("translation_reviews")
    .select(["language", "text_key", "reviewed_at"])
    .execute();
  return {
    languages: TRANSLATED_LANGUAGES.map((language) => {
      const own = rows.filter((row) => row.language === language);
      return {
        language,
        reviewedAt: own.find((row) => row.text_key === WHOLE_LANGUAGE)?.reviewed_at ?? null,
        reviewedTexts: own.filter((row) => row.text_key !== WHOLE_LANGUAGE).length,
      };
    }),
  };
}

export async function readLanguageReview(db: Db, language: TranslatedLanguage): Promise<LanguageReview> {
  const rows = await db
    .selectFrom("translation_reviews")
    .select(["text_key", "reviewed_at"])
    .where("language", "=", language)
    .orderBy("text_key")
    .execute();
  return {
    language,
    reviewedAt: rows.find((row) => row.text_key === WHOLE_LANGUAGE)?.reviewed_at ?? null,
    texts: rows
      .filter((row) => row.text_key !== WHOLE_LANGUAGE)
      .map((row) => ({ key: row.text_key, reviewedAt: row.reviewed_at })),
  };
}

/** Marks a language (key undefined) or one text reviewed; marking again keeps the first mark. */
export async function insertReview(
  db: Db,
  language: TranslatedLanguage,
  key: string | undefined,
  accountId: string,
  at: Date,
): Promise<void> {
  await db
    .insertInto("translation_reviews")
    .values({
      language,
      text_key: key ?? WHOLE_LANGUAGE,
      reviewed_at: at.toISOString(),
      reviewed_by: accountId,
    })
    .onConflict((oc) => oc.columns(["language", "text_key"]).doNothing())
    .execute();
}

/** True when there was a mark to withdraw. */
export async function deleteReview(
  db: Db,
  language: TranslatedLanguage,
  key: string | undefined,
): Promise<boolean> {
  const result = await db
    .deleteFrom("translation_reviews")
    .where("language", "=", language)
    .where("text_key", "=", key ?? WHOLE_LANGUAGE)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
