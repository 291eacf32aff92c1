// Defect reports as residents use them: a report sent from the outbox arrives once and goes to its
// category's department, a report outside the city is refused, open reports of the same category
// within 50 m are offered and "+1" counts once per device, only the reporter adds photos (three at
// most, without metadata) and reopens a done report within 14 days, and followers get a push.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  myReportsSchema,
  nearbyReportsSchema,
  publicReportSchema,
  REPORT_SECRET_HEADER,
  reportListSchema,
} from "../../../src/lib/contract/reports";
import { problemSchema } from "../../../src/lib/contract/problem";
import { createAccountWithSession } from "../../testing/accounts";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { TestClient } from "../../testing/test-client";
import {
  BREMEN,
  cameraPhoto,
  createReport,
  NEAR_TOWN_HALL,
  newKey,
  photoForm,
  reportBody,
  sendReport,
  subscribeDevice,
  TOWN_HALL,
} from "./test-helpers";

let t: TestApp;
let browser: TestClient;

beforeEach(async () => {
  t = await createTestApp();
  browser = new TestClient(t);
});

afterEach(async () => {
  await t.close();
});

const expectProblem = (response: { status: number; body: unknown }, status: number, code: string) => {
  expect(response.status).toBe(status);
  expect(problemSchema.parse(response.body).code).toBe(code);
};

const stored = (id: string) =>
  t.db.selectFrom("defect_reports").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

describe("sending a report", () => {
  it("stores one report per outbox entry and routes it by category", async () => {
    const key = newKey();
    const first = await sendReport(browser, reportBody(), { key });
    expect(first.status).toBe(201);
    const again = await sendReport(browser, reportBody(), { key });
    expect(again.status).toBe(201);
    expect(again.body.report.id).toBe(first.body.report.id);
    const rows = await t.db.selectFrom("defect_reports").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      category: "street-lighting",
      department: "stadtwerke",
      status: "received",
    });

    const dumping = await createReport(browser, { category: "illegal-dumping" });
    expect((await stored(dumping.report.id)).department).toBe("abfall");
    const potholes = await createReport(browser, { category: "road-damage" });
    expect((await stored(potholes.report.id)).department).toBe("bauamt");
  });

  it("refuses a report without a proof of work, outside the city, or without a position", async () => {
    expectProblem(await sendReport(browser, reportBody(), { anonymous: false }), 400, "proof_of_work_failed");
    expectProblem(await sendReport(browser, reportBody(BREMEN)), 400, "validation_failed");
    const { lat: _, ...noPosition } = reportBody();
    expectProblem(await sendReport(browser, noPosition), 400, "validation_failed");
    expectProblem(await sendReport(browser, reportBody({ category: "potholes" })), 400, "validation_failed");
    expect(await t.db.selectFrom("defect_reports").selectAll().execute()).toHaveLength(0);
  });

  it("lists a signed-in resident's reports under the account, with their own text", async () => {
    const { client } = await createAccountWithSession(t, { role: "citizen" });
    const created = await sendReport(client, reportBody(), { anonymous: false });
    expect(created.status).toBe(201);
    await createReport(browser);
    const mine = myReportsSchema.parse((await client.json("GET", "/api/reports/mine")).body);
    expect(mine.reports.map((r) => r.id)).toEqual([created.body.report.id]);
    expect(mine.reports[0]?.ownDescription).toContain("Laterne");
    expect(mine.reports[0]?.description).toBeNull();
    expect((await browser.json("GET", "/api/reports/mine")).status).toBe(401);
  });

  it("gives the outbox its secret back by the Idempotency-Key, to the same sender only (the key is the proof)", async () => {
    const key = newKey();
    const created = await sendReport(browser, reportBody(), { key });
    const receipt = await browser.json("GET", `/api/reports/receipts/${key}`);
    expect(receipt.body).toEqual(created.body);
    // The random key is the anonymous sender's proof; a signed-in person is another sender.
    const { client } = await createAccountWithSession(t, { role: "citizen" });
    expect((await client.json("GET", `/api/reports/receipts/${key}`)).status).toBe(404);
    expect((await browser.json("GET", `/api/reports/receipts/${newKey()}`)).status).toBe(404);
  });
});

