// What the public reads of a report: no answer anyone can get (the app's list, page, nearby check,
// +1, photo upload and creation answers, Open311 in JSON and XML) carries the reporter's email,
// account or secret, an unreviewed description or an unpublished photo. Reviewing and publishing
// make text and photo appear, which shows the checks can see them. The sample seed lies in the city.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { insideCity } from "../../../src/lib/contract/city-boundary";
import { REPORT_SECRET_HEADER, reportListSchema } from "../../../src/lib/contract/reports";
import { createAccountWithSession } from "../../testing/accounts";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { TestClient } from "../../testing/test-client";
import { SAMPLE_REPORTS, seedReportsOnFirstStart } from "./seed";
import {
  cameraPhoto,
  createReport,
  photoForm,
  sendReport,
  reportBody,
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

const EMAIL = "private-reporter@example.org";
const TEXT = "UNREVIEWED-TEXT names Frau Nachbarin";

describe("public answers", () => {
  it("never carry personal data, unreviewed text or unpublished photos", async () => {
    const device = await subscribeDevice(browser);
    const anonymous = await createReport(browser, { email: EMAIL, description: TEXT, push: device });
    const { account, client } = await createAccountWithSession(t, { role: "citizen" });
    const signedIn = await sendReport(client, reportBody({ description: TEXT }), { anonymous: false });
    const id = anonymous.report.id;
    const upload = await browser.fetch(`/api/reports/${id}/photos`, {
      method: "POST",
      headers: { [REPORT_SECRET_HEADER]: anonymous.secret },
      body: photoForm(await cameraPhoto()),
    });
    const photo = await t.db.selectFrom("defect_report_photos").select("id").executeTakeFirstOrThrow();
    const row = await t.db
      .selectFrom("defect_reports")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();

    const answers: [string, string][] = [
      ["create", JSON.stringify(anonymous.report)],
      ["create signed in", JSON.stringify(signedIn.body.report)],
      ["upload", await upload.text()],
    ];
    const read = async (path: string) => answers.push([path, await (await browser.fetch(path)).text()]);
    await read("/api/reports");
    await read(`/api/reports/${id}`);
    await read(`/api/reports/${signedIn.body.report.id}`);
    await read(`/api/reports/nearby?category=street-lighting&lat=${TOWN_HALL.lat}&lon=${TOWN_HALL.lon}`);
    for (const format of ["json", "xml"]) {
      await read(`/open311/v2/requests.${format}`);
      await read(`/open311/v2/requests/${id}.${format}`);
      await read(`/open311/v2/tokens/${id}.${format}`);
    }
    const support = await browser.json("POST", `/api/reports/${id}/support`, {
      deviceId: crypto.randomUUID(),
    });
    answers.push(["support", JSON.stringify(support.body)]);

    const secrets = [
      EMAIL,
      TEXT,
      photo.id,
      account.id,
      account.email,
      row.secret_hash,
      device.subscriptionId,
    ];
    for (const [where, text] of answers) {
      for (const secret of secrets) expect(text, `${where} leaks ${secret}`).not.toContain(secret);
    }

    // Once reviewed and published, text and photo are public: the checks above could see them.
    const staff = (await createAccountWithSession(t, { role: "staff", department: "stadtwerke" })).client;
    await staff.json("POST", `/api/staff/reports/${id}/review`, { reviewed: true });
    await staff.json("POST", `/api/staff/reports/${id}/photos/${photo.id}`, { published: true });
    for (const path of [`/api/reports/${id}`, `/open311/v2/requests/${id}.xml`]) {
      const text = await (await browser.fetch(path)).text();
      expect(text).toContain("UNREVIEWED-TEXT");
      expect(text).toContain(photo.id);
      expect(text).not.toContain(EMAIL);
    }
  });
});

describe("sample reports", () => {
  it("lie in the city, are marked, and show on the public list once", async () => {
    for (const sample of SAMPLE_REPORTS)
      expect(insideCity(sample.lon, sample.lat), sample.address).toBe(true);
    expect(await seedReportsOnFirstStart(t.db)).toBe(true);
    expect(await seedReportsOnFirstStart(t.db)).toBe(false);
    const list = reportListSchema.parse((await browser.json("GET", "/api/reports")).body);
    expect(list.total).toBe(SAMPLE_REPORTS.length);
    expect(list.reports.every((report) => report.sample === true)).toBe(true);
    expect(new Set(list.reports.map((report) => report.status)).size).toBe(5);
    expect(list.reports.every((report) => report.description?.startsWith("Beispiel:"))).toBe(true);
  });
});
