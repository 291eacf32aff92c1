// The console's inbox as departments use it: each sees only its reports (admins all), a status
// change reaches the reporter by push and mail, a rejection needs its reason, merging adds supports
// up, forwarding hands the report over, photos and text become public only when staff say so, and
// every change is in the audit log.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  colleagueListSchema,
  issuedApiKeySchema,
  publicReportSchema,
  REPORT_SECRET_HEADER,
  reportStatsSchema,
  staffReportListSchema,
  staffReportSchema,
} from "../../../src/lib/contract/reports";
import { createAccountWithSession } from "../../testing/accounts";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { TestClient } from "../../testing/test-client";
import { cameraPhoto, createReport, photoForm, subscribeDevice } from "./test-helpers";

let t: TestApp;
let browser: TestClient;
let utility: TestClient;
let building: TestClient;
let admin: TestClient;

beforeEach(async () => {
  t = await createTestApp();
  browser = new TestClient(t);
  utility = (await createAccountWithSession(t, { role: "staff", department: "stadtwerke" })).client;
  building = (await createAccountWithSession(t, { role: "staff", department: "bauamt" })).client;
  admin = (await createAccountWithSession(t, { role: "admin" })).client;
});

afterEach(async () => {
  await t.close();
});

const auditActions = async () =>
  (await t.db.selectFrom("audit_log").select("action").orderBy("at").execute()).map((row) => row.action);

describe("the inbox", () => {
  it("shows a department only its reports, and admins all", async () => {
    const lamp = await createReport(browser, { email: "anna@example.org" });
    await createReport(browser, { category: "road-damage" });
    const list = async (client: TestClient, query = "") =>
      staffReportListSchema.parse((await client.json("GET", `/api/staff/reports${query}`)).body);
    const own = await list(utility);
    expect(own.reports.map((r) => r.category)).toEqual(["street-lighting"]);
    expect(own.reports[0]?.email).toBe("anna@example.org");
    // Asking for another department's reports does not widen a department's view.
    expect((await list(utility, "?department=bauamt")).reports.map((r) => r.category)).toEqual([
      "street-lighting",
    ]);
    expect((await list(admin)).total).toBe(2);
    expect((await list(admin, "?department=bauamt")).reports.map((r) => r.category)).toEqual(["road-damage"]);

    expect((await building.json("GET", `/api/staff/reports/${lamp.report.id}`)).status).toBe(404);
    expect((await utility.json("GET", `/api/staff/reports/${lamp.report.id}`)).status).toBe(200);
    const { client: citizen } = await createAccountWithSession(t, { role: "citizen" });
    expect((await citizen.json("GET", "/api/staff/reports")).status).toBe(403);
  });
});

describe("status changes", () => {
  it("tell the reporter by push in their language and by mail, with the public note", async () => {
    const device = await subscribeDevice(browser);
    const { report } = await createReport(browser, {
      email: "anna@example.org",
      push: device,
      language: "tr",
    });
    const response = await utility.json("POST", `/api/staff/reports/${report.id}/status`, {
      status: "in_progress",
      publicNote: "Ein Techniker ist beauftragt.",
    });
    expect(response.status).toBe(200);
    expect(staffReportSchema.parse(response.body).status).toBe("in_progress");

    const jobs = await t.db.selectFrom("push_jobs").selectAll().where("topic", "=", "reports").execute();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.ref.startsWith(`report:${device.subscriptionId}:${report.id}:status-`)).toBe(true);
    expect(JSON.parse(jobs[0]!.payload)).toMatchObject({
      title: "Bildiriminizin durumu değişti",
      url: `/meldungen/${report.id}`,
    });
    await vi.waitFor(() => expect(t.mails).toHaveLength(1));
    expect(t.mails[0]).toMatchObject({ to: "anna@example.org" });
    expect(t.mails[0]?.text).toContain("Ein Techniker ist beauftragt.");
    expect(t.mails[0]?.text).not.toContain("Laterne");
    // The link opens the report's public page in the app.
    expect(t.mails[0]?.text).toContain(`${t.config.appOrigin}/meldungen/${report.id}`);

    const page = publicReportSchema.parse((await browser.json("GET", `/api/reports/${report.id}`)).body);
    expect(page).toMatchObject({ status: "in_progress", publicNote: "Ein Techniker ist beauftragt." });
    expect(await auditActions()).toContain("reports.status-changed");
  });

  it("need a reason to reject", async () => {
    const { report } = await createReport(browser);
    const reject = (publicNote: string | null) =>
      utility.json("POST", `/api/staff/reports/${report.id}/status`, { status: "rejected", publicNote });
    expect((await reject(null)).status).toBe(400);
    expect((await reject("Die Leuchte gehört zu einem Privatgrundstück.")).status).toBe(200);
  });
});

