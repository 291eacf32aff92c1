// Delmenhorst Shopping on the server: a merchant claims, staff verify, changes go out by trust
// (published or reviewed), with history; bad input (opening hours, photos, someone else's entry)
// is refused with nothing changed; OpenStreetMap import and open data export.
import { readFileSync } from "node:fs";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type MerchantClaim,
  type MerchantOverview,
  type OsmImportResult,
  type Revision,
  type SaveResult,
  type Shop,
  SHOPS_COLLECTION,
  shopSchema,
  type StaffChange,
} from "../../../src/lib/contract/shops";
import type { Problem } from "../../../src/lib/contract/problem";
import { createAccountWithSession } from "../../testing/accounts";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { TestClient } from "../../testing/test-client";
import { deleteAccount } from "../account/deletion";
import { listEntries } from "../../platform/sync/store";
import { seedShopsOnFirstStart } from "./seed";
import { detailsOf, pruneExpiredOffers } from "./service";

let t: TestApp;
let merchant: TestClient;
let otherMerchant: TestClient;
let agency: TestClient;

beforeEach(async () => {
  t = await createTestApp();
  await seedShopsOnFirstStart(t.db, new Date("2026-11-27T10:00:00Z"));
  ({ client: merchant } = await createAccountWithSession(t, { role: "citizen" }));
  ({ client: otherMerchant } = await createAccountWithSession(t, { role: "citizen" }));
  ({ client: agency } = await createAccountWithSession(t, { role: "staff", department: "wirtschaft" }));
});
afterEach(() => t.close());

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../tests/fixtures/osm/${name}`, import.meta.url), "utf8"));

async function liveShop(id: string): Promise<Shop | undefined> {
  const entry = (await listEntries(t.db, SHOPS_COLLECTION)).find((e) => e.id === id);
  return entry && shopSchema.parse(entry.data);
}

/** The merchant claims the entry and the agency approves it with the given trust. */
async function keep(client: TestClient, id: string, trust: "review" | "trusted") {
  const claim = await client.json<MerchantClaim>("POST", `/api/shops/${id}/claim`, {
    role: "owner",
    phone: "04221 555 01",
    message: "Ich führe das Geschäft seit 2019.",
  });
  expect(claim.status).toBe(201);
  const decided = await agency.json("POST", `/api/staff/shops/claims/${claim.body.id}/decision`, {
    decision: "approve",
    trust,
  });
  expect(decided.status).toBe(200);
}

async function photo(width: number, height: number, format: "jpeg" | "png" = "jpeg") {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } });
  // A camera's metadata, which must not survive the upload.
  const withExif = image.withExif({ IFD0: { Make: "Testkamera", Model: "GPS-Modell" } });
  const bytes = await (format === "png" ? withExif.png() : withExif.jpeg()).toBuffer();
  return new Uint8Array(bytes);
}

const photoForm = (bytes: Uint8Array, name = "laden.jpg") => {
  const form = new FormData();
  form.append("photo", new File([bytes as Uint8Array<ArrayBuffer>], name, { type: "image/jpeg" }));
  return form;
};

describe("claims", () => {
  it("a merchant's claim is verified by the agency before the merchant may edit", async () => {
    const before = await merchant.json("PUT", "/api/shops/merchant/entries/baeckerei-mueller", {
      ...detailsOf((await liveShop("baeckerei-mueller"))!),
    });
    expect(before.status).toBe(403);

    const claim = await merchant.json<MerchantClaim>("POST", "/api/shops/baeckerei-mueller/claim", {
      role: "owner",
      phone: "04221 555 01",
      message: "",
    });
    expect(claim.status).toBe(201);
    expect(claim.body).toMatchObject({ state: "pending", shopName: "Bäckerei Müller", newEntry: false });
    const again = await merchant.json("POST", "/api/shops/baeckerei-mueller/claim", {
      role: "owner",
      phone: "04221 555 01",
      message: "",
    });
    expect(again.status).toBe(409);
    const rival = await otherMerchant.json<MerchantClaim>("POST", "/api/shops/baeckerei-mueller/claim", {
      role: "manager",
      phone: "04221 555 02",
      message: "",
    });
    expect(rival.status).toBe(201);

    const list = await agency.json<{ claims: { id: string; listedPhone: string | null }[] }>(
      "GET",
      "/api/staff/shops/claims",
    );
    expect(list.body.claims.map((c) => c.id)).toEqual([claim.body.id, rival.body.id]);
    expect(list.body.claims[0]!.listedPhone).toBe("04221 123401");

    await agency.json("POST", `/api/staff/shops/claims/${claim.body.id}/decision`, {
      decision: "approve",
      trust: "review",
    });
    expect((await liveShop("baeckerei-mueller"))!.verified).toBe(true);
    const mine = await merchant.json<MerchantOverview>("GET", "/api/shops/merchant");
    expect(mine.body.entries.map((e) => [e.shop.id, e.trust])).toEqual([["baeckerei-mueller", "review"]]);
    // The rival's claim cannot succeed any more.
    const theirs = await otherMerchant.json<MerchantOverview>("GET", "/api/shops/merchant");
    expect(theirs.body.claims[0]).toMatchObject({ state: "refused" });
    expect(theirs.body.entries).toEqual([]);
  });

  it("a new entry goes live only with the approval; a refused one never does, and its merchant reads why", async () => {
    const details = { ...detailsOf((await liveShop("blumen-hansen"))!), name: "Nähstube Delme" };
    details.category = "shop=tailor";
    const created = await merchant.json<MerchantClaim>(
      "POST",
      "/api/shops/merchant/entries",
      { role: "owner", phone: "04221 555 03", message: "Neu eröffnet.", details },
      { "Idempotency-Key": "new-entry-key-0000001" },
    );
    expect(created.status).toBe(201);
    expect(created.body.newEntry).toBe(true);
    expect(await liveShop(created.body.shopId)).toBeUndefined();
    await agency.json("POST", `/api/staff/shops/claims/${created.body.id}/decision`, {
      decision: "approve",
      trust: "trusted",
    });
    expect(await liveShop(created.body.shopId)).toMatchObject({ name: "Nähstube Delme", source: "merchant" });

    const refusedOne = await otherMerchant.json<MerchantClaim>(
      "POST",
      "/api/shops/merchant/entries",
      { role: "owner", phone: "04221 555 04", message: "", details: { ...details, name: "Gibt es nicht" } },
      { "Idempotency-Key": "new-entry-key-0000002" },
    );
    await agency.json("POST", `/api/staff/shops/claims/${refusedOne.body.id}/decision`, {
      decision: "refuse",
      reason: "Unter der Adresse gibt es dieses Geschäft nicht.",
    });
    const overview = await otherMerchant.json<MerchantOverview>("GET", "/api/shops/merchant");
    expect(overview.body.claims).toMatchObject([
      { state: "refused", reason: "Unter der Adresse gibt es dieses Geschäft nicht.", newEntry: true },
    ]);
    expect(overview.body.entries).toEqual([]);
    expect(await liveShop(refusedOne.body.shopId)).toBeUndefined();
  });
});

describe("changes by trust", () => {
  it("a trusted merchant's new hours are published at once, with history", async () => {
    await keep(merchant, "baeckerei-mueller", "trusted");
    const shop = (await liveShop("baeckerei-mueller"))!;
    const saved = await merchant.json<SaveResult>("PUT", "/api/shops/merchant/entries/baeckerei-mueller", {
      ...detailsOf(shop),
      openingHours: "Mo-Fr 06:30-18:00; Sa 08:00-12:00; PH off",
    });
    expect(saved.status).toBe(200);
    expect(saved.body.outcome).toBe("published");
    expect((await liveShop("baeckerei-mueller"))!.openingHours).toBe(
      "Mo-Fr 06:30-18:00; Sa 08:00-12:00; PH off",
    );

    const history = await merchant.json<{ revisions: Revision[] }>(
      "GET",
      "/api/shops/merchant/entries/baeckerei-mueller/history",
    );
    expect(history.body.revisions.map((r) => [r.by, r.changed])).toEqual([
      ["merchant", ["openingHours"]],
      ["staff", ["verified"]],
      ["import", expect.arrayContaining(["name", "openingHours"])],
    ]);
  });

  it("a merchant under review waits for the agency; the live entry stays until it publishes", async () => {
    await keep(merchant, "baeckerei-mueller", "review");
    const shop = (await liveShop("baeckerei-mueller"))!;
    const saved = await merchant.json<SaveResult>("PUT", "/api/shops/merchant/entries/baeckerei-mueller", {
      ...detailsOf(shop),
      description: "Jetzt auch mit Dinkelbrot.",
    });
    expect(saved.body.outcome).toBe("pending");
    expect(saved.body.entry.pendingChange?.details.description).toBe("Jetzt auch mit Dinkelbrot.");
    expect((await liveShop("baeckerei-mueller"))!.description).toBe(shop.description);

    const changes = await agency.json<{ changes: StaffChange[] }>("GET", "/api/staff/shops/changes");
    expect(changes.body.changes).toHaveLength(1);
    expect(changes.body.changes[0]!.current.description).toBe(shop.description);
    await agency.json("POST", `/api/staff/shops/changes/${changes.body.changes[0]!.id}/decision`, {
      decision: "publish",
    });
    expect((await liveShop("baeckerei-mueller"))!.description).toBe("Jetzt auch mit Dinkelbrot.");

    // A refused change leaves the live entry as it is.
    await merchant.json("PUT", "/api/shops/merchant/entries/baeckerei-mueller", {
      ...detailsOf(shop),
      name: "Billigste Bäckerei der Welt!!!",
    });
    const next = await agency.json<{ changes: StaffChange[] }>("GET", "/api/staff/shops/changes");
    await agency.json("POST", `/api/staff/shops/changes/${next.body.changes[0]!.id}/decision`, {
      decision: "refuse",
      reason: "Werbeaussagen gehören nicht in den Namen.",
    });
    expect((await liveShop("baeckerei-mueller"))!.name).toBe("Bäckerei Müller");
    const trusted = await agency.json("PUT", "/api/staff/shops/entries/baeckerei-mueller/trust", {
      trust: "trusted",
    });
    expect(trusted.status).toBe(200);
  });
});

describe("bad input changes nothing", () => {
  beforeEach(() => keep(merchant, "baeckerei-mueller", "trusted"));

  it("invalid opening_hours: 400 on the field, with the library's reason", async () => {
    const shop = (await liveShop("baeckerei-mueller"))!;
    const saved = await merchant.json<{ code: string; errors: { path: string; message: string }[] }>(
      "PUT",
      "/api/shops/merchant/entries/baeckerei-mueller",
      { ...detailsOf(shop), openingHours: "Mo-Fr 25:00-26:00" },
    );
    expect(saved.status).toBe(400);
    expect(saved.headers.get("content-type")).toContain("application/problem+json");
    expect(saved.body.code).toBe("validation_failed");
    expect(saved.body.errors[0]).toMatchObject({ path: "openingHours" });
    expect(saved.body.errors[0]!.message).toMatch(/25:00/);
    expect(await liveShop("baeckerei-mueller")).toEqual(shop);
  });

  it("someone else's entry: 403; an unknown one: 404; a foreign field: 400", async () => {
    const shop = (await liveShop("baeckerei-mueller"))!;
    const theirs = await otherMerchant.json("PUT", "/api/shops/merchant/entries/baeckerei-mueller", {
      ...detailsOf(shop),
      name: "Übernommen",
    });
    expect(theirs.status).toBe(403);
    const photoUpload = await otherMerchant.fetch("/api/shops/merchant/entries/baeckerei-mueller/photo", {
      method: "POST",
      body: photoForm(await photo(800, 600)),
    });
    expect(photoUpload.status).toBe(403);
    const unknown = await merchant.json("PUT", "/api/shops/merchant/entries/gibt-es-nicht", detailsOf(shop));
    expect(unknown.status).toBe(404);
    const extra = await merchant.json("PUT", "/api/shops/merchant/entries/baeckerei-mueller", {
      ...detailsOf(shop),
      verified: true,
    });
    expect(extra.status).toBe(400);
    expect(await liveShop("baeckerei-mueller")).toEqual(shop);
  });

  it("photos: resized WebP without the camera's metadata; fake, broken, tiny and oversized ones refused", async () => {
    const upload = (bytes: Uint8Array, name?: string) =>
      merchant.fetch("/api/shops/merchant/entries/baeckerei-mueller/photo", {
        method: "POST",
        body: photoForm(bytes, name),
      });
    const codeOf = async (response: Response) => [response.status, ((await response.json()) as Problem).code];
    const before = await liveShop("baeckerei-mueller");

    const fake = await upload(new TextEncoder().encode("%PDF-1.4\n%%EOF\n"), "foto.jpg");
    expect(await codeOf(fake)).toEqual([415, "unsupported_file_type"]);
    const real = await photo(800, 600);
    const broken = await upload(real.slice(0, 400));
    expect(await codeOf(broken)).toEqual([422, "image_unreadable"]);
    const tiny = await upload(await photo(200, 150, "png"));
    expect(await codeOf(tiny)).toEqual([422, "image_too_small"]);
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(real);
    const oversized = await upload(big);
    expect(await codeOf(oversized)).toEqual([413, "file_too_large"]);
    expect(await liveShop("baeckerei-mueller")).toEqual(before);
    expect(await t.db.selectFrom("shop_photos").select("id").execute()).toEqual([]);

    const saved = await upload(await photo(3000, 2000));
    expect(saved.status).toBe(200);
    const live = (await liveShop("baeckerei-mueller"))!;
    expect(live.photo).toMatchObject({ width: 1200, height: 800 });
    for (const [variant, width] of [
      ["small", 480],
      ["large", 1200],
    ] as const) {
      const response = await new TestClient(t).fetch(`/api/shops/photos/${live.photo!.id}/${variant}.webp`);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toContain("immutable");
      const meta = await sharp(new Uint8Array(await response.arrayBuffer())).metadata();
      expect([meta.format, meta.width, meta.exif]).toEqual(["webp", width, undefined]);
    }
    // Replaced photos leave the database.
    await upload(await photo(1000, 1000, "png"));
    expect(await t.db.selectFrom("shop_photos").select("id").execute()).toHaveLength(1);
  });
});

describe("OpenStreetMap import and open data", () => {
  it("imports shops with their tags, skips what is no shop of the city, keeps merchants' data", async () => {
    await keep(merchant, "baeckerei-mueller", "trusted");
    const result = await agency.json<OsmImportResult>(
      "POST",
      "/api/staff/shops/import",
      fixture("delmenhorst-shops-constructed.geojson"),
    );
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ created: 3, updated: 0, invalidOpeningHours: 1 });
    expect(result.body.skipped).toEqual([
      { id: "node/1004", reason: "no-category" },
      { id: "node/1005", reason: "no-name" },
      { id: "node/1006", reason: "no-address" },
      { id: "node/1007", reason: "outside-city" },
    ]);
    // Samples no merchant keeps are replaced by the real data; the claimed one stays.
    expect(result.body.removedSamples).toBe(20);
    const ids = (await listEntries(t.db, SHOPS_COLLECTION)).map((e) => e.id).sort();
    expect(ids).toEqual(["baeckerei-mueller", "osm-node-1001", "osm-node-1003", "osm-way-2002"]);
    expect(await liveShop("osm-node-1001")).toMatchObject({
      source: "osm",
      osmId: "node/1001",
      category: "shop=bakery",
      wheelchair: "yes",
      payment: ["cash", "debit_cards"],
      openingHours: "Mo-Sa 06:00-18:00; PH off",
    });
    expect((await liveShop("osm-node-1003"))!.openingHours).toBeNull();
    expect((await liveShop("osm-way-2002"))!.location).toEqual([8.6205, 53.0353]);

    const again = await agency.json<OsmImportResult>(
      "POST",
      "/api/staff/shops/import",
      fixture("delmenhorst-shops-constructed.geojson"),
    );
    expect(again.body).toMatchObject({ created: 0, updated: 0 });
  });

  it("the format sample from Slovenia is read, and all of it lies outside the city", async () => {
    const result = await agency.json<OsmImportResult>(
      "POST",
      "/api/staff/shops/import",
      fixture("overpass-turbo-geojson-format-sample-ODbL.geojson"),
    );
    expect(result.body.created).toBe(0);
    expect(result.body.skipped.every((s) => s.reason === "outside-city")).toBe(true);
    expect(result.body.removedSamples).toBe(0);
    const notGeoJson = await agency.json("POST", "/api/staff/shops/import", { type: "Feature" });
    expect(notGeoJson.status).toBe(422);
  });

  it("exports the live directory as GeoJSON and CSV", async () => {
    const anyone = new TestClient(t);
    const geojson = await anyone.json<{
      features: { properties: Record<string, unknown> }[];
      license: string;
    }>("GET", "/api/shops/export.geojson");
    expect(geojson.body.features).toHaveLength(21);
    expect(geojson.body.license).toContain("ODbL");
    const bakery = geojson.body.features.find((f) => f.properties.id === "baeckerei-mueller")!;
    expect(bakery.properties).toMatchObject({ shop: "bakery", "addr:postcode": "27749", sample: true });
    const csv = await (await anyone.fetch("/api/shops/export.csv")).text();
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines).toHaveLength(22);
    expect(lines[0]!.split(",").slice(0, 3)).toEqual(["id", "name", "category"]);
    expect(lines.find((l) => l.startsWith("baeckerei-mueller,"))).toContain('"cash;debit_cards;contactless"');
  });

  it("keeps a merchant's formula-like text as text in the CSV export", async () => {
    await keep(merchant, "baeckerei-mueller", "trusted");
    const shop = (await liveShop("baeckerei-mueller"))!;
    const saved = await merchant.json("PUT", "/api/shops/merchant/entries/baeckerei-mueller", {
      ...detailsOf(shop),
      name: "-2+3+cmd|' /C calc'!A0",
      address: { ...shop.address, street: '+1+HYPERLINK("http://evil.test")', housenumber: "-1+1" },
    });
    expect(saved.status).toBe(200);
    const csv = await (await new TestClient(t).fetch("/api/shops/export.csv")).text();
    const row = csv.split("\r\n").find((l) => l.startsWith("baeckerei-mueller,"))!;
    expect(row.startsWith(`baeckerei-mueller,"'-2+3+cmd|' /C calc'!A0",shop=bakery,`)).toBe(true);
    expect(row).toContain(`,"'+1+HYPERLINK(""http://evil.test"")","'-1+1",27749,`);
    // Latitude and longitude are numbers a spreadsheet can compute with.
    expect(row).toContain(`,${shop.location[1]},${shop.location[0]},`);
  });
});

it("offers that ran out leave the directory", async () => {
  const withOffer = (await liveShop("blumen-hansen"))!;
  expect(withOffer.offers).toHaveLength(1);
  expect(await pruneExpiredOffers(t.db, new Date("2026-12-20T22:00:00Z"))).toBe(0);
  expect(await pruneExpiredOffers(t.db, new Date("2026-12-20T23:30:00Z"))).toBe(1);
  expect((await liveShop("blumen-hansen"))!.offers).toEqual([]);
});

it("a merchant who deletes the account leaves the entry in the directory, no longer verified", async () => {
  const { account, client } = await createAccountWithSession(t, { role: "citizen" });
  await keep(client, "modehaus-delme", "trusted");
  expect((await liveShop("modehaus-delme"))!.verified).toBe(true);
  await deleteAccount(t.db, account.id);
  const shop = (await liveShop("modehaus-delme"))!;
  expect(shop.verified).toBe(false);
  const staffView = await agency.json<{ revisions: Revision[] }>(
    "GET",
    "/api/staff/shops/entries/modehaus-delme/history",
  );
  expect(staffView.body.revisions[0]).toMatchObject({ by: "system", note: "merchant-left" });
  expect(
    await t.db.selectFrom("shop_claims").select("id").where("account_id", "=", account.id).execute(),
  ).toEqual([]);
  // Another merchant may claim it now.
  await keep(otherMerchant, "modehaus-delme", "review");
});
