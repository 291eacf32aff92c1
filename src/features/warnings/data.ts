// The warnings feature's access to its Dexie tables. Warnings come from the sync feed and from
// push messages (sw/push.ts); this device's push subscription is kept in `pushRegistration`.
import type { Warning } from "../../lib/contract/warnings";
import { appDb, type StoredPushRegistration } from "../../lib/db";

export const allWarnings = (): Promise<Warning[]> => appDb().warnings.toArray();

export const warningById = (id: string): Promise<Warning | undefined> => appDb().warnings.get(id);

/** A state the server answered with (a published or ended notice): shown before the next sync. */
export async function storeWarning(warning: Warning): Promise<void> {
  await appDb().warnings.put(warning);
}

/** When the warnings feed was last synced to this device. */
export async function warningsSyncedAt(): Promise<string | null> {
  return (await appDb().syncState.get("warnings"))?.syncedAt ?? null;
}

export const storedPushRegistration = (): Promise<StoredPushRegistration | undefined> =>
  appDb().pushRegistration.get("current");

export async function storePushRegistration(registration: StoredPushRegistration): Promise<void> {
  await appDb().pushRegistration.put(registration);
}

export async function forgetPushRegistration(): Promise<void> {
  await appDb().pushRegistration.delete("current");
}