describe("merging, forwarding, assigning", () => {
  it("merges a duplicate: supports add up and the duplicate points to the kept report", async () => {
    const kept = await createReport(browser);
    const duplicate = await createReport(browser);
    await browser.json("POST", `/api/reports/${duplicate.report.id}/support`, {
      deviceId: crypto.randomUUID(),
    });
    await browser.json("POST", `/api/reports/${kept.report.id}/support`, { deviceId: crypto.randomUUID() });
    const merged = await utility.json("POST", `/api/staff/reports/${duplicate.report.id}/merge`, {
      into: kept.report.id,
    });
    expect(merged.status).toBe(200);
    const keptPage = publicReportSchema.parse(
      (await browser.json("GET", `/api/reports/${kept.report.id}`)).body,
    );
    // Its own supporter, the duplicate's supporter and the duplicate's reporter.
    expect(keptPage.supportCount).toBe(3);
    const dupPage = publicReportSchema.parse(
      (await browser.json("GET", `/api/reports/${duplicate.report.id}`)).body,
    );
    expect(dupPage.duplicateOf).toBe(kept.report.id);
    const into = await utility.json("POST", `/api/staff/reports/${kept.report.id}/merge`, {
      into: kept.report.id,
    });
    expect(into.status).toBe(409);
    expect(await auditActions()).toContain("reports.merged");
  });

  it("forwards a report to another department, which then has it", async () => {
    const { report } = await createReport(browser);
    const forwarded = await utility.json("POST", `/api/staff/reports/${report.id}/forward`, {
      department: "bauamt",
    });
    expect(staffReportSchema.parse(forwarded.body).department).toBe("bauamt");
    expect((await utility.json("GET", `/api/staff/reports/${report.id}`)).status).toBe(404);
    expect((await building.json("GET", `/api/staff/reports/${report.id}`)).status).toBe(200);
    expect(await auditActions()).toContain("reports.forwarded");
  });

  it("assigns only to active staff of the report's department", async () => {
    const { report } = await createReport(browser);
    const colleague = await createAccountWithSession(t, { role: "staff", department: "stadtwerke" });
    const stranger = await createAccountWithSession(t, { role: "staff", department: "bauamt" });
    const citizen = await createAccountWithSession(t, { role: "citizen" });
    const departed = await createAccountWithSession(t, { role: "staff", department: "stadtwerke" });
    await t.db
      .updateTable("accounts")
      .set({ disabled_at: new Date().toISOString() })
      .where("id", "=", departed.account.id)
      .execute();
    const assign = (assigneeId: string | null) =>
      utility.json("POST", `/api/staff/reports/${report.id}/assign`, { assigneeId });
    for (const refused of [
      stranger.account.id,
      citizen.account.id,
      departed.account.id,
      crypto.randomUUID(),
    ]) {
      const answer = await assign(refused);
      expect(answer.status).toBe(400);
      expect(answer.headers.get("content-type")).toContain("application/problem+json");
      expect(answer.body).toMatchObject({
        code: "validation_failed",
        errors: [{ path: "assigneeId", message: "not a staff member of the report's department" }],
      });
    }
    expect(await auditActions()).not.toContain("reports.assigned");

    const assigned = staffReportSchema.parse((await assign(colleague.account.id)).body);
    expect(assigned.assigneeId).toBe(colleague.account.id);
    expect(assigned.assigneeName).toContain(colleague.account.family_name);
    // The colleague finds it under "assigned to me"; the one who assigned it does not.
    const mine = async (client: TestClient) =>
      staffReportListSchema
        .parse((await client.json("GET", "/api/staff/reports?assignee=me")).body)
        .reports.map((r) => r.id);
    expect(await mine(colleague.client)).toEqual([report.id]);
    expect(await mine(utility)).toEqual([]);
    const byId = staffReportListSchema.parse(
      (await utility.json("GET", `/api/staff/reports?assignee=${colleague.account.id}`)).body,
    );
    expect(byId.reports.map((r) => r.id)).toEqual([report.id]);

    const released = staffReportSchema.parse((await assign(null)).body);
    expect(released.assigneeId).toBeNull();
    const audit = await t.db
      .selectFrom("audit_log")
      .select(["subject_id", "details"])
      .where("action", "=", "reports.assigned")
      .execute();
    const entries = audit.map((row) => [row.subject_id, JSON.parse(row.details ?? "{}")]);
    expect(entries).toHaveLength(2);
    expect(entries).toEqual(
      expect.arrayContaining([
        [report.id, { assigneeId: colleague.account.id }],
        [report.id, { assigneeId: null }],
      ]),
    );
  });

  it("lists the colleagues a report can go to: the department's active staff", async () => {
    const colleague = await createAccountWithSession(t, {
      role: "staff",
      department: "stadtwerke",
      givenName: "Carla",
      familyName: "Aachen",
    });
    const departed = await createAccountWithSession(t, { role: "staff", department: "stadtwerke" });
    await t.db
      .updateTable("accounts")
      .set({ disabled_at: new Date().toISOString() })
      .where("id", "=", departed.account.id)
      .execute();
    await createAccountWithSession(t, { role: "citizen" });
    const list = async (client: TestClient, query = "") => {
      const answer = await client.json("GET", `/api/staff/reports/colleagues${query}`);
      expect(answer.status).toBe(200);
      return colleagueListSchema.parse(answer.body).colleagues;
    };

    const own = await list(utility);
    // Sorted by family name; the signed-in clerk is one of them; nobody disabled, of another department or a citizen.
    expect(own.map((c) => c.department)).toEqual(["stadtwerke", "stadtwerke"]);
    expect(own[0]).toEqual({ id: colleague.account.id, name: "Carla Aachen", department: "stadtwerke" });
    expect(own.map((c) => c.id)).not.toContain(departed.account.id);
    // Staff cannot look into another department's staff.
    expect(await list(utility, "?department=bauamt")).toEqual(own);
    // Admins ask for one department, or for everyone working in one.
    expect(await list(admin, "?department=stadtwerke")).toEqual(own);
    expect((await list(admin)).map((c) => c.department).sort()).toEqual([
      "bauamt",
      "stadtwerke",
      "stadtwerke",
    ]);
    expect((await browser.json("GET", "/api/staff/reports/colleagues")).status).toBe(401);
    const { client: citizen } = await createAccountWithSession(t, { role: "citizen" });
    expect((await citizen.json("GET", "/api/staff/reports/colleagues")).status).toBe(403);
  });
});

