// Rules of the directory: publishing (record, history and feed in one step), merchants' claims and
// new entries, saving a merchant's change by trust (published at once or waiting for review), staff
// decisions, and offers that have run out.
import { randomUUID } from "node:crypto";
import OpeningHours from "opening_hours";
import { berlinDate } from "../../../src/lib/contract/berlin-time";
import {
  type ClaimWrite,
  type MerchantEntry,
  type MerchantOverview,
  type NewShopWrite,
  type Revision,
  type RevisionNote,
  type SaveResult,
  type Shop,
  type ShopDetails,
  type ShopPhoto,
  SHOPS_COLLECTION,
} from "../../../src/lib/contract/shops";
import { type Db, inTransaction } from "../../db/database";
import type { SignedInAccount } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { upsertEntries } from "../../platform/sync/store";
import type { ProcessedPhoto } from "./photos";
import {
  addRevision,
  changeDetails,
  type ChangeRow,
  decideChange,
  decideClaim,
  findChange,
  findClaim,
  findShop,
  insertClaim,
  insertPhoto,
  listClaims,
  listRevisions,
  listShops,
  merchantClaimOf,
  pendingChange,
  putPendingChange,
  readPhoto,
  removeUnusedPhotos,
  type StoredShop,
  writeShop,
} from "./store";

const DELMENHORST = { lat: 53.05, lon: 8.63, address: { country_code: "de", state: "Niedersachsen" } };

/** The opening_hours library's complaint about a rule, or null when the rule is valid. */
export function openingHoursError(rule: string): string | null {
  try {
    new OpeningHours(rule, DELMENHORST);
    return null;
  } catch (error) {
    return String(error).replace(/\s+/g, " ").trim().slice(0, 300);
  }
}

/** 400 validation_failed on the field `openingHours` (under `prefix`) for a rule the library refuses. */
export function checkOpeningHours(details: Pick<ShopDetails, "openingHours">, prefix = ""): void {
  if (details.openingHours === null) return;
  const fault = openingHoursError(details.openingHours);
  if (fault) {
    throw new ProblemError(400, "validation_failed", "opening_hours is not valid", [
      { path: `${prefix}openingHours`, message: fault },
    ]);
  }
}

type Author = { by: Revision["by"]; authorId: string | null; note?: RevisionNote | null };

/** Makes `shop` the live version: a new revision, the row, and the public feed, together. */
export async function publish(db: Db, entry: StoredShop, shop: Shop, author: Author): Promise<StoredShop> {
  const published: StoredShop = { ...entry, shop, live: true, version: entry.version + 1 };
  await writeShop(db, published);
  await addRevision(
    db,
    { shopId: shop.id, version: published.version, record: shop, by: author.by, authorId: author.authorId },
    author.note ?? null,
  );
  await upsertEntries(db, SHOPS_COLLECTION, [{ id: shop.id, data: shop }]);
  return published;
}

const withDetails = (shop: Shop, details: ShopDetails, photo: ShopPhoto | null, now: Date): Shop => ({
  ...shop,
  ...details,
  photo,
  updatedAt: now.toISOString(),
});

/** What a merchant edits of an entry. */
export function detailsOf(shop: Shop): ShopDetails {
  return {
    name: shop.name,
    category: shop.category,
    address: shop.address,
    location: shop.location,
    openingHours: shop.openingHours,
    phone: shop.phone,
    website: shop.website,
    onlineShop: shop.onlineShop,
    delivery: shop.delivery,
    clickAndCollect: shop.clickAndCollect,
    wheelchair: shop.wheelchair,
    payment: shop.payment,
    description: shop.description,
    offers: shop.offers,
  };
}

export async function merchantEntry(db: Db, entry: StoredShop): Promise<MerchantEntry> {
  const change = await pendingChange(db, entry.shop.id);
  return { shop: entry.shop, trust: entry.trust, pendingChange: change ? changeDetails(change) : null };
}

