// /api/warnings: the "Stand" line, a warning's history, and city notices published and ended by staff.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { problemSchema } from "../../../src/lib/contract/problem";
import { type CityNotice, warningSchema, warningsStatusSchema } from "../../../src/lib/contract/warnings";
import { z } from "../../../src/lib/contract/zod";
import { createAccountWithSession } from "../../testing/accounts";
import { createTestApp, databaseKind, type TestApp } from "../../testing/test-app";
import { TestClient } from "../../testing/test-client";
import { listEntries } from "../../platform/sync/store";
import { recordRegionFailure, recordRegionSuccess } from "./regions";
import { findWarning, saveWarningState } from "./store";

let t: TestApp;

beforeEach(async () => {
  t = await createTestApp();
});

afterEach(async () => {
  await t.close();
});

const notice = (overrides: Partial<CityNotice> = {}): CityNotice => ({
  kind: "road-closure",
  severity: "Moderate",
  headline: "Vollsperrung Lange Straße",
  description:
    "Wegen Bauarbeiten an der Fernwärmeleitung ist die Lange Straße gesperrt.\nUmleitung über die Bahnhofstraße.",
  instruction: "Bitte weichen Sie auf die Bahnhofstraße aus.",
  area: "Lange Straße zwischen Rathaus und Bahnhof",
  onset: "2024-01-08T07:00:00+01:00",
  expires: "2099-01-12T18:00:00+01:00",
  english: null,
  ...overrides,
});

async function expectProblem(res: { status: number; body: unknown }, status: number, code: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(problemSchema.parse(res.body).code).toBe(code);
}

const pushJobCount = async () => (await t.db.selectFrom("push_jobs").select("ref").execute()).length;

describe(`GET /api/warnings/status (${databaseKind})`, () => {
  it("shows Delmenhorst before the first poll", async () => {
    const res = await new TestClient(t).json("GET", "/api/warnings/status");
    expect(res.status).toBe(200);
    expect(warningsStatusSchema.parse(res.body)).toEqual({
      regions: [{ ars: "034010000000", lastSuccessAt: null, lastErrorAt: null, failures: 0 }],
    });
  });

  it("shows the last good answer and failures per district, Delmenhorst first", async () => {
    await recordRegionSuccess(t.db, "034010000000", new Date("2024-01-05T13:00:00Z"));
    await recordRegionFailure(t.db, "034010000000", new Date("2024-01-05T13:01:00Z"), "timeout");
    await recordRegionSuccess(t.db, "030000000000", new Date("2024-01-05T13:00:30Z"));
    const res = await new TestClient(t).json("GET", "/api/warnings/status");
    expect(warningsStatusSchema.parse(res.body).regions).toEqual([
      {
        ars: "034010000000",
        lastSuccessAt: "2024-01-05T13:00:00.000Z",
        lastErrorAt: "2024-01-05T13:01:00.000Z",
        failures: 1,
      },
      { ars: "030000000000", lastSuccessAt: "2024-01-05T13:00:30.000Z", lastErrorAt: null, failures: 0 },
    ]);
  });
});

