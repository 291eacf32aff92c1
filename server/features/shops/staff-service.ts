// What the economic development staff do with the directory: read claims and changes with the
// merchants behind them, decide them (audited), set trust, and keep the market / Sunday shopping days.
import {
  type MerchantTrust,
  SHOPPING_DAYS_COLLECTION,
  type ShoppingDay,
  shoppingDaySchema,
  type StaffChange,
  type StaffClaim,
  type StaffPerson,
} from "../../../src/lib/contract/shops";
import type { Db } from "../../db/database";
import type { SignedInAccount } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { recordAudit } from "../../platform/audit/store";
import { deleteEntry, listEntries, upsertEntries } from "../../platform/sync/store";
import { approveClaim, checkOpeningHours, decidePendingChange, refuseClaim } from "./service";
import {
  type ChangeRow,
  changeDetails,
  type ClaimRow,
  findClaim,
  findPeople,
  findShop,
  listClaims,
  listPendingChanges,
  listRevisions,
  listShops,
  merchantClaimOf,
  setTrust,
} from "./store";

const RECENT_DECIDED = 30;

const unknownPerson = (id: string): StaffPerson => ({ id, name: "", email: "" });

async function staffClaims(db: Db, rows: ClaimRow[]): Promise<StaffClaim[]> {
  const persons = await findPeople(
    db,
    rows.map((r) => r.account_id),
  );
  const claims: StaffClaim[] = [];
  for (const row of rows) {
    const entry = await findShop(db, row.shop_id);
    if (!entry) continue;
    claims.push({
      ...merchantClaimOf(row, entry.shop.name),
      account: persons.get(row.account_id) ?? unknownPerson(row.account_id),
      phone: row.phone,
      message: row.message,
      shop: entry.shop,
      listedPhone: row.new_entry === 1 ? null : entry.shop.phone,
    });
  }
  return claims;
}

/** Pending claims oldest first, then the latest decided ones. Claims name the merchants: audited. */
export async function readClaims(db: Db, actor: SignedInAccount): Promise<StaffClaim[]> {
  await recordAudit(db, { actor, action: "shops.claims-read" });
  const pending = await listClaims(db, { state: "pending" });
  const decided = (await listClaims(db, {})).filter((r) => r.state !== "pending").slice(0, RECENT_DECIDED);
  return staffClaims(db, [...pending.reverse(), ...decided]);
}

export async function decideClaim(
  db: Db,
  staff: SignedInAccount,
  id: string,
  decision: { decision: "approve"; trust: MerchantTrust } | { decision: "refuse"; reason: string },
): Promise<StaffClaim> {
  const now = new Date();
  if (decision.decision === "approve") await approveClaim(db, id, decision.trust, staff.id, now);
  else await refuseClaim(db, id, decision.reason, staff.id, now);
  await recordAudit(db, {
    actor: staff,
    action: "shops.claim-decided",
    subjectId: id,
    reason: decision.decision === "refuse" ? decision.reason : null,
    details: decision,
  });
  const row = await findClaim(db, id);
  const [claim] = row ? await staffClaims(db, [row]) : [];
  if (!claim) throw new ProblemError(404, "not_found");
  return claim;
}

export async function pendingChanges(db: Db): Promise<StaffChange[]> {
  const rows: ChangeRow[] = await listPendingChanges(db);
  const persons = await findPeople(
    db,
    rows.map((r) => r.account_id),
  );
  const changes: StaffChange[] = [];
  for (const row of rows) {
    const entry = await findShop(db, row.shop_id);
    if (!entry) continue;
    changes.push({
      ...changeDetails(row),
      shopId: row.shop_id,
      account: persons.get(row.account_id) ?? unknownPerson(row.account_id),
      current: entry.shop,
    });
  }
  return changes;
}

export async function decideChange(
  db: Db,
  staff: SignedInAccount,
  id: string,
  decision: { decision: "publish" } | { decision: "refuse"; reason: string },
): Promise<void> {
  await decidePendingChange(db, id, decision, staff.id, new Date());
  await recordAudit(db, { actor: staff, action: "shops.change-decided", subjectId: id, details: decision });
}

/** Every entry, live or not, with the merchant who keeps it. */
export async function staffEntries(db: Db) {
  const entries = await listShops(db);
  const persons = await findPeople(
    db,
    entries.flatMap((e) => (e.ownerId ? [e.ownerId] : [])),
  );
  return entries.map((e) => ({
    shop: e.shop,
    live: e.live,
    owner: e.ownerId ? (persons.get(e.ownerId) ?? unknownPerson(e.ownerId)) : null,
    trust: e.trust satisfies MerchantTrust,
  }));
}

export async function changeTrust(db: Db, id: string, trust: MerchantTrust): Promise<void> {
  if (!(await setTrust(db, id, trust))) throw new ProblemError(404, "not_found");
}

export async function entryHistory(db: Db, id: string) {
  if (!(await findShop(db, id))) throw new ProblemError(404, "not_found");
  return listRevisions(db, id);
}

// ---- Market days and Sunday shopping days (change feed entries) ----

/** Stored days were checked on the way in: one that does not fit is our fault (500), not the request's. */
export async function listShoppingDays(db: Db): Promise<ShoppingDay[]> {
  return (await listEntries(db, SHOPPING_DAYS_COLLECTION)).map((e) => shoppingDaySchema.parse(e.data));
}

export async function saveShoppingDay(db: Db, day: ShoppingDay): Promise<ShoppingDay> {
  checkOpeningHours(day);
  await upsertEntries(db, SHOPPING_DAYS_COLLECTION, [{ id: day.id, data: day }]);
  return day;
}

export async function removeShoppingDay(db: Db, id: string): Promise<void> {
  if (!(await deleteEntry(db, SHOPPING_DAYS_COLLECTION, id))) throw new ProblemError(404, "not_found");
}
