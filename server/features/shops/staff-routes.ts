// /api/staff/shops: the economic development staff (department wirtschaft) verify merchants' claims,
// review changes, set each merchant's trust, see the history, import from OpenStreetMap and keep the
// market / Sunday shopping calendar.
import {
  changeDecisionSchema,
  claimDecisionSchema,
  type MerchantTrust,
  SHOPPING_DAYS_COLLECTION,
  shoppingDaySchema,
  SHOPS_DEPARTMENT,
  type StaffChange,
  type StaffClaim,
  type StaffPerson,
  shopIdSchema,
  trustWriteSchema,
} from "../../../src/lib/contract/shops";
import { z } from "../../../src/lib/contract/zod";
import type { Db } from "../../db/database";
import { ProblemError } from "../../http/problem";
import { createRouter } from "../../http/router";
import { requireStaff } from "../../http/session";
import { parseInput, readJson } from "../../http/validate";
import { recordAudit } from "../audit/store";
import { deleteEntry, listEntries, upsertEntries } from "../sync/store";
import { importOsm } from "./osm-import";
import { approveClaim, checkOpeningHours, decidePendingChange, refuseClaim } from "./service";
import {
  type ChangeRow,
  changeDetails,
  type ClaimRow,
  findClaim,
  findShop,
  listClaims,
  listPendingChanges,
  listRevisions,
  listShops,
  merchantClaimOf,
  setTrust,
} from "./store";

const DEPARTMENTS = [SHOPS_DEPARTMENT];
const idParam = z.uuid();
const RECENT_DECIDED = 30;

async function people(db: Db, ids: string[]): Promise<Map<string, StaffPerson>> {
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

const unknownPerson = (id: string): StaffPerson => ({ id, name: "", email: "" });

async function staffClaims(db: Db, rows: ClaimRow[]): Promise<StaffClaim[]> {
  const persons = await people(
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

async function staffChanges(db: Db, rows: ChangeRow[]): Promise<StaffChange[]> {
  const persons = await people(
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

export function staffShopRoutes() {
  const app = createRouter();

  app.get("/claims", async (c) => {
    const actor = requireStaff(c, DEPARTMENTS);
    const db = c.var.db;
    // Claims name the merchants (name, email, phone): reading them is recorded.
    await recordAudit(db, { actor, action: "shops.claims-read" });
    const pending = await listClaims(db, { state: "pending" });
    const decided = (await listClaims(db, {})).filter((r) => r.state !== "pending").slice(0, RECENT_DECIDED);
    return c.json({ claims: await staffClaims(db, [...pending.reverse(), ...decided]) }, 200);
  });

  app.post("/claims/:id/decision", async (c) => {
    const staff = requireStaff(c, DEPARTMENTS);
    const id = parseInput(idParam, c.req.param("id"));
    const decision = await readJson(c.req, claimDecisionSchema);
    const now = new Date();
    if (decision.decision === "approve") await approveClaim(c.var.db, id, decision.trust, staff.id, now);
    else await refuseClaim(c.var.db, id, decision.reason, staff.id, now);
    await recordAudit(c.var.db, {
      actor: staff,
      action: "shops.claim-decided",
      subjectId: id,
      reason: decision.decision === "refuse" ? decision.reason : null,
      details: decision,
    });
    const row = await findClaim(c.var.db, id);
    const [claim] = row ? await staffClaims(c.var.db, [row]) : [];
    if (!claim) throw new ProblemError(404, "not_found");
    return c.json(claim, 200);
  });

  app.get("/changes", async (c) => {
    requireStaff(c, DEPARTMENTS);
    return c.json({ changes: await staffChanges(c.var.db, await listPendingChanges(c.var.db)) }, 200);
  });

  app.post("/changes/:id/decision", async (c) => {
    const staff = requireStaff(c, DEPARTMENTS);
    const id = parseInput(idParam, c.req.param("id"));
    const decision = await readJson(c.req, changeDecisionSchema);
    await decidePendingChange(c.var.db, id, decision, staff.id, new Date());
    await recordAudit(c.var.db, {
      actor: staff,
      action: "shops.change-decided",
      subjectId: id,
      details: decision,
    });
    return c.json({}, 200);
  });

  app.get("/entries", async (c) => {
    requireStaff(c, DEPARTMENTS);
    const entries = await listShops(c.var.db);
    const persons = await people(
      c.var.db,
      entries.flatMap((e) => (e.ownerId ? [e.ownerId] : [])),
    );
    return c.json(
      {
        entries: entries.map((e) => ({
          shop: e.shop,
          live: e.live,
          owner: e.ownerId ? (persons.get(e.ownerId) ?? unknownPerson(e.ownerId)) : null,
          trust: e.trust satisfies MerchantTrust,
        })),
      },
      200,
    );
  });

  app.put("/entries/:id/trust", async (c) => {
    requireStaff(c, DEPARTMENTS);
    const id = parseInput(shopIdSchema, c.req.param("id"));
    const { trust } = await readJson(c.req, trustWriteSchema);
    if (!(await setTrust(c.var.db, id, trust))) throw new ProblemError(404, "not_found");
    return c.json({ trust }, 200);
  });

  app.get("/entries/:id/history", async (c) => {
    requireStaff(c, DEPARTMENTS);
    const id = parseInput(shopIdSchema, c.req.param("id"));
    if (!(await findShop(c.var.db, id))) throw new ProblemError(404, "not_found");
    return c.json({ revisions: await listRevisions(c.var.db, id) }, 200);
  });

  app.post("/import", async (c) => {
    requireStaff(c, DEPARTMENTS);
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new ProblemError(400, "malformed_json");
    }
    return c.json(await importOsm(c.var.db, body, new Date()), 200);
  });

  // ---- Market days and Sunday shopping days ----

  app.get("/shopping-days", async (c) => {
    requireStaff(c, DEPARTMENTS);
    return c.json({ days: (await listEntries(c.var.db, SHOPPING_DAYS_COLLECTION)).map((e) => e.data) }, 200);
  });

  app.put("/shopping-days/:id", async (c) => {
    requireStaff(c, DEPARTMENTS);
    const id = parseInput(shopIdSchema, c.req.param("id"));
    const write = await readJson(c.req, shoppingDaySchema.omit({ id: true }).strict());
    checkOpeningHours(write);
    const day = { id, ...write };
    await upsertEntries(c.var.db, SHOPPING_DAYS_COLLECTION, [{ id, data: day }]);
    return c.json(day, 200);
  });

  app.delete("/shopping-days/:id", async (c) => {
    requireStaff(c, DEPARTMENTS);
    const id = parseInput(shopIdSchema, c.req.param("id"));
    if (!(await deleteEntry(c.var.db, SHOPPING_DAYS_COLLECTION, id)))
      throw new ProblemError(404, "not_found");
    return c.body(null, 204);
  });

  return app;
}
