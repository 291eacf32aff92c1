// Which address the waste calendar shows: the one picked on this device; else, signed in, the one kept
// on the account (picked on another device). Light on purpose: the start page's overview reads it too.
import type { AppDatabase, WasteAddress } from "../../lib/db";

export async function addressOf(db: AppDatabase): Promise<WasteAddress | undefined> {
  const own = await db.wasteAddress.get("address");
  if (own) return own;
  const session = await db.session.get("current");
  const kept = session ? (await db.profile.get(session.account.id))?.wasteAddress : undefined;
  return kept ? { key: "address", streetId: kept.streetId, houseNumber: kept.houseNumber } : undefined;
}