describe("duplicates and support", () => {
  it("shows open reports of the same category within 50 m, nearest first", async () => {
    const lamp = await createReport(browser);
    await createReport(browser, { category: "graffiti" });
    await createReport(browser, { lat: 53.052, lon: 8.6314 }); // about 145 m north
    const nearby = nearbyReportsSchema.parse(
      (
        await browser.json(
          "GET",
          `/api/reports/nearby?category=street-lighting&lat=${NEAR_TOWN_HALL.lat}&lon=${NEAR_TOWN_HALL.lon}`,
        )
      ).body,
    );
    expect(nearby.reports.map((r) => r.id)).toEqual([lamp.report.id]);
    expect(nearby.reports[0]?.distanceM).toBeGreaterThan(20);
    expect(nearby.reports[0]?.distanceM).toBeLessThan(40);
  });

  it("counts a +1 once per device and once per account", async () => {
    const lamp = await createReport(browser);
    const deviceId = crypto.randomUUID();
    const support = (client: TestClient, id = deviceId) =>
      client.json("POST", `/api/reports/${lamp.report.id}/support`, { deviceId: id });
    expect(publicReportSchema.parse((await support(browser)).body).supportCount).toBe(1);
    expect(publicReportSchema.parse((await support(browser)).body).supportCount).toBe(1);
    const { client } = await createAccountWithSession(t, { role: "citizen" });
    await support(client, crypto.randomUUID());
    const last = await support(client, crypto.randomUUID());
    expect(publicReportSchema.parse(last.body).supportCount).toBe(2);
  });

  it("does not support a report that is no longer open", async () => {
    const lamp = await createReport(browser);
    await t.db.updateTable("defect_reports").set({ status: "done" }).execute();
    const response = await browser.json("POST", `/api/reports/${lamp.report.id}/support`, {
      deviceId: crypto.randomUUID(),
    });
    expectProblem(response, 409, "conflict");
  });
});

describe("the public list", () => {
  it("narrows by box, category and status", async () => {
    await createReport(browser);
    await createReport(browser, { category: "graffiti", lat: 53.03, lon: 8.64 });
    const list = async (query: string) =>
      reportListSchema.parse((await browser.json("GET", `/api/reports?${query}`)).body);
    expect((await list("")).total).toBe(2);
    expect((await list("category=graffiti")).reports.map((r) => r.category)).toEqual(["graffiti"]);
    expect((await list("bbox=8.62,53.045,8.64,53.06")).reports.map((r) => r.category)).toEqual([
      "street-lighting",
    ]);
    expect((await list("status=done")).total).toBe(0);
    expect((await browser.json("GET", "/api/reports?bbox=8.7,53,8.6,53.1")).status).toBe(400);
  });
});

describe("photos", () => {
  it("takes three photos from the reporter, without their metadata, public only once published", async () => {
    const { report, secret } = await createReport(browser);
    const upload = async (headers: Record<string, string>) =>
      browser.fetch(`/api/reports/${report.id}/photos`, {
        method: "POST",
        headers,
        body: photoForm(await cameraPhoto()),
      });
    expect((await upload({})).status).toBe(403);
    expect((await upload({ [REPORT_SECRET_HEADER]: "wrong" })).status).toBe(403);
    for (let i = 0; i < 3; i++) expect((await upload({ [REPORT_SECRET_HEADER]: secret })).status).toBe(201);
    const fourth = await upload({ [REPORT_SECRET_HEADER]: secret });
    expect(fourth.status).toBe(409);

    const rows = await t.db.selectFrom("defect_report_photos").selectAll().execute();
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(Buffer.from(row.large).includes("EXIF-SECRET-OWNER")).toBe(false);
      expect(Buffer.from(row.large).subarray(8, 12).toString()).toBe("WEBP");
    }
    const page = publicReportSchema.parse((await browser.json("GET", `/api/reports/${report.id}`)).body);
    expect(page.photos).toEqual([]);
    const file = `/api/reports/${report.id}/photos/${rows[0]?.id}/small.webp`;
    expect((await browser.fetch(file)).status).toBe(404);
    await t.db
      .updateTable("defect_report_photos")
      .set({ published: 1 })
      .where("id", "=", rows[0]!.id)
      .execute();
    const published = await browser.fetch(file);
    expect(published.status).toBe(200);
    expect(published.headers.get("content-type")).toBe("image/webp");
  });
});

