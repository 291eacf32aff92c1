// The accessibility statement's feedback as a resident and the city use it: a barrier sent from the
// outbox arrives once with its answer date a month on, the sender's receipt carries nothing they
// wrote, the contact gets the text, and only admins read and answer it (audited).
import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AccessibilityFeedback } from "../../../src/lib/contract/accessibility";
import { problemSchema } from "../../../src/lib/contract/problem";
import { PROOF_OF_WORK_HEADER } from "../../../src/lib/contract/proof-of-work";
import { createAccountWithSession } from "../../testing/accounts";
import { solvedProofOfWork } from "../../testing/proof-of-work";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { TestClient } from "../../testing/test-client";
import { submitFeedback } from "./service";

let t: TestApp;
let browser: TestClient;

beforeEach(async () => {
  t = await createTestApp({ ACCESSIBILITY_CONTACT_EMAIL: "barrierefreiheit@example.org" });
  browser = new TestClient(t);
});

afterEach(async () => {
  await t.close();
});

const FEEDBACK = "/api/accessibility/feedback";
const newKey = () => randomBytes(16).toString("base64url");
const barrier = {
  message: "Die Karte lässt sich mit der Tastatur nicht verschieben.",
  page: "/karte",
  name: "Erika Musterfrau",
  email: "erika@example.org",
};

const send = async (body: unknown, key = newKey(), client = browser, proof = client === browser) =>
  client.json<{ reference: string; answerBy: string }>("POST", FEEDBACK, body, {
    "Idempotency-Key": key,
    ...(proof ? { [PROOF_OF_WORK_HEADER]: await solvedProofOfWork(client, `${FEEDBACK}/challenge`) } : {}),
  });

const stored = async () => t.db.selectFrom("accessibility_feedback").selectAll().execute();

function expectProblem(response: { status: number; body: unknown }, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(problemSchema.parse(response.body).code).toBe(code);
}