/** The entry the account keeps: 404 when there is none, 403 when another merchant keeps it. */
export async function ownEntry(db: Db, accountId: string, shopId: string): Promise<StoredShop> {
  const entry = await findShop(db, shopId);
  if (!entry) throw new ProblemError(404, "not_found");
  if (entry.ownerId !== accountId) throw new ProblemError(403, "forbidden", "Not your entry");
  return entry;
}

/** What the merchant keeps and what they claimed, with the names of the claimed entries. */
export async function merchantOverview(db: Db, accountId: string): Promise<MerchantOverview> {
  const kept = await listShops(db, { ownerId: accountId });
  const claims = await listClaims(db, { accountId });
  const names = new Map<string, string>();
  for (const claim of claims) {
    if (!names.has(claim.shop_id))
      names.set(claim.shop_id, (await findShop(db, claim.shop_id))?.shop.name ?? "");
  }
  return {
    entries: await Promise.all(kept.map((entry) => merchantEntry(db, entry))),
    claims: claims.map((claim) => merchantClaimOf(claim, names.get(claim.shop_id) ?? "")),
  };
}

/** The history of an entry the account keeps. */
export async function ownHistory(db: Db, accountId: string, shopId: string): Promise<Revision[]> {
  await ownEntry(db, accountId, shopId);
  return listRevisions(db, shopId);
}

// ---- Photos ----

/**
 * A photo and whether it is public (cached for a year). A photo of a change still waiting for review
 * is shown only to its merchant and to staff; to anyone else it does not exist (404).
 */
export async function viewPhoto(
  db: Db,
  viewer: SignedInAccount | null,
  id: string,
  variant: "small" | "large",
): Promise<{ content: Uint8Array<ArrayBuffer>; isPublic: boolean }> {
  const photo = await readPhoto(db, id, variant);
  if (!photo) throw new ProblemError(404, "not_found");
  const entry = await findShop(db, photo.shop_id);
  const isPublic = entry?.live === true && entry.shop.photo?.id === id;
  if (!isPublic) {
    const mayPreview =
      viewer && (viewer.role !== "citizen" || (entry !== undefined && entry.ownerId === viewer.id));
    if (!mayPreview) throw new ProblemError(404, "not_found");
  }
  return { content: new Uint8Array(photo.content), isPublic };
}

/** A new photo for the entry, saved like any change of the merchant (at once or for review). */
export async function changePhoto(
  db: Db,
  accountId: string,
  shopId: string,
  photo: ProcessedPhoto,
  now: Date,
): Promise<SaveResult> {
  return inTransaction(db, async (trx) => {
    const entry = await ownEntry(trx, accountId, shopId);
    await insertPhoto(trx, { ...photo, shopId, accountId });
    const details = await currentDetails(trx, entry);
    const record = { id: photo.id, width: photo.width, height: photo.height };
    return saveMerchantChange(trx, accountId, shopId, { details, photo: record }, now);
  });
}

export async function removePhoto(db: Db, accountId: string, shopId: string, now: Date): Promise<SaveResult> {
  const entry = await ownEntry(db, accountId, shopId);
  const details = await currentDetails(db, entry);
  return saveMerchantChange(db, accountId, shopId, { details, photo: null }, now);
}

// ---- Claims ----

function claimRow(shopId: string, accountId: string, write: ClaimWrite, newEntry: boolean, now: Date) {
  return {
    id: randomUUID(),
    shop_id: shopId,
    account_id: accountId,
    role: write.role,
    phone: write.phone,
    message: write.message,
    new_entry: newEntry ? 1 : 0,
    state: "pending",
    reason: null,
    created_at: now.toISOString(),
    decided_at: null,
    decided_by: null,
  };
}

