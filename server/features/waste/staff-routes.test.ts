// The waste department's console: districts get their dates from real providers' files, a broken
// file (uploaded or fetched) keeps the last good dates and says why, the street table takes ranges,
// and residents read it all from the change feed and the webcal feed.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  districtOf,
  type StaffDistrict,
  WASTE_DISTRICTS_COLLECTION,
  WASTE_STREETS_COLLECTION,
  type WasteStreet,
  wasteStreetSchema,
} from "../../../src/lib/contract/waste";
import { createAccountWithSession } from "../../testing/accounts";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { TestClient } from "../../testing/test-client";
import { listEntries } from "../../platform/sync/store";
import { refreshAllDistricts } from "./service";

const fixture = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/waste/${name}`, import.meta.url), "utf8");
const KOELN = fixture("awb-koeln-abfuhrtermine-2025-trimmed.ics");

let t: TestApp;
let keeper: TestClient;

beforeEach(async () => {
  t = await createTestApp();
  keeper = (await createAccountWithSession(t, { role: "staff", department: "abfall" })).client;
});

afterEach(async () => {
  await t.close();
});

const district = (id: string, overrides: Record<string, unknown> = {}) =>
  keeper.json<StaffDistrict>("PUT", `/api/staff/waste/districts/${id}`, {
    name: `Bezirk ${id}`,
    sourceUrl: null,
    mapping: null,
    ...overrides,
  });

const importFile = (id: string, ics: string) =>
  keeper.json<{ days: number; unmapped: string[]; code?: string }>(
    "POST",
    `/api/staff/waste/districts/${id}/import`,
    { ics },
  );

const published = async (id: string) =>
  (await listEntries(t.db, WASTE_DISTRICTS_COLLECTION)).find((entry) => entry.id === id)?.data as
    { days: { date: string; bins: string[] }[] } | undefined;

describe("districts and their iCalendar files", () => {
  it("only the waste department and admins keep them", async () => {
    const clerk = (await createAccountWithSession(t, { role: "staff", department: "bauamt" })).client;
    const citizen = (await createAccountWithSession(t, { role: "citizen" })).client;
    const admin = (await createAccountWithSession(t, { role: "admin" })).client;
    expect((await clerk.json("GET", "/api/staff/waste/districts")).status).toBe(403);
    expect((await citizen.json("GET", "/api/staff/waste/districts")).status).toBe(403);
    expect((await new TestClient(t).json("GET", "/api/staff/waste/districts")).status).toBe(401);
    expect((await admin.json("GET", "/api/staff/waste/districts")).status).toBe(200);
  });

  it("imports a real file and publishes the days to residents", async () => {
    expect((await district("nord")).status).toBe(201);
    const result = await importFile("nord", KOELN);
    expect(result.status).toBe(200);
    expect(result.body.days).toBe(6);
    expect((await published("nord"))?.days[0]).toEqual({ date: "2025-01-02", bins: ["bio", "paper"] });
    const list = await keeper.json<{ districts: StaffDistrict[] }>("GET", "/api/staff/waste/districts");
    expect(list.body.districts[0]?.status).toMatchObject({ lastError: null, unmapped: [] });
  });

  it("keeps the last good dates when a broken file comes, and says why", async () => {
    await district("nord");
    await importFile("nord", KOELN);
    const before = await published("nord");
    const broken = await importFile("nord", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:kaputt");
    expect(broken.status).toBe(422);
    expect(broken.body.code).toBe("ics_invalid");
    expect(await published("nord")).toEqual(before);
    const list = await keeper.json<{ districts: StaffDistrict[] }>("GET", "/api/staff/waste/districts");
    expect(list.body.districts[0]?.days).toBe(6);
    expect(list.body.districts[0]?.status.lastError).toMatch(/iCalendar/);
    expect(list.body.districts[0]?.status.lastErrorAt).not.toBeNull();
  });

  it("refreshes districts with an address daily; a failing address keeps the last good dates", async () => {
    await district("nord", { sourceUrl: "https://abfall.example.org/nord.ics" });
    await district("sued", { sourceUrl: "https://abfall.example.org/sued.ics" });
    const outcomes = new Map<string, string>();
    let answer = (url: string) =>
      new Response(url.endsWith("nord.ics") ? KOELN : fixture("bidingen-abfuhrtermine-2024-trimmed.ics"));
    const fetchSource = async (url: string) => answer(url);
    const report = (id: string, outcome: unknown) =>
      outcomes.set(id, outcome instanceof Error ? outcome.message : "ok");
    await refreshAllDistricts(t.db, new Date("2025-06-01T03:00:00Z"), report, fetchSource);
    expect(Object.fromEntries(outcomes)).toEqual({ nord: "ok", sued: "ok" });
    const before = await published("nord");

    answer = (url) =>
      url.endsWith("nord.ics") ? new Response("Wartung", { status: 503 }) : new Response(KOELN);
    await refreshAllDistricts(t.db, new Date("2025-06-02T03:00:00Z"), report, fetchSource);
    expect(outcomes.get("nord")).toMatch(/HTTP 503/);
    expect(await published("nord")).toEqual(before);
    expect((await published("sued"))?.days).toHaveLength(6);
  });

  it("serves a district's days as a webcal feed with the app's link", async () => {
    await district("nord");
    await importFile("nord", KOELN);
    const response = await new TestClient(t).fetch("/api/waste/districts/nord/calendar.ics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
    const text = await response.text();
    expect(text).toContain("DTSTART;VALUE=DATE:20250102");
    expect(text).toContain("SUMMARY:Bioabfall\\, Papier");
    expect(text).toContain(`${t.config.appOrigin}/abfall`);
    const english = await (
      await new TestClient(t).fetch("/api/waste/districts/nord/calendar.ics?lang=en")
    ).text();
    expect(english).toContain("SUMMARY:Organic waste\\, Paper");
    expect((await new TestClient(t).fetch("/api/waste/districts/unbekannt/calendar.ics")).status).toBe(404);
  });
});

describe("the street table", () => {
  const streets = async () =>
    (await listEntries(t.db, WASTE_STREETS_COLLECTION)).map((e) => wasteStreetSchema.parse(e.data));
  const importCsv = (csv: string) =>
    keeper.json<{ streets: number; code?: string; errors?: { path: string }[] }>(
      "POST",
      "/api/staff/waste/streets/import",
      { csv },
    );

  beforeEach(async () => {
    await district("nord");
    await district("sued");
  });

  it("splits a street by odd and even numbers and by ranges", async () => {
    const result = await importCsv(
      [
        "Straße;von;bis;Seite;Bezirk",
        "Lange Straße;;;ungerade;nord",
        "Lange Straße;;;gerade;sued",
        "Bremer Straße;1;49;alle;nord",
        "Bremer Straße;50;;alle;sued",
        "Am Wollepark;;;;sued",
      ].join("\r\n"),
    );
    expect(result.status).toBe(200);
    expect(result.body.streets).toBe(3);
    const byName = new Map((await streets()).map((s): [string, WasteStreet] => [s.name, s]));
    const lange = byName.get("Lange Straße");
    const bremer = byName.get("Bremer Straße");
    const wollepark = byName.get("Am Wollepark");
    if (!lange || !bremer || !wollepark) throw new Error("streets missing");
    expect(districtOf(lange, "7")).toBe("nord");
    expect(districtOf(lange, "8a")).toBe("sued");
    expect(districtOf(bremer, "49")).toBe("nord");
    expect(districtOf(bremer, "50")).toBe("sued");
    expect(districtOf(wollepark, "1")).toBe("sued");
  });

  it("changes nothing when a line is wrong, and names the line", async () => {
    await importCsv("Lange Straße;;;;nord");
    const result = await importCsv("Lange Straße;;;;sued\nBremer Straße;60;10;alle;nord\nX-Weg;;;;westen");
    expect(result.status).toBe(400);
    expect(result.body.code).toBe("csv_invalid");
    expect(result.body.errors?.map((e) => e.path)).toEqual(["line 2", "line 3"]);
    expect((await streets()).map((s) => s.ranges[0]?.districtId)).toEqual(["nord"]);
  });

  it("a new table replaces the old one: streets no longer listed leave the devices", async () => {
    await importCsv("Lange Straße;;;;nord\nBremer Straße;;;;nord");
    await importCsv("Bremer Straße;;;;sued");
    expect((await streets()).map((s) => [s.name, s.ranges[0]?.districtId])).toEqual([
      ["Bremer Straße", "sued"],
    ]);
  });
});

describe("the sample data of the first start", () => {
  it("loads marked sample districts with dates ahead and streets once", async () => {
    const { seedWasteOnFirstStart } = await import("./seed");
    const now = new Date("2026-12-06T10:00:00Z");
    expect(await seedWasteOnFirstStart(t.db, now)).toBe(true);
    expect(await seedWasteOnFirstStart(t.db, now)).toBe(false);
    const districts = (await listEntries(t.db, WASTE_DISTRICTS_COLLECTION)).map(
      (e) => e.data as { sample: boolean; days: { date: string }[] },
    );
    expect(districts).toHaveLength(2);
    for (const d of districts) {
      expect(d.sample).toBe(true);
      expect(d.days.some((day) => day.date >= "2026-12-06" && day.date <= "2026-12-20")).toBe(true);
    }
    expect((await listEntries(t.db, WASTE_STREETS_COLLECTION)).length).toBeGreaterThan(3);
  });
});
