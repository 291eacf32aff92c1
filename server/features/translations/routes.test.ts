// Honest translations as residents and the city use them: a proposal sent from the outbox arrives
// once; every device learns which languages the city reviewed; only admins read proposals and set
// or withdraw review marks (audited).
import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { problemSchema } from "../../../src/lib/contract/problem";
import { PROOF_OF_WORK_HEADER } from "../../../src/lib/contract/proof-of-work";
import type {
  LanguageReview,
  TranslationReport,
  TranslationStatus,
} from "../../../src/lib/contract/translations";
import { createAccountWithSession } from "../../testing/accounts";
import { solvedProofOfWork } from "../../testing/proof-of-work";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { TestClient } from "../../testing/test-client";

let t: TestApp;
let browser: TestClient;

beforeEach(async () => {
  t = await createTestApp();
  browser = new TestClient(t);
});

afterEach(async () => {
  await t.close();
});

const REPORTS = "/api/translations/reports";
const STAFF = "/api/staff/translations";
const newKey = () => randomBytes(16).toString("base64url");
const proposal = {
  language: "tr",
  page: "/termine",
  text: "Randevu al",
  proposal: "Randevu alın",
};

const send = async (body: unknown, key = newKey(), client = browser, proof = client === browser) =>
  client.json<{ reference: string }>("POST", REPORTS, body, {
    "Idempotency-Key": key,
    ...(proof ? { [PROOF_OF_WORK_HEADER]: await solvedProofOfWork(client, `${REPORTS}/challenge`) } : {}),
  });

const stored = async () => t.db.selectFrom("translation_reports").selectAll().execute();

function expectProblem(response: { status: number; body: unknown }, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(problemSchema.parse(response.body).code).toBe(code);
}

describe("a proposal for a better translation", () => {
  it("arrives once with its reference", async () => {
    const key = newKey();
    const first = await send(proposal, key);
    expect(first.status).toBe(201);
    expect(first.body.reference).toMatch(/^UE-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // Sent again under the same key (an answer the outbox lost): the same receipt, nothing new.
    expect((await send(proposal, key)).body).toEqual(first.body);
    expect(await stored()).toMatchObject([{ language: "tr", page: "/termine", proposal: "Randevu alın" }]);
  });

  it("needs the proof of work without an account, but not with one", async () => {
    expectProblem(await send(proposal, newKey(), browser, false), 400, "proof_of_work_failed");
    const { client, account } = await createAccountWithSession(t, { role: "citizen" });
    expect((await send(proposal, newKey(), client)).status).toBe(201);
    expect(await stored()).toMatchObject([{ account_id: account.id }]);
  });

  it("refuses bad input with a problem and stores nothing", async () => {
    for (const body of [
      { ...proposal, language: "de" },
      { ...proposal, language: "xx" },
      { ...proposal, text: " " },
      { ...proposal, proposal: "" },
      { ...proposal, proposal: "x".repeat(2001) },
      { ...proposal, page: "https://example.org/elsewhere" },
      { ...proposal, extra: true },
      ["a list"],
    ]) {
      expect((await send(body)).status, JSON.stringify(body)).toBe(400);
    }
    expect(await stored()).toHaveLength(0);
  });
});

describe("review marks", () => {
  it("tell every device which languages the city reviewed, set and withdrawn by admins only", async () => {
    const { client: staff } = await createAccountWithSession(t, {
      role: "staff",
      department: "buergerbuero",
    });
    const { client: admin } = await createAccountWithSession(t, { role: "admin" });

    const before = await browser.json<TranslationStatus>("GET", "/api/translations/status");
    expect(before.status).toBe(200);
    expect(before.body.languages.map((l) => l.language)).toEqual([
      "en",
      "tr",
      "ar",
      "ru",
      "uk",
      "pl",
      "bg",
      "ro",
      "de-x-ls",
    ]);
    expect(before.body.languages.every((l) => l.reviewedAt === null && l.reviewedTexts === 0)).toBe(true);

    expectProblem(await browser.json("PUT", `${STAFF}/languages/tr/reviewed`), 401, "unauthenticated");
    expectProblem(await staff.json("PUT", `${STAFF}/languages/tr/reviewed`), 403, "forbidden");
    expect((await admin.json("PUT", `${STAFF}/languages/tr/reviewed`)).status).toBe(200);
    const text = await admin.json<LanguageReview>(
      "PUT",
      `${STAFF}/languages/ar/texts/${encodeURIComponent("services.detail.title")}/reviewed`,
    );
    expect(text.status).toBe(200);
    expect(text.body).toMatchObject({
      language: "ar",
      reviewedAt: null,
      texts: [{ key: "services.detail.title" }],
    });
    // Marking again keeps the first mark.
    const again = await admin.json<LanguageReview>(
      "PUT",
      `${STAFF}/languages/ar/texts/services.detail.title/reviewed`,
    );
    expect(again.body.texts[0]!.reviewedAt).toBe(text.body.texts[0]!.reviewedAt);

    const after = await browser.json<TranslationStatus>("GET", "/api/translations/status");
    const byLanguage = Object.fromEntries(after.body.languages.map((l) => [l.language, l]));
    expect(byLanguage.tr!.reviewedAt).not.toBeNull();
    expect(byLanguage.ar).toMatchObject({ reviewedAt: null, reviewedTexts: 1 });

    const withdrawn = await admin.json<LanguageReview>("DELETE", `${STAFF}/languages/tr/reviewed`);
    expect(withdrawn.body.reviewedAt).toBeNull();
    expectProblem(await admin.json("DELETE", `${STAFF}/languages/tr/reviewed`), 404, "not_found");
    // German is the original, and keys have a shape.
    expectProblem(await admin.json("PUT", `${STAFF}/languages/de/reviewed`), 404, "not_found");
    expectProblem(await admin.json("PUT", `${STAFF}/languages/ar/texts/..x/reviewed`), 404, "not_found");

    const actions = (await t.db.selectFrom("audit_log").select("action").execute()).map((a) => a.action);
    expect(actions.filter((a) => a === "translations.reviewed")).toHaveLength(3);
    expect(actions).toContain("translations.review-withdrawn");
  });

  it("lets admins read proposals (audited) and mark them handled", async () => {
    const sent = await send(proposal);
    const { client: citizen } = await createAccountWithSession(t, { role: "citizen" });
    const { client: admin } = await createAccountWithSession(t, { role: "admin" });
    expectProblem(await citizen.json("GET", `${STAFF}/reports`), 403, "forbidden");
    const list = await admin.json<{ reports: TranslationReport[] }>("GET", `${STAFF}/reports`);
    expect(list.body.reports).toMatchObject([{ reference: sent.body.reference, handledAt: null }]);
    const id = list.body.reports[0]!.id;
    expectProblem(await citizen.json("POST", `${STAFF}/reports/${id}/handled`), 403, "forbidden");
    const handled = await admin.json<TranslationReport>("POST", `${STAFF}/reports/${id}/handled`);
    expect(handled.body.handledAt).not.toBeNull();
    expectProblem(
      await admin.json("POST", `${STAFF}/reports/00000000-0000-4000-8000-000000000000/handled`),
      404,
      "not_found",
    );
    const actions = (await t.db.selectFrom("audit_log").select("action").execute()).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(["translations.reports-read", "translations.report-handled"]),
    );
  });
});
