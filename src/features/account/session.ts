// The signed-in account on this device: who it is (also offline, from Dexie), signing in and out.
// Signing out removes every piece of personal data from the device (src/lib/personal-data.ts).
// Dexie and the wipe (with every collection's schema) are loaded when first needed: the chat asks
// only the server (loadSessionOnline) and so opens without them.
import { createSignal } from "solid-js";
import { getJson, sendJson } from "../../lib/api";
import { type AccountSummary, type SessionInfo, sessionInfoSchema } from "../../lib/contract/account";
import type { AppDatabase } from "../../lib/db";
import { NetworkError, resetCsrfToken } from "../../lib/http";
import { requestSync } from "../../lib/sync-status";

const appDb = async (): Promise<AppDatabase> => (await import("../../lib/db")).appDb();
const wipePersonalData = async (db: AppDatabase): Promise<void> =>
  (await import("../../lib/personal-data")).wipePersonalData(db);

const PENDING_SIGN_OUT = "delmenhorst-pending-sign-out";

const [account, setAccount] = createSignal<AccountSummary | null>(null);
const [sessionKnown, setSessionKnown] = createSignal(false);
export { account, sessionKnown };

/** Reads the stored session first (offline), then asks the server; a session gone there is wiped here. */
export async function loadSession(): Promise<void> {
  const db = await appDb();
  const stored = await db.session.get("current");
  setAccount(stored?.account ?? null);
  if (stored) setSessionKnown(true);
  await finishPendingSignOut();
  try {
    await applySession(await getJson("/api/auth/session", sessionInfoSchema));
  } catch (error) {
    // Offline: the stored session stands until the server can be asked.
    if (!(error instanceof NetworkError)) throw error;
  } finally {
    setSessionKnown(true);
  }
}

/**
 * Who is signed in, from the server alone, for a page that works only online and shows no personal
 * data of the device (the chat: its form asks a name and a proof of work only of the anonymous).
 * The device's copy of the session is left as it is: the pages with personal data (useSession) and
 * the sync (src/lib/sync-runner.ts) compare it with the server and wipe it when the session ended.
 * Throws NetworkError offline; `sessionKnown` stays as it was, so those pages still ask.
 */
export async function loadSessionOnline(): Promise<void> {
  await finishPendingSignOut();
  const info = await getJson("/api/auth/session", sessionInfoSchema);
  resetCsrfToken(info.csrfToken);
  setAccount(info.account);
}

/** Takes the answer of sign-in, sign-up, passkey sign-in or GET /api/auth/session. */
export async function applySession(info: SessionInfo): Promise<void> {
  const db = await appDb();
  resetCsrfToken(info.csrfToken);
  const stored = await db.session.get("current");
  if (!info.account) {
    if (stored) await wipePersonalData(db);
    setAccount(null);
    return;
  }
  // Another person signed in on this device: nothing of the previous one may remain.
  if (stored && stored.account.id !== info.account.id) await wipePersonalData(db);
  await db.session.put({ key: "current", account: info.account, storedAt: new Date().toISOString() });
  setAccount(info.account);
  if (!stored || stored.account.id !== info.account.id) void requestSync();
}

/** POST to an auth endpoint that answers with a SessionInfo, and apply it. */
export async function postForSession(url: string, body?: unknown): Promise<SessionInfo> {
  const info = await sendJson("POST", url, body ?? {}, sessionInfoSchema);
  await applySession(info);
  return info;
}

/**
 * Signs out and wipes the device. Offline, the device is wiped at once and the server is told when
 * the connection returns (the cookie is HttpOnly: only the server can end the session).
 */
export async function signOut(options: { everywhere?: boolean } = {}): Promise<void> {
  const url = options.everywhere ? "/api/auth/sign-out-everywhere" : "/api/auth/sign-out";
  try {
    await postForSession(url);
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
    localStorage.setItem(PENDING_SIGN_OUT, url);
  }
  await wipePersonalData(await appDb());
  resetCsrfToken();
  setAccount(null);
}

async function finishPendingSignOut(): Promise<void> {
  const url = localStorage.getItem(PENDING_SIGN_OUT);
  if (!url) return;
  try {
    await sendJson("POST", url, {});
    localStorage.removeItem(PENDING_SIGN_OUT);
    resetCsrfToken();
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
  }
}
