// Admins edit the services guide's records (services, offices, life situations) in the console. A
// record is replaced whole; the public sync feed brings it to every device.
import type { LifeSituation, Office, Service } from "../../../src/lib/contract/guide";
import { type Db, inTransaction } from "../../db/database";
import type { SignedInAccount } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { type AuditAction, recordAudit } from "../../platform/audit/store";
import { listEntries, upsertEntries } from "../../platform/sync/store";

type GuideCollection = "services" | "offices" | "life-situations";

const AUDIT: Record<GuideCollection, { action: AuditAction; key: string }> = {
  services: { action: "guide.service-updated", key: "serviceId" },
  offices: { action: "guide.office-updated", key: "officeId" },
  "life-situations": { action: "guide.life-situation-updated", key: "lifeSituationId" },
};

const idMismatch = () =>
  new ProblemError(400, "validation_failed", undefined, [
    { path: "id", message: "must equal the id in the path" },
  ]);

/** Replaces an existing record (never creates one: the guide's ids are linked from elsewhere). */
async function replaceEntry(
  db: Db,
  admin: SignedInAccount,
  collection: GuideCollection,
  id: string,
  record: { id: string },
) {
  if (record.id !== id) throw idMismatch();
  const known = await listEntries(db, collection);
  if (!known.some((entry) => entry.id === id)) throw new ProblemError(404, "not_found");
  const { action, key } = AUDIT[collection];
  await inTransaction(db, async (trx) => {
    await upsertEntries(trx, collection, [{ id, data: record }]);
    await recordAudit(trx, { actor: admin, action, subjectId: null, details: { [key]: id } });
  });
}

export const updateGuideService = (db: Db, admin: SignedInAccount, id: string, service: Service) =>
  replaceEntry(db, admin, "services", id, service);

export const updateGuideOffice = (db: Db, admin: SignedInAccount, id: string, office: Office) =>
  replaceEntry(db, admin, "offices", id, office);

/** A life situation may only list services the guide has: a resident would follow a dead link. */
export async function updateGuideLifeSituation(
  db: Db,
  admin: SignedInAccount,
  id: string,
  situation: LifeSituation,
) {
  const services = new Set((await listEntries(db, "services")).map((entry) => entry.id));
  const unknown = situation.serviceIds.flatMap((serviceId, index) =>
    services.has(serviceId) ? [] : [{ path: `serviceIds.${index}`, message: "no such service" }],
  );
  if (unknown.length > 0) throw new ProblemError(400, "validation_failed", undefined, unknown);
  if (new Set(situation.serviceIds).size !== situation.serviceIds.length) {
    throw new ProblemError(400, "validation_failed", undefined, [
      { path: "serviceIds", message: "names a service twice" },
    ]);
  }
  await replaceEntry(db, admin, "life-situations", id, situation);
}