describe("reopening", () => {
  const setDone = (id: string, at: Date) =>
    t.db
      .updateTable("defect_reports")
      .set({ status: "done", status_changed_at: at.toISOString() })
      .where("id", "=", id)
      .execute();

  it("lets the reporter reopen a done report within 14 days, with a reason", async () => {
    const { report, secret } = await createReport(browser);
    const reopen = (headers: Record<string, string>, reason = "Die Laterne ist wieder dunkel.") =>
      browser.json("POST", `/api/reports/${report.id}/reopen`, { reason }, headers);
    expectProblem(await reopen({ [REPORT_SECRET_HEADER]: secret }), 409, "conflict");
    await setDone(report.id, new Date(Date.now() - 13 * 24 * 3600_000));
    expectProblem(await reopen({}), 403, "forbidden");
    expectProblem(await reopen({ [REPORT_SECRET_HEADER]: secret }, ""), 400, "validation_failed");
    const reopened = await reopen({ [REPORT_SECRET_HEADER]: secret });
    expect(reopened.status).toBe(200);
    expect(publicReportSchema.parse(reopened.body).status).toBe("received");
    expect((await stored(report.id)).reopen_reason).toBe("Die Laterne ist wieder dunkel.");
  });

  it("refuses after 14 days", async () => {
    const { report, secret } = await createReport(browser);
    await setDone(report.id, new Date(Date.now() - 15 * 24 * 3600_000));
    const response = await browser.json(
      "POST",
      `/api/reports/${report.id}/reopen`,
      { reason: "Immer noch kaputt." },
      { [REPORT_SECRET_HEADER]: secret },
    );
    expectProblem(response, 409, "conflict");
  });
});

describe("following an area", () => {
  it("writes one push for a new report inside the circle and none outside; unfollow ends it", async () => {
    const device = await subscribeDevice(browser);
    const followed = await browser.json("POST", "/api/reports/follows", {
      push: device,
      ...TOWN_HALL,
      radiusM: 500,
      categories: [],
      language: "en",
    });
    expect(followed.status).toBe(201);
    const inside = await createReport(browser);
    await createReport(browser, { lat: 53.03, lon: 8.64 }); // about 2.3 km south
    const jobs = await t.db.selectFrom("push_jobs").selectAll().where("topic", "=", "reports").execute();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.ref).toBe(`report:${device.subscriptionId}:${inside.report.id}:new`);
    expect(JSON.parse(jobs[0]!.payload)).toMatchObject({
      topic: "reports",
      title: "New report near you",
      url: `/meldungen/${inside.report.id}`,
    });

    const headers = { "X-Push-Token": device.manageToken };
    const list = await browser.json<{ follows: { id: string }[] }>(
      "GET",
      `/api/reports/follows/${device.subscriptionId}`,
      undefined,
      headers,
    );
    expect(list.body.follows).toHaveLength(1);
    const id = list.body.follows[0]!.id;
    expect(
      (await browser.fetch(`/api/reports/follows/${device.subscriptionId}/${id}`, { method: "DELETE" }))
        .status,
    ).toBe(404);
    const removed = await browser.fetch(`/api/reports/follows/${device.subscriptionId}/${id}`, {
      method: "DELETE",
      headers,
    });
    expect(removed.status).toBe(204);
  });

  it("refuses a push subscription without its manage token", async () => {
    const device = await subscribeDevice(browser);
    const response = await browser.json("POST", "/api/reports/follows", {
      push: { ...device, manageToken: "not-the-token" },
      ...TOWN_HALL,
      radiusM: 500,
      categories: [],
      language: "de",
    });
    expectProblem(response, 404, "not_found");
  });
});