describe(`city notices (${databaseKind})`, () => {
  it("lets Ordnungsamt staff publish a notice: stored, in the feed, one push job", async () => {
    const { client } = await createAccountWithSession(t, { role: "staff", department: "ordnungsamt" });

    const res = await client.json("POST", "/api/warnings/notices", notice());

    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const warning = warningSchema.parse(res.body);
    expect(warning).toMatchObject({
      id: expect.stringMatching(/^city\.[0-9a-f-]{36}$/),
      provider: "city",
      msgType: "Alert",
      version: 1,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      references: [],
      severity: "Moderate",
      sender: "Stadt Delmenhorst",
      regions: ["034010000000"],
      areas: ["Lange Straße zwischen Rathaus und Bahnhof"],
      noticeKind: "road-closure",
      onset: "2024-01-08T07:00:00+01:00",
      expires: "2099-01-12T18:00:00+01:00",
    });
    expect(warning.texts.de.description).toBe(
      "Wegen Bauarbeiten an der Fernwärmeleitung ist die Lange Straße gesperrt.<br />Umleitung über die Bahnhofstraße.",
    );
    expect(warning.texts.en).toBeUndefined();
    expect(await findWarning(t.db, warning.id)).toEqual(warning);
    expect((await listEntries(t.db, "warnings")).map((e) => e.id)).toEqual([warning.id]);
    expect(await t.db.selectFrom("push_jobs").select("ref").execute()).toEqual([
      { ref: `warning:${warning.id}:${warning.hash}` },
    ]);
  });

  it("lets an admin publish, with an English version, and escapes what staff type", async () => {
    const { client } = await createAccountWithSession(t, { role: "admin" });
    const res = await client.json(
      "POST",
      "/api/warnings/notices",
      notice({
        kind: "water-supply",
        description: "Abkochgebot <b>nicht</b> vergessen & Wasser 3 Minuten kochen.",
        english: {
          headline: "Boil water notice",
          description: "Boil tap water for 3 minutes before drinking.",
          instruction: null,
        },
      }),
    );
    expect(res.status).toBe(201);
    const warning = warningSchema.parse(res.body);
    expect(warning.texts.de.description).toBe(
      "Abkochgebot &lt;b&gt;nicht&lt;/b&gt; vergessen &amp; Wasser 3 Minuten kochen.",
    );
    expect(warning.texts.en).toMatchObject({ headline: "Boil water notice", instruction: null });
  });

  it("ends a notice with a Cancel state: new version and hash, history 2, a second push job", async () => {
    const { client } = await createAccountWithSession(t, { role: "staff", department: "ordnungsamt" });
    const published = warningSchema.parse(
      (await client.json("POST", "/api/warnings/notices", notice())).body,
    );

    const res = await client.json("POST", `/api/warnings/notices/${published.id}/end`);

    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const cancel = warningSchema.parse(res.body);
    expect(cancel).toMatchObject({
      id: published.id,
      msgType: "Cancel",
      references: [published.id],
      version: 2,
      texts: published.texts,
    });
    expect(cancel.hash).not.toBe(published.hash);
    expect(Date.parse(cancel.expires ?? "")).toBeLessThanOrEqual(Date.now());
    const [feedEntry] = await listEntries(t.db, "warnings");
    expect(feedEntry?.data).toMatchObject({ msgType: "Cancel" });
    expect(await pushJobCount()).toBe(2);

    const history = await new TestClient(t).json("GET", `/api/warnings/${published.id}/history`);
    expect(history.status).toBe(200);
    expect(
      z
        .array(warningSchema)
        .parse(history.body)
        .map((w) => w.msgType),
    ).toEqual(["Cancel", "Alert"]);

    await expectProblem(
      await client.json("POST", `/api/warnings/notices/${published.id}/end`),
      409,
      "conflict",
    );
    expect(await pushJobCount()).toBe(2);
  });

  it("answers 404 for ending an unknown notice or an upstream warning", async () => {
    const { client } = await createAccountWithSession(t, { role: "admin" });
    await saveWarningState(t.db, {
      ...warningSchema.parse((await client.json("POST", "/api/warnings/notices", notice())).body),
      id: "mow.DE-NI-DEL-SE040-20240105-40-000",
      provider: "mowas",
      noticeKind: null,
    });
    await expectProblem(
      await client.json("POST", "/api/warnings/notices/city.unknown/end"),
      404,
      "not_found",
    );
    await expectProblem(
      await client.json("POST", "/api/warnings/notices/mow.DE-NI-DEL-SE040-20240105-40-000/end"),
      404,
      "not_found",
    );
  });

  it.each([
    ["a citizen", { role: "citizen" as const }, 403],
    ["staff of another department", { role: "staff" as const, department: "bauamt" as const }, 403],
  ])("forbids %s to publish or end notices (%i)", async (_, account, status) => {
    const { client: admin } = await createAccountWithSession(t, { role: "admin" });
    const published = warningSchema.parse((await admin.json("POST", "/api/warnings/notices", notice())).body);
    const { client } = await createAccountWithSession(t, account);

    await expectProblem(await client.json("POST", "/api/warnings/notices", notice()), status, "forbidden");
    await expectProblem(
      await client.json("POST", `/api/warnings/notices/${published.id}/end`),
      status,
      "forbidden",
    );
    expect(await pushJobCount()).toBe(1);
  });

  it("asks anonymous callers to sign in (401)", async () => {
    const anonymous = new TestClient(t);
    await expectProblem(
      await anonymous.json("POST", "/api/warnings/notices", notice()),
      401,
      "unauthenticated",
    );
    await expectProblem(
      await anonymous.json("POST", "/api/warnings/notices/city.x/end"),
      401,
      "unauthenticated",
    );
  });

  it.each([
    ["an unknown kind", { kind: "parade" }],
    ["a headline too short", { headline: "Hi" }],
    ["no expiry", { expires: undefined }],
    ["an expiry without offset", { expires: "2099-01-12T18:00:00" }],
    ["an unknown field", { sender: "Polizei" }],
  ])("rejects a notice with %s (400) and publishes nothing", async (_, overrides) => {
    const { client } = await createAccountWithSession(t, { role: "staff", department: "ordnungsamt" });
    await expectProblem(
      await client.json("POST", "/api/warnings/notices", { ...notice(), ...overrides }),
      400,
      "validation_failed",
    );
    expect(await listEntries(t.db, "warnings")).toEqual([]);
    expect(await pushJobCount()).toBe(0);
  });
});

describe(`GET /api/warnings/:id/history (${databaseKind})`, () => {
  it("answers 404 for a warning never seen", async () => {
    await expectProblem(
      await new TestClient(t).json("GET", "/api/warnings/mow.unknown/history"),
      404,
      "not_found",
    );
  });
});
