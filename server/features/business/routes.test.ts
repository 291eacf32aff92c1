// The dwfg's business support as residents and the agency use it: a consultation request sent from
// the outbox arrives exactly once with a reference; bad input stores nothing; the agency's console
// is its own; and no programme can be saved as open after its end.
import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Consultation, FundingProgramme } from "../../../src/lib/contract/business";
import { problemSchema } from "../../../src/lib/contract/problem";
import { PROOF_OF_WORK_HEADER } from "../../../src/lib/contract/proof-of-work";
import { createAccountWithSession } from "../../testing/accounts";
import { solvedProofOfWork } from "../../testing/proof-of-work";
import { createTestApp, databaseKind, type TestApp } from "../../testing/test-app";
import { TestClient } from "../../testing/test-client";
import { listEntries } from "../../platform/sync/store";
import { seedBusinessOnFirstStart } from "./seed";
import { removeAnsweredConsultations } from "./store";

let t: TestApp;
let browser: TestClient;

beforeEach(async () => {
  t = await createTestApp();
  browser = new TestClient(t);
});

afterEach(async () => {
  await t.close();
});

const request = (overrides: Record<string, unknown> = {}) => ({
  name: "Erika Musterfrau",
  company: "Musterfrau Feinkost",
  email: "erika@example.org",
  phone: "04221 12345",
  topic: "going-online",
  message: "Wir möchten einen Online-Shop eröffnen und suchen Beratung.",
  consent: true,
  ...overrides,
});

const newKey = () => randomBytes(16).toString("base64url");

const CHALLENGE = "/api/business/consultations/challenge";

/** Sent as the outbox sends it; without an account with a proof of work solved just before. */
const sendRequest = async (
  body: unknown,
  key: string | null = newKey(),
  client = browser,
  proof: "solved" | "none" = client === browser ? "solved" : "none",
) =>
  client.json<{ id: string; reference: string }>("POST", "/api/business/consultations", body, {
    ...(key === null ? {} : { "Idempotency-Key": key }),
    ...(proof === "solved" ? { [PROOF_OF_WORK_HEADER]: await solvedProofOfWork(client, CHALLENGE) } : {}),
  });

