// The warnings feature's access to its Dexie tables. Warnings come from the sync feed and from
// push messages (sw/push.ts); this device's push subscription is kept in `pushRegistration`, the
// last known state of the sources in localStorage.
import { type Warning, type WarningsStatus, warningsStatusSchema } from "../../lib/contract/warnings";
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

const STATUS_KEY = "delmenhorst.warnings.status";

/**
 * The server's last report of NINA's answers, kept so that offline the page still says as of when
 * the warnings are known (not when the device last synced). Checked again on reading: it may come
 * from an older version of the app.
 */
export function lastKnownStatus(): WarningsStatus | null {
  try {
    const stored = localStorage.getItem(STATUS_KEY);
    if (!stored) return null;
    const parsed = warningsStatusSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function keepStatus(status: WarningsStatus): void {
  try {
    localStorage.setItem(STATUS_KEY, JSON.stringify(status));
  } catch {
    // Storage full or disabled: the page then knows the status only while online.
  }
}

export const storedPushRegistration = (): Promise<StoredPushRegistration | undefined> =>
  appDb().pushRegistration.get("current");

export async function storePushRegistration(registration: StoredPushRegistration): Promise<void> {
  await appDb().pushRegistration.put(registration);
}

export async function forgetPushRegistration(): Promise<void> {
  await appDb().pushRegistration.delete("current");
}
