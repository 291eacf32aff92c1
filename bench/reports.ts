// Defect reports with 20,000 generated reports in the city (SQLite, as `npm start` runs): the check
// for open reports of the same category within 50 m that the form runs before sending, and the
// Open311 GeoReport v2 list `GET /open311/v2/requests.json` with its full 1,000 results, as a
// third-party client reads it over HTTP.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { REPORT_CATEGORIES, REPORT_STATUSES, type ReportCategory } from "../src/lib/contract/reports";
import { nearbyReports } from "../server/features/reports/service";
import { createTestApp } from "../server/testing/test-app";
import { quantile } from "./search";
import { random } from "./shops";

export const GENERATED_REPORTS = 20_000;
/** The Open311 list's largest answer (server/features/reports/open311-service.ts). */
export const OPEN311_RESULTS = 1_000;
const NEARBY_QUERIES = 500;
const WARMUP_ROUNDS = 3;
const LIST_ROUNDS = 15;
const DAY_MS = 24 * 3600_000;

/** Inside Delmenhorst's built-up area (the city boundary's box, trimmed). */
const AREA = { south: 53.01, north: 53.08, west: 8.57, east: 8.69 };

export type ReportsBench = {
  reports: number;
  nearbyMedianMs: number;
  nearbyP95Ms: number;
  nearbyQueriesWithHits: number;
  nearbyQueries: number;
  listMedianMs: number;
  listResults: number;
  listBytes: number;
};

export async function benchReports(now = new Date()): Promise<ReportsBench> {
  const test = await createTestApp({ TRUST_PROXY: "1" });
  try {
    const next = random(22);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const rows = Array.from({ length: GENERATED_REPORTS }, (_, i) => {
      // A year of reports, most of them handled; the newest tenth within the last 90 days.
      const ageDays = i < GENERATED_REPORTS / 10 ? next() * 89 : 90 + next() * 275;
      const created = new Date(now.getTime() - ageDays * DAY_MS).toISOString();
      const status = ageDays < 30 ? pick(REPORT_STATUSES) : next() < 0.9 ? "done" : pick(REPORT_STATUSES);
      const category: ReportCategory = pick(REPORT_CATEGORIES);
      return {
        id: randomUUID(),
        category,
        department: "bauamt",
        lat: AREA.south + next() * (AREA.north - AREA.south),
        lon: AREA.west + next() * (AREA.east - AREA.west),
        address: `Generierte Straße ${1 + (i % 200)}`,
        description: `Generierte Meldung ${i} für die Messung.`,
        reviewed: next() < 0.7 ? 1 : 0,
        email: null,
        account_id: null,
        secret_hash: "0".repeat(64),
        push_subscription_id: null,
        language: "de",
        source: "app",
        status,
        public_note: null,
        status_changed_at: created,
        support_count: Math.floor(next() * 3),
        assignee_id: null,
        duplicate_of: null,
        reopened_at: null,
        reopen_reason: null,
        sample: 0,
        created_at: created,
        updated_at: created,
      };
    });
    await test.db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += 500) {
        await trx
          .insertInto("defect_reports")
          .values(rows.slice(i, i + 500))
          .execute();
      }
    });

    // The check as the form runs it: a category and a pin anywhere in the city.
    const points = Array.from({ length: NEARBY_QUERIES + WARMUP_ROUNDS }, () => ({
      category: pick(REPORT_CATEGORIES),
      lat: AREA.south + next() * (AREA.north - AREA.south),
      lon: AREA.west + next() * (AREA.east - AREA.west),
    }));
    const nearbyTimes: number[] = [];
    let withHits = 0;
    for (const [index, point] of points.entries()) {
      const started = performance.now();
      const answer = await nearbyReports(test.db, point.category, point.lat, point.lon);
      const ms = performance.now() - started;
      if (index < WARMUP_ROUNDS) continue;
      nearbyTimes.push(ms);
      if (answer.reports.length > 0) withHits += 1;
    }

    // The Open311 list without dates: the last 90 days, at most 1,000 results, JSON over HTTP.
    const listTimes: number[] = [];
    let listResults = 0;
    let listBytes = 0;
    for (let round = 0; round < WARMUP_ROUNDS + LIST_ROUNDS; round += 1) {
      const started = performance.now();
      const response = await test.app.request("/open311/v2/requests.json", {
        // Each round from an address of its own: the list is rate-limited per client.
        headers: { "X-Forwarded-For": `198.51.100.${round + 1}` },
      });
      const body = await response.text();
      const ms = performance.now() - started;
      if (response.status !== 200) throw new Error(`requests.json answered ${response.status}: ${body}`);
      if (round < WARMUP_ROUNDS) continue;
      listTimes.push(ms);
      listResults = (JSON.parse(body) as unknown[]).length;
      listBytes = Buffer.byteLength(body);
    }

    return {
      reports: rows.length,
      nearbyMedianMs: quantile(nearbyTimes, 0.5),
      nearbyP95Ms: quantile(nearbyTimes, 0.95),
      nearbyQueriesWithHits: withHits,
      nearbyQueries: NEARBY_QUERIES,
      listMedianMs: quantile(listTimes, 0.5),
      listResults,
      listBytes,
    };
  } finally {
    await test.close();
  }
}
