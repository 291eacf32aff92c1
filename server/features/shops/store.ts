// Delmenhorst Shopping in the database: entries (table shops, the live record as JSON), merchants'
// claims and pending changes, the revision history and photos. Rules live in service.ts.
import type { Selectable } from "kysely";
import {
  type ChangeState,
  type ClaimState,
  type MerchantClaim,
  type MerchantTrust,
  type Revision,
  REVISION_NOTES,
  type RevisionNote,
  type Shop,
  type ShopDetails,
  type ShopPhoto,
  shopSchema,
  type StaffPerson,
} from "../../../src/lib/contract/shops";
import type { Db } from "../../db/database";
import type { ShopChangeTable, ShopClaimTable, ShopTable } from "../../db/schema";

export type ShopRow = Selectable<ShopTable>;
export type StoredShop = {
  shop: Shop;
  live: boolean;
  ownerId: string | null;
  trust: MerchantTrust;
  version: number;
};

export const storedShop = (row: ShopRow): StoredShop => ({
  shop: shopSchema.parse(JSON.parse(row.record)),
  live: row.live === 1,
  ownerId: row.owner_id,
  trust: row.trust === "trusted" ? "trusted" : "review",
  version: row.version,
});

export async function findShop(db: Db, id: string): Promise<StoredShop | undefined> {
  const row = await db.selectFrom("shops").selectAll().where("id", "=", id).executeTakeFirst();
  return row && storedShop(row);
}

export async function findShopByOsmId(db: Db, osmId: string): Promise<StoredShop | undefined> {
  const row = await db.selectFrom("shops").selectAll().where("osm_id", "=", osmId).executeTakeFirst();
  return row && storedShop(row);
}

export async function listShops(db: Db, filter: { liveOnly?: boolean; ownerId?: string } = {}) {
  let query = db.selectFrom("shops").selectAll().orderBy("id");
  if (filter.liveOnly) query = query.where("live", "=", 1);
  if (filter.ownerId) query = query.where("owner_id", "=", filter.ownerId);
  return (await query.execute()).map(storedShop);
}

/** Removes the entry's row; the caller takes it out of the feed too. */
export async function deleteShop(db: Db, id: string): Promise<void> {
  await db.deleteFrom("shops").where("id", "=", id).execute();
}

/** Writes the entry's row (record, state, merchant); the caller keeps history and feed in step. */
export async function writeShop(db: Db, entry: StoredShop): Promise<void> {
  const row = {
    record: JSON.stringify(entry.shop),
    live: entry.live ? 1 : 0,
    owner_id: entry.ownerId,
    trust: entry.trust,
    osm_id: entry.shop.osmId,
    version: entry.version,
    updated_at: entry.shop.updatedAt,
  };
  await db
    .insertInto("shops")
    .values({ id: entry.shop.id, ...row })
    .onConflict((oc) => oc.column("id").doUpdateSet(row))
    .execute();
}

