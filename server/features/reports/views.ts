// What residents see of a report: the public shape anyone reads, and the reporter's own one (their
// text, how many photos they sent, until when they may reopen it), which GET /api/reports/mine and
// the personal feed "my-reports" both serve, so that the two never disagree. Public shapes never
// carry the email, the account or unreviewed text and photos.
import {
  type MyReport,
  REOPEN_DAYS,
  type PublicReport,
  reportCategorySchema,
  reportStatusSchema,
} from "../../../src/lib/contract/reports";
import type { Db } from "../../db/database";
import { type PhotoMeta, photosOf, type ReportRow } from "./store";

const DAY_MS = 24 * 3600_000;

export const photoUrls = (reportId: string, photoId: string) => ({
  id: photoId,
  small: `/api/reports/${reportId}/photos/${photoId}/small.webp`,
  large: `/api/reports/${reportId}/photos/${photoId}/large.webp`,
});

/** What anyone may see: no email, no account, text and photos only once staff reviewed them. */
export function publicReport(row: ReportRow, photos: readonly PhotoMeta[]): PublicReport {
  return {
    id: row.id,
    category: reportCategorySchema.parse(row.category),
    lat: row.lat,
    lon: row.lon,
    address: row.address,
    status: reportStatusSchema.parse(row.status),
    publicNote: row.public_note,
    supportCount: row.support_count,
    description: row.reviewed === 1 && row.description ? row.description : null,
    photos: photos
      .filter((photo) => photo.report_id === row.id && photo.published === 1)
      .map((photo) => photoUrls(row.id, photo.id)),
    duplicateOf: row.duplicate_of,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    sample: row.sample === 1,
  };
}

export async function publicReports(db: Db, rows: ReportRow[]): Promise<PublicReport[]> {
  const photos = await photosOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => publicReport(row, photos));
}

/** Until when a done report may be reopened (null when it may not). */
export function reopenUntil(row: ReportRow): string | null {
  if (row.status !== "done") return null;
  return new Date(Date.parse(row.status_changed_at) + REOPEN_DAYS * DAY_MS).toISOString();
}

/** The reporter's view of their reports, in the order of `rows`. */
export async function ownReports(db: Db, rows: readonly ReportRow[]): Promise<MyReport[]> {
  const photos = await photosOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    ...publicReport(row, photos),
    ownDescription: row.description,
    photoCount: photos.filter((photo) => photo.report_id === row.id).length,
    reopenUntil: reopenUntil(row),
  }));
}