const storedCount = async () =>
  Number(
    (
      await t.db
        .selectFrom("consultations")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

function expectProblem(response: { status: number; body: unknown }, status: number, code: string) {
  expect(response.status).toBe(status);
  return expect(problemSchema.parse(response.body).code).toBe(code);
}

const programme = (overrides: Partial<FundingProgramme> = {}) => ({
  name: "Beispiel: Ladenstart",
  provider: "dwfg",
  level: "city",
  targetGroup: "Gründerinnen und Gründer in der Innenstadt",
  funds: "Zuschuss zur Miete",
  amount: "bis zu 6.000 €",
  deadline: null,
  startsOn: null,
  endsOn: null,
  status: "open",
  statusAsOf: "2026-11-27",
  url: "https://www.example.org/ladenstart",
  sample: true,
  ...overrides,
});

describe(`POST /api/business/consultations (${databaseKind})`, () => {
  it("stores a request once under the same Idempotency-Key and mails its reference", async () => {
    const key = newKey();
    const first = await sendRequest(request(), key);
    const second = await sendRequest(request(), key);

    expect(first.status).toBe(201);
    expect(first.body.reference).toMatch(/^DW-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(second.status).toBe(201);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(second.body).toEqual(first.body);
    expect(await storedCount()).toBe(1);
    await vi.waitFor(() => expect(t.mails).toHaveLength(1));
    expect(t.mails[0]).toMatchObject({ to: "erika@example.org" });
    expect(t.mails[0]?.text).toContain(first.body.reference);
  });

  it("gives the sender the reference again by the key, and nobody else", async () => {
    const key = newKey();
    const sent = await sendRequest(request(), key);

    const receipt = await browser.json("GET", `/api/business/consultations/receipts/${key}`);
    expect(receipt).toMatchObject({ status: 200, body: sent.body });
    const unknown = await browser.json("GET", `/api/business/consultations/receipts/${newKey()}`);
    expectProblem(unknown, 404, "not_found");
    // A signed-in person is another sender than the anonymous one who sent it.
    const { client } = await createAccountWithSession(t, { role: "citizen" });
    expectProblem(await client.json("GET", `/api/business/consultations/receipts/${key}`), 404, "not_found");
  });

  it("remembers the account of a signed-in sender", async () => {
    const { account, client } = await createAccountWithSession(t, { role: "citizen" });
    const sent = await sendRequest(request(), newKey(), client);
    const row = await t.db
      .selectFrom("consultations")
      .select("account_id")
      .where("id", "=", sent.body.id)
      .executeTakeFirstOrThrow();
    expect(row.account_id).toBe(account.id);
  });

  it.each([
    ["without consent", request({ consent: false }), "consent"],
    ["with a bad email", request({ email: "kein-at" }), "email"],
    ["with an unknown topic", request({ topic: "lottery" }), "topic"],
    ["with a field the contract does not know", request({ budget: 5000 }), "(root)"],
  ])("refuses a request %s with 400 and stores nothing", async (_, body, path) => {
    const response = await sendRequest(body);
    expectProblem(response, 400, "validation_failed");
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(problemSchema.parse(response.body).errors?.map((e) => e.path)).toContain(path);
    expect(await storedCount()).toBe(0);
    expect(t.mails).toHaveLength(0);
  });

  it("refuses an anonymous request without a proof of work, or with a wrong or used one", async () => {
    const missing = await sendRequest(request(), newKey(), browser, "none");
    expectProblem(missing, 400, "proof_of_work_failed");
    expect(missing.headers.get("content-type")).toBe("application/problem+json");

    const proof = await solvedProofOfWork(browser, CHALLENGE);
    const payload = JSON.parse(Buffer.from(proof, "base64").toString()) as { number: number };
    const wrong = Buffer.from(JSON.stringify({ ...payload, number: payload.number + 1 })).toString("base64");
    const send = (altcha: string) =>
      browser.json("POST", "/api/business/consultations", request(), {
        "Idempotency-Key": newKey(),
        [PROOF_OF_WORK_HEADER]: altcha,
      });
    expectProblem(await send(wrong), 400, "proof_of_work_failed");
    expectProblem(await send("bm90IGEgcHJvb2Y="), 400, "proof_of_work_failed");
    expect((await send(proof)).status).toBe(201);
    // One solution, one request: a bot cannot pay once and write a thousand times.
    expectProblem(await send(proof), 400, "proof_of_work_failed");
    expect(await storedCount()).toBe(1);
    await vi.waitFor(() => expect(t.mails).toHaveLength(1));
  });

  it("takes a signed-in sender's request without a proof of work, as bookings do", async () => {
    const { client } = await createAccountWithSession(t, { role: "citizen" });
    expect((await sendRequest(request(), newKey(), client, "none")).status).toBe(201);
  });

  it("mails the unconfirmed address only the reference and fixed text, nothing that was written", async () => {
    const written = {
      name: "Gewinn! Ihr Konto ist gesperrt",
      company: "Bitte klicken Sie https://evil.example/login",
      phone: "+49 4221 99999",
      message: "Sehr geehrte Kundin, bestätigen Sie Ihre Bankdaten unter https://evil.example/bank",
    };
    const sent = await sendRequest(request({ ...written, email: "victim@example.org" }));
    expect(sent.status).toBe(201);
    await vi.waitFor(() => expect(t.mails).toHaveLength(1));
    const mail = t.mails[0]!;
    expect(mail.to).toBe("victim@example.org");
    expect(`${mail.subject}\n${mail.text}`).toContain(sent.body.reference);
    for (const text of [...Object.values(written), "evil.example"]) {
      expect(mail.subject).not.toContain(text);
      expect(mail.text).not.toContain(text);
    }
  });

  it("needs an Idempotency-Key", async () => {
    expectProblem(await sendRequest(request(), null), 400, "idempotency_key_missing");
    expect(await storedCount()).toBe(0);
  });

  it("takes ten requests an hour from one address, then answers 429 with Retry-After", async () => {
    for (let i = 0; i < 10; i++) expect((await sendRequest(request())).status).toBe(201);
    const refused = await sendRequest(request());
    expectProblem(refused, 429, "rate_limited");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await storedCount()).toBe(10);
  });
});

describe(`/api/staff/business (${databaseKind})`, () => {
  const agency = () => createAccountWithSession(t, { role: "staff", department: "wirtschaft" });

  it("lists requests for the agency, open first, and marks one done", async () => {
    const { client } = await agency();
    const first = await sendRequest(request({ company: "Erste GmbH" }));
    await sendRequest(request({ company: "Zweite GmbH" }));

    const done = await client.json<Consultation>(
      "POST",
      `/api/staff/business/consultations/${first.body.id}/done`,
    );
    expect(done).toMatchObject({ status: 200, body: { reference: first.body.reference, state: "done" } });
    const list = await client.json<{ consultations: Consultation[] }>(
      "GET",
      "/api/staff/business/consultations",
    );
    expect(list.body.consultations.map((c) => [c.company, c.state])).toEqual([
      ["Zweite GmbH", "new"],
      ["Erste GmbH", "done"],
    ]);
    expect(list.body.consultations[0]).not.toHaveProperty("consent");

    // A year on, the answered request leaves the database; the open one stays.
    const yearOn = new Date(Date.now() + 1000).toISOString();
    expect(await removeAnsweredConsultations(t.db, yearOn)).toBe(1);
    const left = await client.json<{ consultations: Consultation[] }>(
      "GET",
      "/api/staff/business/consultations",
    );
    expect(left.body.consultations.map((c) => c.company)).toEqual(["Zweite GmbH"]);
  });

  it("refuses staff of another department with 403", async () => {
    const { client } = await createAccountWithSession(t, { role: "staff", department: "bauamt" });
    expectProblem(await client.json("GET", "/api/staff/business/consultations"), 403, "forbidden");
    const put = await client.json("PUT", "/api/staff/business/funding/ladenstart", programme());
    expectProblem(put, 403, "forbidden");
    expect(await listEntries(t.db, "funding-programmes")).toEqual([]);
  });

  it("saves providers and programmes into the change feed, and deletes them", async () => {
    const { client } = await agency();
    const created = await client.json("PUT", "/api/staff/business/funding/ladenstart", programme());
    expect(created.status).toBe(201);
    const updated = await client.json(
      "PUT",
      "/api/staff/business/funding/ladenstart",
      programme({ amount: "bis zu 8.000 €" }),
    );
    expect(updated).toMatchObject({ status: 200, body: { id: "ladenstart", amount: "bis zu 8.000 €" } });
    expect(await listEntries(t.db, "funding-programmes")).toEqual([
      { id: "ladenstart", data: expect.objectContaining({ amount: "bis zu 8.000 €" }) },
    ]);

    const provider = {
      name: "Beispiel: Webwerkstatt",
      services: ["website"],
      description: "Baut Websites für kleine Betriebe.",
      website: "https://webwerkstatt.example.org",
      phone: null,
      email: null,
      address: null,
      sample: true,
    };
    expect((await client.json("PUT", "/api/staff/business/providers/webwerkstatt", provider)).status).toBe(
      201,
    );
    expect((await client.json("GET", "/api/staff/business/providers/webwerkstatt")).body).toEqual({
      id: "webwerkstatt",
      ...provider,
    });
    expect((await client.json("DELETE", "/api/staff/business/providers/webwerkstatt", {})).status).toBe(204);
    expectProblem(await client.json("GET", "/api/staff/business/providers/webwerkstatt"), 404, "not_found");
  });

  it("refuses ids that are not lowercase slugs and writes with faults on their fields", async () => {
    const { client } = await agency();
    const badId = await client.json("PUT", "/api/staff/business/funding/Laden_Start", programme());
    expectProblem(badId, 400, "validation_failed");
    const badWrite = await client.json(
      "PUT",
      "/api/staff/business/funding/ladenstart",
      programme({ startsOn: "2027-05-01", endsOn: "2027-01-01" }),
    );
    expectProblem(badWrite, 400, "validation_failed");
    expect(problemSchema.parse(badWrite.body).errors).toEqual([
      { path: "endsOn", message: expect.any(String) },
    ]);
  });

  it("refuses to save a programme as open after its end or deadline", async () => {
    await seedBusinessOnFirstStart(t.db);
    const { client } = await agency();
    const digitalJetzt = await client.json<FundingProgramme>(
      "GET",
      "/api/staff/business/funding/digital-jetzt",
    );
    const { id: _id, ...stored } = digitalJetzt.body;
    expect(stored).toMatchObject({ endsOn: "2023-12-31", status: "closed", sample: false });

    for (const change of [{ status: "open" }, { status: "open", endsOn: null, deadline: "2024-01-31" }]) {
      const reopened = await client.json("PUT", "/api/staff/business/funding/digital-jetzt", {
        ...stored,
        ...change,
      });
      expectProblem(reopened, 400, "validation_failed");
      expect(problemSchema.parse(reopened.body).errors).toEqual([
        { path: "status", message: expect.any(String) },
      ]);
    }
    const unchanged = await client.json<FundingProgramme>("GET", "/api/staff/business/funding/digital-jetzt");
    expect(unchanged.body.status).toBe("closed");
  });
});
