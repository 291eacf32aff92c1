// Warnings: the current state of each (table `warnings`), every state it had (`warning_history`),
// published to devices through the public change feed. Nothing here deletes a warning: one that
// NINA stops listing stays with its expiry, so a failing upstream can never empty the list.
import { randomUUID } from "node:crypto";
import { type Warning, type WarningArea, warningSchema } from "../../../src/lib/contract/warnings";
import { type Db, inTransaction } from "../../db/database";
import { enqueueWarningPush } from "../push/jobs";
import { upsertEntries } from "../../platform/sync/store";

/** The sync collection devices read warnings from (server/platform/sync/collections.ts). */
export const WARNINGS_COLLECTION = "warnings";

export const HISTORY_LIMIT = 50;

/** Rows are written only by this module, but a stored row of an older schema must not crash reads. */
function parseStored(data: string): Warning | null {
  try {
    const parsed = warningSchema.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function findWarning(db: Db, id: string): Promise<Warning | null> {
  const row = await db.selectFrom("warnings").select("data").where("id", "=", id).executeTakeFirst();
  return row ? parseStored(row.data) : null;
}

/** The stored states of these ids, to decide without a request whether a listed state is new. */
export async function findWarnings(db: Db, ids: string[]): Promise<Map<string, Warning>> {
  const found = new Map<string, Warning>();
  // Chunks keep the statement under SQLite's and PostgreSQL's parameter limits.
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom("warnings")
      .select(["id", "data"])
      .where("id", "in", ids.slice(i, i + 500))
      .execute();
    for (const row of rows) {
      const warning = parseStored(row.data);
      if (warning) found.set(row.id, warning);
    }
  }
  return found;
}

export const isSameState = (a: Pick<Warning, "hash" | "version">, b: Pick<Warning, "hash" | "version">) =>
  a.hash === b.hash && a.version === b.version;

export type SaveResult =
  /** A new warning or a new state (hash or version changed): stored, published, push job queued. */
  | "new-state"
  /** The same state listed by one more district: regions merged and published, no push. */
  | "regions-added"
  | "unchanged";

/**
 * Stores a state of a warning. Only a new id or a changed hash/version is a new state: then the
 * history grows, devices get it through the feed and one push job is queued, all in one transaction.
 * Regions only ever grow (a district that stops listing a warning does not make it disappear).
 */
export async function saveWarningState(db: Db, warning: Warning): Promise<SaveResult> {
  return inTransaction(db, async (trx) => {
    const stored = await findWarning(trx, warning.id);
    const regions = [...new Set([...(stored?.regions ?? []), ...warning.regions])].sort();
    const now = new Date().toISOString();

    if (stored && isSameState(stored, warning)) {
      if (regions.length === stored.regions.length) return "unchanged";
      const merged: Warning = { ...stored, regions };
      await trx
        .updateTable("warnings")
        .set({ data: JSON.stringify(merged), updated_at: now })
        .where("id", "=", warning.id)
        .execute();
      await upsertEntries(trx, WARNINGS_COLLECTION, [{ id: merged.id, data: merged }]);
      return "regions-added";
    }

    const state: Warning = { ...warning, regions };
    const data = JSON.stringify(state);
    const row = {
      provider: state.provider,
      version: state.version,
      hash: state.hash,
      msg_type: state.msgType,
      severity: state.severity,
      sent: state.sent,
      expires: state.expires,
      data,
      updated_at: now,
    };
    await trx
      .insertInto("warnings")
      .values({ id: state.id, ...row, first_seen_at: now })
      .onConflict((oc) => oc.column("id").doUpdateSet(row))
      .execute();
    await trx
      .insertInto("warning_history")
      .values({
        id: randomUUID(),
        warning_id: state.id,
        version: state.version,
        hash: state.hash,
        data,
        recorded_at: now,
      })
      .execute();
    await upsertEntries(trx, WARNINGS_COLLECTION, [{ id: state.id, data: state }]);
    await enqueueWarningPush(trx, state);
    return "new-state";
  });
}

/** Upstream warnings still listed by NINA (not city notices, not withdrawn). */
export async function listedUpstreamWarnings(db: Db): Promise<Warning[]> {
  const rows = await db.selectFrom("warnings").select("data").where("provider", "!=", "city").execute();
  return rows
    .map((r) => parseStored(r.data))
    .filter((w): w is Warning => w !== null && w.withdrawnAt === null);
}

/**
 * Marks a warning as no longer listed by its source (or listed again, with null). Not a new state of
 * the warning: no history entry and no push, but devices get it through the feed.
 */
export async function setWithdrawn(db: Db, id: string, withdrawnAt: string | null): Promise<void> {
  await amendCurrentState(db, id, (stored) =>
    stored.withdrawnAt === withdrawnAt ? null : { ...stored, withdrawnAt },
  );
}

/** Keeps the warning's polygons with its current state (not a new state: no history, no push). */
export async function setWarningArea(db: Db, id: string, area: WarningArea | null): Promise<void> {
  await amendCurrentState(db, id, (stored) =>
    JSON.stringify(stored.area) === JSON.stringify(area) ? null : { ...stored, area },
  );
}

/** Changes the stored state in place and in the feed; `change` returns null when nothing changes. */
async function amendCurrentState(db: Db, id: string, change: (stored: Warning) => Warning | null) {
  await inTransaction(db, async (trx) => {
    const stored = await findWarning(trx, id);
    const changed = stored && change(stored);
    if (!changed) return;
    await trx
      .updateTable("warnings")
      .set({ data: JSON.stringify(changed), updated_at: new Date().toISOString() })
      .where("id", "=", id)
      .execute();
    await upsertEntries(trx, WARNINGS_COLLECTION, [{ id, data: changed }]);
  });
}

/** Current states, newest first; expired ones included (the client shows them as past). */
export async function listWarnings(db: Db, options: { limit?: number } = {}): Promise<Warning[]> {
  const rows = await db
    .selectFrom("warnings")
    .select("data")
    .orderBy("sent", "desc")
    .orderBy("id")
    .limit(options.limit ?? 500)
    .execute();
  return rows.map((r) => parseStored(r.data)).filter((w) => w !== null);
}

/** The states one warning had, newest first. */
export async function warningHistory(db: Db, id: string, limit = HISTORY_LIMIT): Promise<Warning[]> {
  const rows = await db
    .selectFrom("warning_history")
    .select("data")
    .where("warning_id", "=", id)
    // Two states within one millisecond (tests, a quick Update): the higher version is the newer.
    .orderBy("recorded_at", "desc")
    .orderBy("version", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => parseStored(r.data)).filter((w) => w !== null);
}
