// SQL of the office's side of applications: the inbox, the names of claimers and applicants, and
// nothing else (status changes: store.ts).
import type { InboxView } from "../../../src/lib/contract/applications";
import type { Db } from "../../db/database";

export function claimerAccount(db: Db, id: string) {
  return db
    .selectFrom("accounts")
    .select(["id", "given_name", "family_name"])
    .where("id", "=", id)
    .executeTakeFirst();
}

export function applicantAccount(db: Db, id: string) {
  return db
    .selectFrom("accounts")
    .select(["id", "email", "email_verified_at", "identity_verified_at"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** The inbox rows of a view: one department's (null: all, for admins), at most `limit`. */
export function inboxRows(
  db: Db,
  who: { id: string; department: string | null },
  view: InboxView,
  limit: number,
) {
  let query = db
    .selectFrom("applications")
    .leftJoin("accounts as claimer", "claimer.id", "applications.claimed_by")
    .select([
      "applications.id",
      "applications.reference",
      "applications.type",
      "applications.status",
      "applications.title",
      "applications.submitted_at",
      "applications.updated_at",
      "applications.applicant_name",
      "applications.claimed_by",
      "claimer.given_name",
      "claimer.family_name",
    ])
    .limit(limit);
  if (who.department !== null) query = query.where("applications.department", "=", who.department);
  if (view === "decided") {
    query = query.where("applications.status", "=", "decided").orderBy("applications.updated_at", "desc");
  } else {
    query = query.where("applications.status", "!=", "decided").orderBy("applications.submitted_at");
    if (view === "mine") query = query.where("applications.claimed_by", "=", who.id);
  }
  return query.orderBy("applications.id").execute();
}
