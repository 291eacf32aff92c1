// "Meine Meldungen" offline: a signed-in resident's reports travel in their personal feed "my-reports"
// exactly as GET /api/reports/mine shows them, and again after every change staff or the resident
// make; never in another account's feed, and a report sent without an account in no one's. Reports
// sent before the feed existed reach it once at the next start.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MY_REPORTS_COLLECTION, myReportSchema, myReportsSchema } from "../../../src/lib/contract/reports";
import { type SyncPage, syncPageSchema } from "../../../src/lib/contract/sync";
import { createAccountWithSession } from "../../testing/accounts";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { TestClient } from "../../testing/test-client";
import { publishOwnReportsOnce } from "./feed";
import { cameraPhoto, createReport, photoForm, reportBody, sendReport } from "./test-helpers";

let t: TestApp;
let browser: TestClient;
let resident: TestClient;
let neighbour: TestClient;
let utility: TestClient;

beforeEach(async () => {
  t = await createTestApp();
  browser = new TestClient(t);
  resident = (await createAccountWithSession(t, { role: "citizen" })).client;
  neighbour = (await createAccountWithSession(t, { role: "citizen" })).client;
  utility = (await createAccountWithSession(t, { role: "staff", department: "stadtwerke" })).client;
});

afterEach(async () => {
  await t.close();
});

async function feed(client: TestClient, since?: string): Promise<SyncPage> {
  const query = since ? `?since=${encodeURIComponent(since)}` : "";
  const response = await client.fetch(`/api/sync/${MY_REPORTS_COLLECTION}${query}`);
  expect(response.status).toBe(200);
  return syncPageSchema.parse(await response.json());
}

/** The records a page brings, parsed as the device parses them. */
const records = (page: SyncPage) =>
  page.changes.map((change) => {
    expect(change.op).toBe("upsert");
    return myReportSchema.parse(change.op === "upsert" ? change.data : null);
  });

const mine = async (client: TestClient) =>
  myReportsSchema.parse((await client.json("GET", "/api/reports/mine")).body).reports;

async function sendSignedIn(client: TestClient, overrides: Record<string, unknown> = {}) {
  const response = await sendReport(client, reportBody(overrides), { anonymous: false });
  expect(response.status).toBe(201);
  return response.body.report.id;
}

const entriesOf = (id: string) =>
  t.db
    .selectFrom("sync_entries")
    .select(["owner_id"])
    .where("collection", "=", MY_REPORTS_COLLECTION)
    .where("id", "=", id)
    .execute();