describe("feedback on a barrier", () => {
  it("arrives once, with its reference and the answer date one month on", async () => {
    const key = newKey();
    const first = await send(barrier, key);
    expect(first.status).toBe(201);
    expect(first.body.reference).toMatch(/^BF-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // Sent again under the same key (an answer the outbox lost): the same receipt, nothing new.
    const again = await send(barrier, key);
    expect(again.body).toEqual(first.body);
    expect(await stored()).toHaveLength(1);

    await vi.waitFor(() => expect(t.mails).toHaveLength(2));
    const receipt = t.mails.find((mail) => mail.to === barrier.email)!;
    expect(receipt.text).toContain(first.body.reference);
    // Nobody confirmed the address: the receipt carries nothing the sender wrote.
    expect(receipt.text).not.toContain("Tastatur");
    expect(receipt.text).not.toContain("Erika");
    const toContact = t.mails.find((mail) => mail.to === "barrierefreiheit@example.org")!;
    expect(toContact.text).toContain(barrier.message);
    expect(toContact.text).toContain("/karte");
  });

  it("is due a month after its Berlin day of receipt, the shorter month's last day at most", async () => {
    const late = await submitFeedback(t.db, barrier, null, undefined, new Date("2027-01-31T22:30:00Z")).catch(
      (error: unknown) => error,
    );
    // Anonymous without a proof: refused.
    expect(late).toMatchObject({ status: 400, code: "proof_of_work_failed" });
    const { account } = await createAccountWithSession(t, { role: "citizen" });
    // 23:30 in Berlin on 31 January is still the 31st: due on the last day of February.
    const feedback = await submitFeedback(
      t.db,
      barrier,
      account.id,
      undefined,
      new Date("2027-01-31T22:30:00Z"),
    );
    expect(feedback.answerBy).toBe("2027-02-28");
    // 00:30 in Berlin on 1 February (23:30 UTC on 31 January).
    const next = await submitFeedback(t.db, barrier, account.id, undefined, new Date("2027-01-31T23:30:00Z"));
    expect(next.answerBy).toBe("2027-03-01");
  });

  it("needs the proof of work without an account, but not with one", async () => {
    expectProblem(await send(barrier, newKey(), browser, false), 400, "proof_of_work_failed");
    const { client } = await createAccountWithSession(t, { role: "citizen" });
    expect((await send({ message: "Zu kleine Schrift im Kalender." }, newKey(), client)).status).toBe(201);
    expect(await stored()).toMatchObject([{ message: "Zu kleine Schrift im Kalender.", email: null }]);
  });

  it("refuses bad input with a problem and stores nothing", async () => {
    for (const body of [
      { message: "" },
      { message: " " },
      { message: "x".repeat(5001) },
      { ...barrier, email: "not-an-address" },
      { ...barrier, page: "https://example.org/elsewhere" },
      { ...barrier, extra: true },
      ["a list"],
    ]) {
      const response = await send(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    expect(await stored()).toHaveLength(0);
  });
});

describe("the city's side", () => {
  it("lets admins read (audited) and mark it answered, and nobody else", async () => {
    const sent = await send(barrier);
    const { client: citizen } = await createAccountWithSession(t, { role: "citizen" });
    const { client: staff } = await createAccountWithSession(t, {
      role: "staff",
      department: "buergerbuero",
    });
    const { client: admin } = await createAccountWithSession(t, { role: "admin" });

    expectProblem(await browser.json("GET", "/api/staff/accessibility/feedback"), 401, "unauthenticated");
    expectProblem(await citizen.json("GET", "/api/staff/accessibility/feedback"), 403, "forbidden");
    expectProblem(await staff.json("GET", "/api/staff/accessibility/feedback"), 403, "forbidden");

    const list = await admin.json<{ feedback: AccessibilityFeedback[] }>(
      "GET",
      "/api/staff/accessibility/feedback",
    );
    expect(list.status).toBe(200);
    expect(list.body.feedback).toMatchObject([{ reference: sent.body.reference, answeredAt: null }]);
    const id = list.body.feedback[0]!.id;

    expectProblem(
      await staff.json("POST", `/api/staff/accessibility/feedback/${id}/answered`),
      403,
      "forbidden",
    );
    const answered = await admin.json<AccessibilityFeedback>(
      "POST",
      `/api/staff/accessibility/feedback/${id}/answered`,
    );
    expect(answered.status).toBe(200);
    expect(answered.body.answeredAt).not.toBeNull();
    const twice = await admin.json<AccessibilityFeedback>(
      "POST",
      `/api/staff/accessibility/feedback/${id}/answered`,
    );
    expect(twice.body.answeredAt).toBe(answered.body.answeredAt);
    expectProblem(
      await admin.json(
        "POST",
        "/api/staff/accessibility/feedback/00000000-0000-4000-8000-000000000000/answered",
      ),
      404,
      "not_found",
    );

    const actions = await t.db.selectFrom("audit_log").select("action").orderBy("at").execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(["accessibility.feedback-read", "accessibility.feedback-answered"]),
    );
  });
});

describe("the video in German Sign Language on the start page", () => {
  const PUBLIC = "/api/accessibility/sign-language-video";
  const STAFF = "/api/staff/accessibility/sign-language-video";
  const VIDEO = "https://video.delmenhorst.de/dgs/die-app.mp4";

  it("is none until an admin sets an https address, and gone again when removed (audited)", async () => {
    expect((await browser.json("GET", PUBLIC)).body).toEqual({ url: null });
    const { client: staff } = await createAccountWithSession(t, {
      role: "staff",
      department: "buergerbuero",
    });
    const { client: admin } = await createAccountWithSession(t, { role: "admin" });

    expectProblem(await browser.json("PUT", STAFF, { url: VIDEO }), 401, "unauthenticated");
    expectProblem(await staff.json("PUT", STAFF, { url: VIDEO }), 403, "forbidden");
    for (const url of ["http://video.delmenhorst.de/dgs.mp4", "javascript:alert(1)", "keine Adresse", 5]) {
      const refused = await admin.json("PUT", STAFF, { url });
      expect(refused.status, String(url)).toBe(400);
    }
    expect((await browser.json("GET", PUBLIC)).body).toEqual({ url: null });

    const set = await admin.json("PUT", STAFF, { url: VIDEO });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ url: VIDEO });
    expect((await browser.json("GET", PUBLIC)).body).toEqual({ url: VIDEO });
    const other = "https://video.delmenhorst.de/dgs/neu.mp4";
    expect((await admin.json("PUT", STAFF, { url: other })).body).toEqual({ url: other });
    expect((await browser.json("GET", PUBLIC)).body).toEqual({ url: other });

    expect((await admin.json("PUT", STAFF, { url: null })).body).toEqual({ url: null });
    expect((await browser.json("GET", PUBLIC)).body).toEqual({ url: null });
    const actions = await t.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "accessibility.sign-language-video-updated")
      .execute();
    expect(actions).toHaveLength(3);
  });
});
