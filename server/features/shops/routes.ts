// /api/shops: photos and the open data export for everyone; claims, new entries and changes for
// merchants (any signed-in citizen account; the economic development staff verify them).
import type { Context } from "hono";
import {
  claimWriteSchema,
  type MerchantOverview,
  newShopWriteSchema,
  SHOP_PHOTO_MAX_BYTES,
  shopDetailsWriteSchema,
  shopIdSchema,
} from "../../../src/lib/contract/shops";
import { z } from "../../../src/lib/contract/zod";
import type { AppEnv } from "../../http/env";
import { idempotent } from "../../http/idempotency";
import { ProblemError } from "../../http/problem";
import { rateLimit } from "../../http/rate-limit";
import { createRouter } from "../../http/router";
import { requireAccount } from "../../http/session";
import { parseInput, readJson } from "../../http/validate";
import { readForm } from "../files/store";
import { LICENCE_NOTE, toCsv, toGeoJson } from "./export";
import { processPhoto } from "./photos";
import {
  claimShop,
  createEntry,
  currentDetails,
  merchantEntry,
  ownEntry,
  saveMerchantChange,
} from "./service";
import {
  findShop,
  insertPhoto,
  listClaims,
  listRevisions,
  listShops,
  merchantClaimOf,
  readPhoto,
} from "./store";

const photoParams = z.object({ id: z.uuid(), variant: z.enum(["small", "large"]) });

/** Merchants are citizens' accounts: staff work in the console, not as merchants. */
function requireMerchant(c: Context<AppEnv>) {
  const account = requireAccount(c);
  if (account.role !== "citizen")
    throw new ProblemError(403, "forbidden", "Staff accounts cannot be merchants");
  return account;
}

export function shopRoutes() {
  const app = createRouter();
  const merchantWrites = rateLimit({ name: "shop-merchant-writes", windowMs: 60 * 60_000, max: 120 });

  // Photos are immutable under their id: cached for a year. A photo of a change still waiting for
  // review is shown only to its merchant and to staff.
  app.get("/photos/:id/:file", async (c) => {
    const { id, variant } = parseInput(photoParams, {
      id: c.req.param("id"),
      variant: /^(small|large)\.webp$/.exec(c.req.param("file"))?.[1],
    });
    const photo = await readPhoto(c.var.db, id, variant);
    if (!photo) throw new ProblemError(404, "not_found");
    const entry = await findShop(c.var.db, photo.shop_id);
    const isPublic = entry?.live === true && entry.shop.photo?.id === id;
    if (!isPublic) {
      const account = c.var.account;
      const mayPreview =
        account && (account.role !== "citizen" || (entry !== undefined && entry.ownerId === account.id));
      if (!mayPreview) throw new ProblemError(404, "not_found");
    }
    return c.body(new Uint8Array(photo.content), 200, {
      "Content-Type": "image/webp",
      "Cache-Control": isPublic ? "public, max-age=31536000, immutable" : "private, no-store",
      "X-Content-Type-Options": "nosniff",
    });
  });

  // ---- Open data ----

  app.get("/export.geojson", async (c) => {
    const shops = (await listShops(c.var.db, { liveOnly: true })).map((e) => e.shop);
    return c.body(JSON.stringify(toGeoJson(shops, new Date().toISOString())), 200, {
      "Content-Type": "application/geo+json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="delmenhorst-shopping.geojson"',
      "Cache-Control": "public, max-age=3600",
    });
  });

  app.get("/export.csv", async (c) => {
    const shops = (await listShops(c.var.db, { liveOnly: true })).map((e) => e.shop);
    return c.body(toCsv(shops), 200, {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": 'attachment; filename="delmenhorst-shopping.csv"',
      "Cache-Control": "public, max-age=3600",
      Link: '<https://www.openstreetmap.org/copyright>; rel="license"',
      "X-License-Note": encodeURIComponent(LICENCE_NOTE),
    });
  });

  // ---- Merchants ----

  app.get("/merchant", async (c) => {
    const account = requireMerchant(c);
    const db = c.var.db;
    const kept = await listShops(db, { ownerId: account.id });
    const claims = await listClaims(db, { accountId: account.id });
    const names = new Map<string, string>();
    for (const claim of claims) {
      if (!names.has(claim.shop_id))
        names.set(claim.shop_id, (await findShop(db, claim.shop_id))?.shop.name ?? "");
    }
    const overview: MerchantOverview = {
      entries: await Promise.all(kept.map((entry) => merchantEntry(db, entry))),
      claims: claims.map((claim) => merchantClaimOf(claim, names.get(claim.shop_id) ?? "")),
    };
    return c.json(overview, 200);
  });

  app.post("/merchant/entries", merchantWrites, idempotent(), async (c) => {
    const account = requireMerchant(c);
    const write = await readJson(c.req, newShopWriteSchema);
    const { row, shopName } = await createEntry(c.var.db, account.id, write, new Date());
    return c.json(merchantClaimOf(row, shopName), 201);
  });

  app.put("/merchant/entries/:id", merchantWrites, async (c) => {
    const account = requireMerchant(c);
    const id = parseInput(shopIdSchema, c.req.param("id"));
    const details = await readJson(c.req, shopDetailsWriteSchema);
    return c.json(await saveMerchantChange(c.var.db, account.id, id, { details }, new Date()), 200);
  });

  app.post("/merchant/entries/:id/photo", merchantWrites, async (c) => {
    const account = requireMerchant(c);
    const id = parseInput(shopIdSchema, c.req.param("id"));
    const entry = await ownEntry(c.var.db, account.id, id);
    const part = (await readForm(c)).photo;
    if (!(part instanceof File)) {
      throw new ProblemError(400, "validation_failed", 'A file in the form field "photo" is required', [
        { path: "photo", message: "required" },
      ]);
    }
    if (part.size > SHOP_PHOTO_MAX_BYTES) throw new ProblemError(413, "file_too_large");
    const photo = await processPhoto(new Uint8Array(await part.arrayBuffer()));
    const now = new Date();
    return c.var.db.transaction().execute(async (trx) => {
      await insertPhoto(trx, { ...photo, shopId: id, accountId: account.id });
      const details = await currentDetails(trx, entry);
      const record = { id: photo.id, width: photo.width, height: photo.height };
      return c.json(await saveMerchantChange(trx, account.id, id, { details, photo: record }, now), 200);
    });
  });

  app.delete("/merchant/entries/:id/photo", merchantWrites, async (c) => {
    const account = requireMerchant(c);
    const id = parseInput(shopIdSchema, c.req.param("id"));
    const entry = await ownEntry(c.var.db, account.id, id);
    const details = await currentDetails(c.var.db, entry);
    return c.json(
      await saveMerchantChange(c.var.db, account.id, id, { details, photo: null }, new Date()),
      200,
    );
  });

  app.get("/merchant/entries/:id/history", async (c) => {
    const account = requireMerchant(c);
    const id = parseInput(shopIdSchema, c.req.param("id"));
    await ownEntry(c.var.db, account.id, id);
    return c.json({ revisions: await listRevisions(c.var.db, id) }, 200);
  });

  app.post("/:id/claim", merchantWrites, async (c) => {
    const account = requireMerchant(c);
    const id = parseInput(shopIdSchema, c.req.param("id"));
    const write = await readJson(c.req, claimWriteSchema);
    const { row, shopName } = await claimShop(c.var.db, account.id, id, write, new Date());
    return c.json(merchantClaimOf(row, shopName), 201);
  });

  return app;
}