/** A merchant says a live entry is theirs; staff verify before anything changes. */
export async function claimShop(db: Db, accountId: string, shopId: string, write: ClaimWrite, now: Date) {
  return inTransaction(db, async (trx) => {
    const entry = await findShop(trx, shopId);
    if (!entry || !entry.live) throw new ProblemError(404, "not_found");
    if (entry.ownerId === accountId) throw new ProblemError(409, "conflict", "You keep this entry already");
    if (entry.ownerId) throw new ProblemError(409, "conflict", "A merchant keeps this entry already");
    const pending = await listClaims(trx, { accountId, shopId, state: "pending" });
    if (pending.length > 0) throw new ProblemError(409, "conflict", "Your claim is being checked already");
    const row = claimRow(shopId, accountId, write, false, now);
    await insertClaim(trx, row);
    return { row, shopName: entry.shop.name };
  });
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48) || "eintrag";

/** A merchant's new entry: kept out of the feed until staff approve the claim that comes with it. */
export async function createEntry(db: Db, accountId: string, write: NewShopWrite, now: Date) {
  checkOpeningHours(write.details, "details.");
  return inTransaction(db, async (trx) => {
    const open = await listClaims(trx, { accountId, state: "pending" });
    if (open.filter((c) => c.new_entry === 1).length >= 3) {
      throw new ProblemError(409, "conflict", "At most three new entries may wait for review");
    }
    const id = `${slug(write.details.name)}-${randomUUID().slice(0, 6)}`;
    const shop: Shop = {
      ...write.details,
      id,
      photo: null,
      source: "merchant",
      osmId: null,
      verified: false,
      sample: false,
      updatedAt: now.toISOString(),
    };
    await writeShop(trx, { shop, live: false, ownerId: null, trust: "review", version: 0 });
    const row = claimRow(id, accountId, write, true, now);
    await insertClaim(trx, row);
    return { row, shopName: shop.name };
  });
}

/** Staff approve a claim: the merchant keeps the entry (a new one goes live) with the chosen trust. */
export async function approveClaim(
  db: Db,
  claimId: string,
  trust: StoredShop["trust"],
  staffId: string,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const claim = await openClaim(trx, claimId);
    const entry = await findShop(trx, claim.shop_id);
    if (!entry) throw new ProblemError(404, "not_found");
    if (entry.ownerId && entry.ownerId !== claim.account_id) {
      throw new ProblemError(409, "conflict", "Another merchant keeps this entry already");
    }
    const at = now.toISOString();
    await decideClaim(trx, claimId, { state: "approved", reason: null, by: staffId, at });
    const kept = { ...entry, ownerId: claim.account_id, trust };
    const shop: Shop = { ...entry.shop, verified: true, updatedAt: at };
    await publish(trx, kept, shop, { by: "staff", authorId: staffId, note: "claim-approved" });
    // Other merchants' claims on the same entry cannot succeed any more.
    for (const other of await listClaims(trx, { shopId: claim.shop_id, state: "pending" })) {
      await decideClaim(trx, other.id, {
        state: "refused",
        reason: "Ein anderer Händler wurde für diesen Eintrag bestätigt.",
        by: staffId,
        at,
      });
    }
  });
}

/** A refused new entry never goes live; it stays with its claim, so the merchant reads the reason. */
export async function refuseClaim(db: Db, claimId: string, reason: string, staffId: string, now: Date) {
  await inTransaction(db, async (trx) => {
    await openClaim(trx, claimId);
    await decideClaim(trx, claimId, { state: "refused", reason, by: staffId, at: now.toISOString() });
  });
}

async function openClaim(db: Db, claimId: string) {
  const claim = await findClaim(db, claimId);
  if (!claim) throw new ProblemError(404, "not_found");
  if (claim.state !== "pending") throw new ProblemError(409, "conflict", "The claim was decided already");
  return claim;
}

// ---- Merchants' changes ----

/**
 * A merchant's change to the entry: published at once for trusted merchants, otherwise kept as the
 * one pending change (a newer one replaces it) until staff publish or refuse it.
 */