describe("review and photos", () => {
  it("makes the text and a photo public only when staff say so", async () => {
    const { report, secret } = await createReport(browser);
    await browser.fetch(`/api/reports/${report.id}/photos`, {
      method: "POST",
      headers: { [REPORT_SECRET_HEADER]: secret },
      body: photoForm(await cameraPhoto()),
    });
    const staffView = staffReportSchema.parse(
      (await utility.json("GET", `/api/staff/reports/${report.id}`)).body,
    );
    const photo = staffView.photos[0]!;
    expect(photo.published).toBe(false);
    expect((await utility.fetch(photo.small)).status).toBe(200);
    expect((await building.fetch(photo.small)).status).toBe(404);

    const before = publicReportSchema.parse((await browser.json("GET", `/api/reports/${report.id}`)).body);
    expect(before.description).toBeNull();
    expect(before.photos).toEqual([]);

    await utility.json("POST", `/api/staff/reports/${report.id}/review`, { reviewed: true });
    await utility.json("POST", `/api/staff/reports/${report.id}/photos/${photo.id}`, { published: true });
    const after = publicReportSchema.parse((await browser.json("GET", `/api/reports/${report.id}`)).body);
    expect(after.description).toContain("Laterne");
    expect(after.photos.map((p) => p.id)).toEqual([photo.id]);
    expect((await browser.fetch(after.photos[0]!.large)).status).toBe(200);

    await utility.json("POST", `/api/staff/reports/${report.id}/photos/${photo.id}`, { published: false });
    expect((await browser.fetch(after.photos[0]!.large)).status).toBe(404);
    expect(await auditActions()).toEqual(
      expect.arrayContaining(["reports.reviewed", "reports.photo-published", "reports.photo-hidden"]),
    );
  });
});

describe("statistics and API keys", () => {
  it("counts per category and month", async () => {
    await createReport(browser);
    const other = await createReport(browser);
    await utility.json("POST", `/api/staff/reports/${other.report.id}/status`, {
      status: "done",
      publicNote: null,
    });
    const stats = reportStatsSchema.parse((await utility.json("GET", "/api/staff/reports/statistics")).body);
    expect(stats.rows).toEqual([
      expect.objectContaining({ category: "street-lighting", created: 2, done: 1, open: 1 }),
    ]);
  });

  it("lets only admins issue and revoke keys, kept as a hash", async () => {
    expect(
      (await utility.json("POST", "/api/staff/reports/api-keys", { client: "FixMyStreet" })).status,
    ).toBe(403);
    const issued = issuedApiKeySchema.parse(
      (await admin.json("POST", "/api/staff/reports/api-keys", { client: "FixMyStreet" })).body,
    );
    const row = await t.db.selectFrom("open311_api_keys").selectAll().executeTakeFirstOrThrow();
    expect(row.key_hash).not.toContain(issued.secret);
    expect(row.client).toBe("FixMyStreet");
    expect(
      (await admin.fetch(`/api/staff/reports/api-keys/${issued.key.id}`, { method: "DELETE" })).status,
    ).toBe(204);
    const keys = await admin.json<{ keys: { revokedAt: string | null }[] }>(
      "GET",
      "/api/staff/reports/api-keys",
    );
    expect(keys.body.keys[0]?.revokedAt).not.toBeNull();
    expect(await auditActions()).toEqual(
      expect.arrayContaining(["reports.api-key-issued", "reports.api-key-revoked"]),
    );
  });
});