export async function setTrust(db: Db, id: string, trust: MerchantTrust): Promise<boolean> {
  const result = await db.updateTable("shops").set({ trust }).where("id", "=", id).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// ---- History ----

export async function addRevision(
  db: Db,
  revision: { shopId: string; version: number; record: Shop; by: Revision["by"]; authorId: string | null },
  note: RevisionNote | null,
): Promise<void> {
  await db
    .insertInto("shop_revisions")
    .values({
      shop_id: revision.shopId,
      version: revision.version,
      record: JSON.stringify(revision.record),
      by: revision.by,
      author_id: revision.authorId,
      note,
      created_at: revision.record.updatedAt,
    })
    .execute();
}

/** Revisions newest first, each with the fields that differ from the one before. */
export async function listRevisions(db: Db, shopId: string): Promise<Revision[]> {
  const rows = await db
    .selectFrom("shop_revisions")
    .leftJoin("accounts", "accounts.id", "shop_revisions.author_id")
    .select([
      "shop_revisions.version",
      "shop_revisions.record",
      "shop_revisions.by",
      "shop_revisions.note",
      "shop_revisions.created_at",
      "accounts.given_name",
      "accounts.family_name",
    ])
    .where("shop_revisions.shop_id", "=", shopId)
    .orderBy("shop_revisions.version")
    .execute();
  let before: Record<string, unknown> = {};
  const revisions = rows.map((row) => {
    const record = JSON.parse(row.record) as Record<string, unknown>;
    const changed = Object.keys(record).filter(
      (key) => key !== "updatedAt" && JSON.stringify(record[key]) !== JSON.stringify(before[key]),
    );
    before = record;
    return {
      version: row.version,
      at: row.created_at,
      by: row.by as Revision["by"],
      authorName: row.given_name ? `${row.given_name} ${row.family_name ?? ""}`.trim() : null,
      changed,
      note: (REVISION_NOTES as readonly string[]).includes(row.note ?? "")
        ? (row.note as RevisionNote)
        : null,
    };
  });
  return revisions.reverse();
}

// ---- Claims ----

export type ClaimRow = Selectable<ShopClaimTable>;

export const merchantClaimOf = (row: ClaimRow, shopName: string): MerchantClaim => ({
  id: row.id,
  shopId: row.shop_id,
  shopName,
  newEntry: row.new_entry === 1,
  role: row.role as MerchantClaim["role"],
  state: row.state as ClaimState,
  createdAt: row.created_at,
  decidedAt: row.decided_at,
  reason: row.reason,
});

export async function insertClaim(db: Db, row: ClaimRow): Promise<void> {
  await db.insertInto("shop_claims").values(row).execute();
}

export async function findClaim(db: Db, id: string): Promise<ClaimRow | undefined> {
  return db.selectFrom("shop_claims").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function listClaims(
  db: Db,
  filter: { accountId?: string; shopId?: string; state?: ClaimState },
) {
  let query = db.selectFrom("shop_claims").selectAll().orderBy("created_at", "desc").orderBy("id");
  if (filter.accountId) query = query.where("account_id", "=", filter.accountId);
  if (filter.shopId) query = query.where("shop_id", "=", filter.shopId);
  if (filter.state) query = query.where("state", "=", filter.state);
  return query.execute();
}

export async function decideClaim(
  db: Db,
  id: string,
  decision: { state: ClaimState; reason: string | null; by: string; at: string },
): Promise<void> {
  await db
    .updateTable("shop_claims")
    .set({ state: decision.state, reason: decision.reason, decided_by: decision.by, decided_at: decision.at })
    .where("id", "=", id)
    .execute();
}

// ---- Pending changes ----

export type ChangeRow = Selectable<ShopChangeTable>;

export const changeDetails = (row: ChangeRow) => ({
  id: row.id,
  submittedAt: row.submitted_at,
  details: JSON.parse(row.details) as ShopDetails,
  photo: row.photo ? (JSON.parse(row.photo) as ShopPhoto | null) : null,
});

export async function pendingChange(db: Db, shopId: string): Promise<ChangeRow | undefined> {
  return db
    .selectFrom("shop_changes")
    .selectAll()
    .where("shop_id", "=", shopId)
    .where("state", "=", "pending")
    .executeTakeFirst();
}

export async function findChange(db: Db, id: string): Promise<ChangeRow | undefined> {
  return db.selectFrom("shop_changes").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function listPendingChanges(db: Db): Promise<ChangeRow[]> {
  return db
    .selectFrom("shop_changes")
    .selectAll()
    .where("state", "=", "pending")
    .orderBy("submitted_at")
    .execute();
}

/** A merchant's newer change replaces the one still waiting: staff review only the latest. */
export async function putPendingChange(db: Db, row: ChangeRow): Promise<void> {
  await db
    .deleteFrom("shop_changes")
    .where("shop_id", "=", row.shop_id)
    .where("state", "=", "pending")
    .execute();
  await db.insertInto("shop_changes").values(row).execute();
}

export async function decideChange(
  db: Db,
  id: string,
  decision: { state: ChangeState; reason: string | null; by: string; at: string },
): Promise<void> {
  await db
    .updateTable("shop_changes")
    .set({ state: decision.state, reason: decision.reason, decided_by: decision.by, decided_at: decision.at })
    .where("id", "=", id)
    .execute();
}

// ---- Photos ----

export async function insertPhoto(
  db: Db,
  photo: {
    id: string;
    shopId: string;
    accountId: string | null;
    width: number;
    height: number;
    small: Uint8Array;
    large: Uint8Array;
  },
): Promise<void> {
  await db
    .insertInto("shop_photos")
    .values({
      id: photo.id,
      shop_id: photo.shopId,
      account_id: photo.accountId,
      width: photo.width,
      height: photo.height,
      small: photo.small,
      large: photo.large,
      created_at: new Date().toISOString(),
    })
    .execute();
}

export async function readPhoto(db: Db, id: string, variant: "small" | "large") {
  return db
    .selectFrom("shop_photos")
    .select(["shop_id", variant === "small" ? "small as content" : "large as content"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Photos of an entry that neither the live record nor a waiting change uses any more. */
export async function removeUnusedPhotos(db: Db, shopId: string, used: string[]): Promise<void> {
  let query = db.deleteFrom("shop_photos").where("shop_id", "=", shopId);
  if (used.length > 0) query = query.where("id", "not in", used);
  await query.execute();
}

// ---- People (merchants as staff see them) ----

/** Name and email of the accounts behind claims, changes and entries. */
export async function findPeople(db: Db, ids: string[]): Promise<Map<string, StaffPerson>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("accounts")
    .select(["id", "given_name", "family_name", "email"])
    .where("id", "in", [...new Set(ids)])
    .execute();
  return new Map(
    rows.map((r) => [r.id, { id: r.id, name: `${r.given_name} ${r.family_name}`.trim(), email: r.email }]),
  );
}