describe("the reporter's feed", () => {
  it("carries a signed-in resident's new report as /mine shows it, to them only", async () => {
    const id = await sendSignedIn(resident);
    const anonymous = await createReport(browser, { category: "graffiti" });

    const page = await feed(resident);
    expect(records(page)).toEqual(await mine(resident));
    expect(records(page).map((report) => [report.id, report.status, report.ownDescription])).toEqual([
      [id, "received", reportBody().description],
    ]);
    expect(records(await feed(neighbour))).toEqual([]);
    // Without an account the report is in no one's feed, and the feed itself needs a session.
    expect(await entriesOf(anonymous.report.id)).toEqual([]);
    expect((await browser.fetch(`/api/sync/${MY_REPORTS_COLLECTION}`)).status).toBe(401);
  });

  it("brings the staff's status change with its note, and nothing to anyone else", async () => {
    const id = await sendSignedIn(resident);
    const anonymous = await createReport(browser);
    const before = await feed(resident);
    const othersBefore = await feed(neighbour);

    const changed = await utility.json("POST", `/api/staff/reports/${id}/status`, {
      status: "in_progress",
      publicNote: "Ein Techniker ist unterwegs.",
    });
    expect(changed.status).toBe(200);
    await utility.json("POST", `/api/staff/reports/${anonymous.report.id}/status`, {
      status: "done",
      publicNote: null,
    });

    const after = await feed(resident, before.cursor);
    expect(records(after)).toEqual(await mine(resident));
    expect(records(after)[0]).toMatchObject({
      id,
      status: "in_progress",
      publicNote: "Ein Techniker ist unterwegs.",
    });
    expect(records(await feed(neighbour, othersBefore.cursor))).toEqual([]);
    expect(await entriesOf(anonymous.report.id)).toEqual([]);
  });

  it("follows review, photos, merging, support and reopening as the reporter sees them", async () => {
    const id = await sendSignedIn(resident);
    const upload = await resident.fetch(`/api/reports/${id}/photos`, {
      method: "POST",
      body: photoForm(await cameraPhoto()),
    });
    expect(upload.status).toBe(201);
    const first = await feed(resident);
    expect(records(first).map((r) => r.photoCount)).toEqual([1]);
    let cursor = first.cursor;
    const latest = async () => {
      const page = await feed(resident, cursor);
      cursor = page.cursor;
      // The same records; a page lists those written in one change in the feed's order, /mine newest first.
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect(records(page).sort(byId)).toEqual(
        (await mine(resident)).filter((r) => page.changes.some((c) => c.id === r.id)).sort(byId),
      );
      return records(page);
    };

    await utility.json("POST", `/api/staff/reports/${id}/review`, { reviewed: true });
    expect((await latest())[0]?.description).toBe(reportBody().description);

    const support = await neighbour.json("POST", `/api/reports/${id}/support`, {
      deviceId: crypto.randomUUID(),
    });
    expect(support.status).toBe(200);
    expect((await latest())[0]?.supportCount).toBe(1);

    // The resident's second report of the same lamp is merged into the first: both change.
    const second = await sendSignedIn(resident);
    await latest();
    expect((await utility.json("POST", `/api/staff/reports/${second}/merge`, { into: id })).status).toBe(200);
    const merged = await latest();
    expect(merged.map((r) => r.id).sort()).toEqual([id, second].sort());
    expect(merged.find((r) => r.id === second)?.duplicateOf).toBe(id);

    await utility.json("POST", `/api/staff/reports/${id}/status`, { status: "done", publicNote: null });
    const done = await latest();
    expect(done.map((r) => [r.id, r.status])).toEqual([[id, "done"]]);
    expect(done[0]?.reopenUntil).toEqual(expect.any(String));
    const reopened = await resident.json("POST", `/api/reports/${id}/reopen`, { reason: "Wieder dunkel." });
    expect(reopened.status).toBe(200);
    expect((await latest())[0]).toMatchObject({ id, status: "received", reopenUntil: null });
  });
});

describe("reports sent before the feed existed", () => {
  it("reach their reporters' feeds once, at the next start", async () => {
    const id = await sendSignedIn(resident);
    const othersId = await sendSignedIn(neighbour, { category: "graffiti" });
    const anonymous = await createReport(browser);
    await utility.json("POST", `/api/staff/reports/${id}/status`, {
      status: "in_progress",
      publicNote: null,
    });
    // As an older version left them: the reports, but no feed entries.
    await t.db.deleteFrom("sync_entries").where("collection", "=", MY_REPORTS_COLLECTION).execute();
    expect(records(await feed(resident))).toEqual([]);

    expect(await publishOwnReportsOnce(t.db)).toBe(2);
    expect(records(await feed(resident))).toEqual(await mine(resident));
    expect(records(await feed(resident)).map((r) => [r.id, r.status])).toEqual([[id, "in_progress"]]);
    expect(records(await feed(neighbour)).map((r) => r.id)).toEqual([othersId]);
    expect(await entriesOf(anonymous.report.id)).toEqual([]);

    // Once only: a second start changes nothing.
    const cursor = (await feed(resident)).cursor;
    expect(await publishOwnReportsOnce(t.db)).toBe(0);
    expect((await feed(resident, cursor)).changes).toEqual([]);
  });
});
