// Times online applications on the server without a browser or a socket (in-memory SQLite through
// app.request(), as the server tests do): a 2 MB upload, a Bauantrag's submission with its receipt
// PDF, and the office's decision with the Bescheid PDF. Each request comes from an address of its
// own (X-Forwarded-For behind TRUST_PROXY), so the per-address limits stay in force but never bite.
import { randomUUID } from "node:crypto";
import { bauantragAnswers, PDF } from "../server/features/applications/test-fixtures";
import { createAccountWithSession } from "../server/testing/accounts";
import { createTestApp, type TestApp } from "../server/testing/test-app";
import type { TestClient } from "../server/testing/test-client";
import type { RequestTiming } from "./account";
import { quantile } from "./search";

const WARMUP = 3;
const TIMES = 20;
export const UPLOAD_BYTES = 2 * 1024 * 1024;

export type ApplicationTimings = { upload: RequestTiming; submit: RequestTiming; decide: RequestTiming };

let address = 0;
const nextAddress = () => {
  address++;
  return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
};

async function timed(client: TestClient, path: string, init: RequestInit, expected: number) {
  const headers = new Headers(init.headers);
  headers.set("x-forwarded-for", nextAddress());
  const start = performance.now();
  const response = await client.fetch(path, { ...init, headers });
  const text = await response.text();
  const ms = performance.now() - start;
  if (response.status !== expected)
    throw new Error(`${path} answered ${response.status}: ${text.slice(0, 200)}`);
  return { ms, body: text };
}

async function upload(client: TestClient, bytes: Uint8Array, name: string) {
  const id = randomUUID();
  const form = new FormData();
  form.append("file", new File([new Uint8Array(bytes)], name));
  const { ms } = await timed(client, `/api/applications/uploads/${id}`, { method: "PUT", body: form }, 201);
  return { id, ms };
}

function summary(samples: number[]): RequestTiming {
  return { medianMs: quantile(samples, 0.5), p95Ms: quantile(samples, 0.95), requests: samples.length };
}

export async function benchApplications(): Promise<ApplicationTimings> {
  // The budgets are for SQLite; a shell set up for the PostgreSQL server tests must not change that.
  const postgres = process.env.TEST_DATABASE_URL;
  delete process.env.TEST_DATABASE_URL;
  let server: TestApp;
  try {
    server = await createTestApp({ TRUST_PROXY: "true" });
  } finally {
    if (postgres !== undefined) process.env.TEST_DATABASE_URL = postgres;
  }
  try {
    const large = new Uint8Array(UPLOAD_BYTES);
    large.set(PDF);
    const uploads: number[] = [];
    const submits: number[] = [];
    const decisions: number[] = [];
    const { client: office } = await createAccountWithSession(server, {
      role: "staff",
      department: "bauamt",
    });
    for (let i = 0; i < WARMUP + TIMES; i++) {
      // A citizen per round: the quota of waiting uploads is per account.
      const { client } = await createAccountWithSession(server, { role: "citizen" });
      const big = await upload(client, large, "bauzeichnungen.pdf");
      const plan = await upload(client, PDF, "lageplan.pdf");
      const description = await upload(client, PDF, "baubeschreibung.pdf");
      const body = JSON.stringify({
        id: randomUUID(),
        type: "bauantrag",
        answers: bauantragAnswers(),
        attachments: { sitePlan: [plan.id], drawings: [big.id], buildingDescription: [description.id] },
      });
      const submitted = await timed(
        client,
        "/api/applications",
        {
          method: "POST",
          headers: { "content-type": "application/json", "Idempotency-Key": randomUUID() },
          body,
        },
        201,
      );
      const { id } = JSON.parse(submitted.body) as { id: string };
      await timed(office, `/api/staff/applications/${id}/claim`, { method: "POST" }, 200);
      const decided = await timed(
        office,
        `/api/staff/applications/${id}/decision`,
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ outcome: "approved", text: "Das Vorhaben entspricht dem Bebauungsplan." }),
        },
        200,
      );
      if (i < WARMUP) continue;
      uploads.push(big.ms);
      submits.push(submitted.ms);
      decisions.push(decided.ms);
    }
    return { upload: summary(uploads), submit: summary(submits), decide: summary(decisions) };
  } finally {
    await server.close();
  }
}