export async function saveMerchantChange(
  db: Db,
  accountId: string,
  shopId: string,
  change: { details: ShopDetails; photo?: ShopPhoto | null },
  now: Date,
): Promise<SaveResult> {
  checkOpeningHours(change.details);
  return inTransaction(db, async (trx) => {
    const entry = await ownEntry(trx, accountId, shopId);
    const waiting = await pendingChange(trx, shopId);
    // A photo change made while a change waits builds on that change's photo.
    const basePhoto = waiting ? changeDetails(waiting).photo : entry.shop.photo;
    const photo = change.photo === undefined ? basePhoto : change.photo;
    if (entry.trust === "trusted") {
      const shop = withDetails(entry.shop, change.details, photo, now);
      const published = await publish(trx, entry, shop, { by: "merchant", authorId: accountId });
      await removeUnusedPhotos(trx, shopId, photo ? [photo.id] : []);
      return { outcome: "published", entry: await merchantEntry(trx, published) };
    }
    const row: ChangeRow = {
      id: randomUUID(),
      shop_id: shopId,
      account_id: accountId,
      details: JSON.stringify(change.details),
      photo: JSON.stringify(photo),
      state: "pending",
      reason: null,
      submitted_at: now.toISOString(),
      decided_at: null,
      decided_by: null,
    };
    await putPendingChange(trx, row);
    const used = [entry.shop.photo?.id, photo?.id].filter((id): id is string => id !== undefined);
    await removeUnusedPhotos(trx, shopId, used);
    return { outcome: "pending", entry: await merchantEntry(trx, entry) };
  });
}

/** The details a merchant's next change starts from: the waiting change, or the live entry. */
export async function currentDetails(db: Db, entry: StoredShop): Promise<ShopDetails> {
  const waiting = await pendingChange(db, entry.shop.id);
  return waiting ? changeDetails(waiting).details : detailsOf(entry.shop);
}

export async function decidePendingChange(
  db: Db,
  changeId: string,
  decision: { decision: "publish" } | { decision: "refuse"; reason: string },
  staffId: string,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const row = await findChange(trx, changeId);
    if (!row) throw new ProblemError(404, "not_found");
    if (row.state !== "pending") throw new ProblemError(409, "conflict", "The change was decided already");
    const entry = await findShop(trx, row.shop_id);
    if (!entry) throw new ProblemError(404, "not_found");
    const { details, photo } = changeDetails(row);
    const at = now.toISOString();
    if (decision.decision === "refuse") {
      await decideChange(trx, changeId, { state: "refused", reason: decision.reason, by: staffId, at });
      await removeUnusedPhotos(trx, entry.shop.id, entry.shop.photo ? [entry.shop.photo.id] : []);
      return;
    }
    await decideChange(trx, changeId, { state: "published", reason: null, by: staffId, at });
    const shop = withDetails(entry.shop, details, photo, now);
    await publish(trx, entry, shop, { by: "merchant", authorId: row.account_id, note: "reviewed" });
    await removeUnusedPhotos(trx, entry.shop.id, photo ? [photo.id] : []);
  });
}

/**
 * When a merchant's account is deleted, the entries it kept stay in the directory, no longer
 * verified; the account's claims and waiting changes go with the account (foreign keys).
 */
export async function releaseMerchantEntries(db: Db, accountId: string, now: Date): Promise<void> {
  for (const entry of await listShops(db, { ownerId: accountId })) {
    const released = { ...entry, ownerId: null, trust: "review" as const };
    const shop = { ...entry.shop, verified: false, updatedAt: now.toISOString() };
    await publish(db, released, shop, { by: "system", authorId: null, note: "merchant-left" });
  }
}

// ---- Offers that ran out ----

/** Removes offers whose last day lies before `today` (Berlin) from live entries; returns how many. */
export async function pruneExpiredOffers(db: Db, now: Date): Promise<number> {
  const today = berlinDate(now);
  let removed = 0;
  for (const entry of await listShops(db, { liveOnly: true })) {
    const offers = entry.shop.offers.filter((offer) => offer.endsOn >= today);
    if (offers.length === entry.shop.offers.length) continue;
    removed += entry.shop.offers.length - offers.length;
    await inTransaction(db, (trx) =>
      publish(
        trx,
        entry,
        { ...entry.shop, offers, updatedAt: now.toISOString() },
        { by: "system", authorId: null, note: "offers-expired" },
      ),
    );
  }
  return removed;
}
