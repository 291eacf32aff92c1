// Online applications over HTTP: uploads checked by content, submissions checked against their
// definition with the browser's own function, exactly once, receipts, and the office's way from
// claim to decision. Bad input gets a 4xx and leaves nothing behind.
import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { postboxMessageSchema } from "../../../src/lib/contract/account";
import {
  applicationSchema,
  bauantrag,
  staffApplicationSchema,
  staffApplicationSummarySchema,
  validateApplication,
} from "../../../src/lib/contract/applications";
import { FILE_MAX_BYTES } from "../../../src/lib/contract/account-constants";
import { problemSchema } from "../../../src/lib/contract/problem";
import { createAccountWithSession } from "../../testing/accounts";
import { createTestApp, databaseKind, type TestApp } from "../../testing/test-app";
import type { TestClient } from "../../testing/test-client";
import { berlinDate } from "../../../src/lib/contract/berlin-time";
import { applicationOfRef } from "../push/notifier";
import { applicationMessage } from "../push/payload";
import { upsertSubscription } from "../push/store";
import { pushPreferencesSchema } from "../../../src/lib/contract/warnings";
import { hashToken, newToken } from "../../http/session";
import { bauantragAnswers, bauantragAttachments, PDF, PNG, submit, upload } from "./test-fixtures";

let t: TestApp;

beforeEach(async () => {
  t = await createTestApp();
});

afterEach(async () => {
  await t.close();
});

function expectProblem(res: { status: number; body: unknown }, status: number, code: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(problemSchema.parse(res.body).code).toBe(code);
}

const count = async (table: "applications" | "application_events" | "postbox_messages") =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** One account's entries of a personal collection of the change feed. */
async function feedOf(collection: string, ownerId: string) {
  const rows = await t.db
    .selectFrom("sync_entries")
    .select(["id", "data"])
    .where("collection", "=", collection)
    .where("owner_id", "=", ownerId)
    .where("deleted", "=", 0)
    .execute();
  return rows.map((r) => ({ id: r.id, data: JSON.parse(r.data ?? "null") as unknown }));
}

const filesOfKind = (kind: "upload" | "application") =>
  t.db.selectFrom("files").select(["id", "kind"]).where("kind", "=", kind).execute();

async function submittedBauantrag(client: TestClient) {
  const id = randomUUID();
  const res = await submit(client, {
    id,
    type: "bauantrag",
    answers: bauantragAnswers(),
    attachments: await bauantragAttachments(client),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return applicationSchema.parse(res.body);
}

describe(`applications (${databaseKind})`, () => {
  it("takes a Bauantrag with its files, puts a receipt PDF in the postbox and the application in the feed", async () => {
    const { account, client } = await createAccountWithSession(t, { role: "citizen" });
    const application = await submittedBauantrag(client);

    expect(application.reference).toMatch(/^A-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(application.status).toBe("received");
    expect(application.title).toBe("Neubau eines Einfamilienhauses mit Carport");
    expect(application.department).toBe("bauamt");
    expect(application.files.map((f) => f.slot).sort()).toEqual([
      "buildingDescription",
      "drawings",
      "sitePlan",
    ]);
    expect(application.events.map((e) => e.kind)).toEqual(["received"]);

    const receiptId = application.events[0]!.messageId!;
    const feed = await feedOf("postbox", account.id);
    const receipt = postboxMessageSchema.parse(feed.find((e) => e.id === receiptId)?.data);
    expect(receipt.subject).toContain(application.reference);
    const pdf = await client.fetch(
      `/api/account/postbox/${receiptId}/attachments/${receipt.attachments[0]!.id}`,
    );
    expect(pdf.status).toBe(200);
    const text = new TextDecoder("latin1").decode(await pdf.arrayBuffer());
    expect(text.startsWith("%PDF-")).toBe(true);

    const applications = await feedOf("applications", account.id);
    expect(applications.map((e) => e.id)).toEqual([application.id]);
    // Uploads became the application's: no longer tied to the account, so they outlive it.
    expect(await filesOfKind("upload")).toEqual([]);

    const file = application.files[0]!;
    const download = await client.fetch(`/api/applications/${application.id}/files/${file.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get("cache-control")).toBe("private, no-store");
  });

  it("stores a submission once, whether the key or only the id repeats", async () => {
    const { client } = await createAccountWithSession(t, { role: "citizen" });
    const body = {
      id: randomUUID(),
      type: "bauantrag",
      answers: bauantragAnswers(),
      attachments: await bauantragAttachments(client),
    };
    const key = randomUUID();
    const [first, again] = [await submit(client, body, key), await submit(client, body, key)];
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    // The outbox entry was discarded and made anew: another key, the same application id.
    const third = await submit(client, body);
    expect(third.status).toBe(200);
    expect(applicationSchema.parse(third.body).reference).toBe(applicationSchema.parse(first.body).reference);
    expect(await count("applications")).toBe(1);
    expect(await count("postbox_messages")).toBe(1);
  });

  it("rejects answers that break the definition with the browser's own field codes, and stores nothing", async () => {
    const { client } = await createAccountWithSession(t, { role: "citizen" });
    const attachments = await bauantragAttachments(client);
    const answers = {
      ...bauantragAnswers(),
      applicantPostalCode: "2774",
      flurstueck: "12a",
      flur: "0",
      procedure: "regular",
      buildingClass: "7",
      description: "",
      secretField: "x",
    };
    delete (answers as Record<string, unknown>).truthful;
    const res = await submit(client, { id: randomUUID(), type: "bauantrag", answers, attachments });
    expectProblem(res, 400, "validation_failed");

    const facts = Object.fromEntries(
      Object.entries(attachments).map(([slot, ids]) => [
        slot,
        ids.map(() => ({ mediaType: "application/pdf", size: PDF.length })),
      ]),
    );
    const expected = validateApplication(bauantrag, answers, facts, berlinDate(Date.now()));
    const errors = problemSchema.parse(res.body).errors ?? [];
    expect(errors).toEqual(expected.map((e) => ({ path: e.path, message: e.code })));
    expect(errors.map((e) => e.message)).toEqual(
      expect.arrayContaining([
        "unknownField",
        "pattern.postalCode",
        "pattern.flurstueck",
        "tooSmall",
        "invalidChoice",
        "required",
        "attachmentRequired",
      ]),
    );
    expect(await count("applications")).toBe(0);
    expect(await count("postbox_messages")).toBe(0);
    expect((await filesOfKind("upload")).length).toBe(3);
  });

  it("refuses files whose content lies about their type, and oversized ones", async () => {
    const { client } = await createAccountWithSession(t, { role: "citizen" });
    const script = new TextEncoder().encode("#!/bin/sh\necho pretending to be a PDF\n");
    expectProblem(await upload(client, script, "plan.pdf"), 415, "unsupported_file_type");
    const big = new Uint8Array(FILE_MAX_BYTES + 1);
    big.set(PDF);
    expectProblem(await upload(client, big, "huge.pdf"), 413, "file_too_large");
    expect(await t.db.selectFrom("files").select("id").execute()).toEqual([]);

    // A PNG is fine as a file but not in a slot that takes PDFs only.
    const photo = await upload(client, PNG, "plan.png");
    expect(photo.status).toBe(201);
    const res = await submit(client, {
      id: randomUUID(),
      type: "bauantrag",
      answers: bauantragAnswers(),
      attachments: { ...(await bauantragAttachments(client)), sitePlan: [photo.id] },
    });
    expectProblem(res, 400, "validation_failed");
    expect(problemSchema.parse(res.body).errors).toContainEqual({
      path: "attachments.sitePlan",
      message: "fileType",
    });
  });

  it("treats a repeated upload as the same file and another account's upload as unknown", async () => {
    const { client } = await createAccountWithSession(t, { role: "citizen" });
    const { client: other } = await createAccountWithSession(t, { role: "citizen" });
    const first = await upload(client, PDF, "lageplan.pdf");
    expect(first.status).toBe(201);
    const again = await upload(client, PDF, "lageplan.pdf", first.id);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expectProblem(await upload(other, PDF, "mine.pdf", first.id), 409, "conflict");
    expectProblem(await upload(client, PDF, "x.pdf", "not-a-uuid"), 400, "validation_failed");

    const attachments = { ...(await bauantragAttachments(other)), sitePlan: [first.id] };
    const res = await submit(other, {
      id: randomUUID(),
      type: "bauantrag",
      answers: bauantragAnswers(),
      attachments,
    });
    expectProblem(res, 404, "not_found");
    expect(await count("applications")).toBe(0);
  });

  it("asks for the verified trust level for Anmeldung and Ummeldung", async () => {
    const { client } = await createAccountWithSession(t, { role: "citizen", verified: "basic" });
    const res = await submit(client, { id: randomUUID(), type: "ummeldung", answers: {}, attachments: {} });
    expectProblem(res, 403, "trust_level_too_low");
    expect(await count("applications")).toBe(0);
  });

  it("refuses malformed bodies and unknown types with 400", async () => {
    const { client } = await createAccountWithSession(t, { role: "citizen" });
    expectProblem(
      await submit(client, { id: randomUUID(), type: "hausbau", answers: {}, attachments: {} }),
      400,
      "validation_failed",
    );
    expectProblem(
      await submit(client, { id: "1", type: "anliegen", answers: {}, attachments: {} }),
      400,
      "validation_failed",
    );
    expectProblem(
      await submit(client, {
        id: randomUUID(),
        type: "anliegen",
        answers: { topic: { nested: 1 } },
        attachments: {},
      }),
      400,
      "validation_failed",
    );
    const anonymous = await t.app.request("/api/applications/uploads/" + randomUUID(), { method: "PUT" });
    expect(anonymous.status).toBeGreaterThanOrEqual(400);
    expect(anonymous.status).toBeLessThan(500);
  });

  it("keeps other people's applications hidden", async () => {
    const { client } = await createAccountWithSession(t, { role: "citizen" });
    const { client: other } = await createAccountWithSession(t, { role: "citizen" });
    const application = await submittedBauantrag(client);
    const fileId = application.files[0]!.id;
    expectProblem(
      await other.json("GET", `/api/applications/${application.id}/files/${fileId}`),
      404,
      "not_found",
    );
    const answer = await other.json(
      "POST",
      `/api/applications/${application.id}/answers`,
      { text: "Hier bin ich", uploads: [] },
      { "Idempotency-Key": randomUUID() },
    );
    expectProblem(answer, 404, "not_found");
    // Someone else's application id (a draft id is the application's): taken, nothing changes.
    const taken = await submit(other, {
      id: application.id,
      type: "anliegen",
      answers: { topic: "roads", subject: "Schlagloch", message: "Vor Hausnummer 5." },
      attachments: {},
    });
    expectProblem(taken, 409, "conflict");
    expect(await count("applications")).toBe(1);
    expect(await count("postbox_messages")).toBe(1);
    const { client: baker } = await createAccountWithSession(t, { role: "staff", department: "wirtschaft" });
    expectProblem(await baker.json("GET", `/api/staff/applications/${application.id}`), 404, "not_found");
    expect(await baker.json("GET", "/api/staff/applications?view=open")).toMatchObject({
      status: 200,
      body: [],
    });
  });

  it("goes from claim over a question and the answer to a decision PDF in the postbox, audited throughout", async () => {
    const { account: citizen, client } = await createAccountWithSession(t, { role: "citizen" });
    const { account: clerk, client: office } = await createAccountWithSession(t, {
      role: "staff",
      department: "bauamt",
    });
    const { client: colleague } = await createAccountWithSession(t, { role: "staff", department: "bauamt" });
    const application = await submittedBauantrag(client);

    const open = await office.json("GET", "/api/staff/applications?view=open");
    expect(
      staffApplicationSummarySchema
        .array()
        .parse(open.body)
        .map((a) => a.id),
    ).toEqual([application.id]);
    expectProblem(await office.json("GET", "/api/staff/applications?view=all"), 400, "validation_failed");

    // Only who claimed it may ask or decide.
    const ask = (c: TestClient, text: string) =>
      c.json("POST", `/api/staff/applications/${application.id}/questions`, { text });
    expectProblem(await ask(office, "Bitte den Lageplan im Maßstab 1:500."), 409, "conflict");
    const claimed = staffApplicationSchema.parse(
      (await office.json("POST", `/api/staff/applications/${application.id}/claim`)).body,
    );
    expect(claimed.status).toBe("in_progress");
    expect(claimed.claimedBy?.id).toBe(clerk.id);
    expectProblem(
      await colleague.json("POST", `/api/staff/applications/${application.id}/claim`),
      409,
      "conflict",
    );
    expectProblem(await ask(office, "kurz"), 400, "validation_failed");

    const asked = staffApplicationSchema.parse(
      (await ask(office, "Bitte den Lageplan im Maßstab 1:500.")).body,
    );
    expect(asked.status).toBe("question");
    expect(t.mails.at(-1)?.subject).toBe("Rückfrage zu Ihrem Antrag");
    expect(t.mails.at(-1)?.text).not.toContain("Lageplan");

    const extra = await upload(client, PDF, "lageplan-500.pdf");
    const answered = await client.json(
      "POST",
      `/api/applications/${application.id}/answers`,
      { text: "Anbei der Lageplan 1:500.", uploads: [extra.id] },
      { "Idempotency-Key": randomUUID() },
    );
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    const afterAnswer = applicationSchema.parse(answered.body);
    expect(afterAnswer.status).toBe("in_progress");
    const answerEvent = afterAnswer.events.at(-1)!;
    expect(answerEvent.kind).toBe("answer");
    expect(answerEvent.fileIds).toEqual([extra.id]);
    // No open question any more: a second answer is a conflict.
    const late = await client.json(
      "POST",
      `/api/applications/${application.id}/answers`,
      { text: "Noch etwas", uploads: [] },
      { "Idempotency-Key": randomUUID() },
    );
    expectProblem(late, 409, "conflict");

    const file = await office.fetch(`/api/staff/applications/${application.id}/files/${extra.id}`);
    expect(file.status).toBe(200);

    expectProblem(
      await office.json("POST", `/api/staff/applications/${application.id}/decision`, {
        outcome: "maybe",
        text: "Begründung",
      }),
      400,
      "validation_failed",
    );
    const decided = staffApplicationSchema.parse(
      (
        await office.json("POST", `/api/staff/applications/${application.id}/decision`, {
          outcome: "approved",
          text: "Das Vorhaben entspricht dem Bebauungsplan Nr. 12.",
        })
      ).body,
    );
    expect(decided.status).toBe("decided");
    const decisionEvent = decided.events.at(-1)!;
    expect(decisionEvent).toMatchObject({ kind: "decided", outcome: "approved" });
    expectProblem(await ask(office, "Noch eine Frage bitte?"), 409, "conflict");

    const feed = await feedOf("postbox", citizen.id);
    const bescheid = postboxMessageSchema.parse(feed.find((e) => e.id === decisionEvent.messageId)?.data);
    expect(bescheid.kind).toBe("decision");
    expect(bescheid.body).toContain("In Leichter Sprache:\n\nIhr Antrag ist genehmigt.");
    const pdf = await client.fetch(
      `/api/account/postbox/${bescheid.id}/attachments/${bescheid.attachments[0]!.id}`,
    );
    expect(new TextDecoder("latin1").decode(await pdf.arrayBuffer()).startsWith("%PDF-")).toBe(true);
    const synced = await feedOf("applications", citizen.id);
    expect(applicationSchema.parse(synced[0]!.data).status).toBe("decided");

    const decidedList = await office.json("GET", "/api/staff/applications?view=decided");
    expect(
      staffApplicationSummarySchema
        .array()
        .parse(decidedList.body)
        .map((a) => a.id),
    ).toEqual([application.id]);

    const actions = (await t.db.selectFrom("audit_log").select("action").orderBy("at").execute()).map(
      (r) => r.action,
    );
    expect(actions).toEqual([
      "application.claimed",
      "application.question-asked",
      "application.file-viewed",
      "application.decided",
    ]);
  });

  it("writes to a Turkish applicant in Turkish and keeps the German Bescheid as the binding document", async () => {
    const { account: citizen, client } = await createAccountWithSession(t, {
      role: "citizen",
      language: "tr",
    });
    const { client: office } = await createAccountWithSession(t, { role: "staff", department: "bauamt" });
    const application = await submittedBauantrag(client);

    const receipt = postboxMessageSchema.parse(
      (await feedOf("postbox", citizen.id)).find((e) => e.id === application.events[0]!.messageId)?.data,
    );
    expect(receipt.subject).toBe(
      `Alındı belgesi ${application.reference}: Yapı ruhsatı başvurusu (Bauantrag)`,
    );
    expect(receipt.body).toContain("Başvurunuz bize ulaştı.");

    await office.json("POST", `/api/staff/applications/${application.id}/claim`);
    await office.json("POST", `/api/staff/applications/${application.id}/questions`, {
      text: "Bitte den Lageplan im Maßstab 1:500.",
    });
    expect(t.mails.at(-1)?.subject).toBe("Başvurunuzla ilgili bir soru");
    expect(t.mails.at(-1)?.text).toContain("Delmenhorst Belediyesi");

    await client.json(
      "POST",
      `/api/applications/${application.id}/answers`,
      { text: "Anbei der Lageplan.", uploads: [] },
      { "Idempotency-Key": randomUUID() },
    );
    const decided = staffApplicationSchema.parse(
      (
        await office.json("POST", `/api/staff/applications/${application.id}/decision`, {
          outcome: "rejected",
          text: "Das Vorhaben widerspricht dem Bebauungsplan Nr. 12.",
        })
      ).body,
    );
    const messageId = decided.events.at(-1)!.messageId;
    const bescheid = postboxMessageSchema.parse(
      (await feedOf("postbox", citizen.id)).find((e) => e.id === messageId)?.data,
    );
    expect(bescheid.subject).toBe(
      `Karar (Bescheid) ${application.reference}: Yapı ruhsatı başvurusu (Bauantrag)`,
    );
    expect(bescheid.body).toBe(
      "Başvurunuz reddedildi. Karar (Bescheid) Almanca PDF olarak ektedir. Yalnızca Almanca belge hukuken bağlayıcıdır.",
    );
    // The attachment is the German Bescheid, the same document a German applicant gets.
    expect(bescheid.attachments.map((a) => a.name)).toEqual([`Bescheid-${application.reference}.pdf`]);
    const pdf = await client.fetch(
      `/api/account/postbox/${bescheid.id}/attachments/${bescheid.attachments[0]!.id}`,
    );
    const pdfText = new TextDecoder("latin1").decode(await pdf.arrayBuffer());
    expect(pdfText.startsWith("%PDF-")).toBe(true);
    expect(pdfText).toContain("Bescheid");
  });

  it("exports a submission as JSON that validates against its definition", async () => {
    const { client } = await createAccountWithSession(t, { role: "citizen" });
    const { client: office } = await createAccountWithSession(t, { role: "admin" });
    const application = await submittedBauantrag(client);
    const res = await office.fetch(`/api/staff/applications/${application.id}/export`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain(application.reference);
    const data = (await res.json()) as {
      format: string;
      definition: { type: string; version: number };
      submittedOn: string;
      answers: Record<string, string | boolean>;
      attachments: Record<string, { mediaType: string; size: number; sha256: string }[]>;
      xbau: { bauvorhaben: { verfahrensart: string } };
    };
    expect(data.format).toBe("delmenhorst-application/1");
    expect(data.definition).toEqual({ type: "bauantrag", version: bauantrag.version });
    expect(validateApplication(bauantrag, data.answers, data.attachments, data.submittedOn)).toEqual([]);
    expect(data.attachments.sitePlan?.[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(data.xbau.bauvorhaben.verfahrensart).toBe("vereinfacht");
    const read = await office.json("GET", `/api/staff/applications/${application.id}`);
    expect(staffApplicationSchema.parse(read.body).applicant.trustLevel).toBe("basic");
    const actions = (await t.db.selectFrom("audit_log").select("action").orderBy("at").execute()).map(
      (r) => r.action,
    );
    expect(actions).toEqual(["application.exported", "application.viewed"]);
  });

  it("tells the applicant's signed-in devices of a new status, without naming the application", async () => {
    const { account, client } = await createAccountWithSession(t, { role: "citizen" });
    const { client: office } = await createAccountWithSession(t, { role: "staff", department: "bauamt" });
    await upsertSubscription(t.db, {
      endpoint: `https://push.example/${randomUUID()}`,
      p256dh: `B${"A".repeat(86)}`,
      auth: "A".repeat(22),
      manageTokenHash: hashToken(newToken()),
      signedIn: { accountId: account.id, sessionHash: hashToken(client.cookies.get("dm_session")!) },
      preferences: pushPreferencesSchema.parse({
        places: ["034010000000"],
        minSeverity: "Minor",
        sources: ["mowas"],
        language: "en",
        quietHours: null,
        topics: { applications: true },
      }),
    });
    const application = await submittedBauantrag(client);
    expect(await t.db.selectFrom("push_jobs").select("id").execute()).toEqual([]);

    const claimed = staffApplicationSchema.parse(
      (await office.json("POST", `/api/staff/applications/${application.id}/claim`)).body,
    );
    const event = claimed.events.at(-1)!;
    const job = await t.db.selectFrom("push_jobs").selectAll().executeTakeFirstOrThrow();
    expect(job).toMatchObject({
      topic: "applications",
      ref: `applications:${account.id}:${application.id}:${event.id}`,
    });
    expect(job.payload).not.toContain(application.reference);
    const message = applicationMessage("en", applicationOfRef(job.ref));
    expect(JSON.parse(message.plaintext.toString())).toEqual({
      topic: "applications",
      title: "New status of your application",
      body: expect.stringContaining("My applications") as string,
      url: `/antraege/${application.id}`,
    });
  });

  it("resumes an upload in parts where the server left off, and checks the whole file's type", async () => {
    const { client } = await createAccountWithSession(t, { role: "citizen" });
    const { client: other } = await createAccountWithSession(t, { role: "citizen" });
    const id = randomUUID();
    const file = new Uint8Array(1_200_000);
    file.set(PDF);
    file.fill(65, PDF.length);
    const part = (from: number, to: number, length = file.length, bytes = file) =>
      client.fetch(`/api/applications/uploads/${id}`, {
        method: "PATCH",
        headers: {
          "content-type": "application/offset+octet-stream",
          "upload-offset": String(from),
          "upload-length": String(length),
          "upload-name": encodeURIComponent("Bauzeichnungen Süd.pdf"),
        },
        body: bytes.slice(from, to),
      });
    const state = async (c: TestClient = client) => {
      const res = await c.json<{ offset: number; file: { size: number } | null }>(
        "GET",
        `/api/applications/uploads/${id}`,
      );
      return res;
    };

    expect((await state()).body).toEqual({ offset: 0, length: null, file: null });
    expect((await part(0, 500_000)).status).toBe(202);
    // The connection broke; the device asks where to go on.
    expect((await state()).body).toMatchObject({ offset: 500_000, length: file.length });
    const wrong = await part(0, 500_000);
    expect(wrong.status).toBe(409);
    expect(wrong.headers.get("upload-offset")).toBe("500000");
    expect((await state(other)).status).toBe(409);
    expect((await part(500_000, 1_000_000)).status).toBe(202);
    const last = await part(1_000_000, file.length);
    expect(last.status).toBe(201);
    const done = (await last.json()) as {
      file: { id: string; name: string; mediaType: string; size: number };
    };
    expect(done.file).toEqual({
      id,
      name: "Bauzeichnungen Süd.pdf",
      mediaType: "application/pdf",
      size: file.length,
    });
    // The last part again (its answer was lost): the finished file.
    expect((await part(1_000_000, file.length)).status).toBe(200);
    expect(await t.db.selectFrom("upload_chunks").select("upload_id").execute()).toEqual([]);
    const stored = await t.db
      .selectFrom("files")
      .select(["content", "kind"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(stored.kind).toBe("upload");
    expect(Buffer.from(stored.content).equals(Buffer.from(file))).toBe(true);

    // A file that only pretends to be a PDF is refused when complete, and its parts are gone.
    const fake = new TextEncoder().encode("x".repeat(1000));
    const fakeId = randomUUID();
    const fakePart = await client.fetch(`/api/applications/uploads/${fakeId}`, {
      method: "PATCH",
      headers: {
        "content-type": "application/offset+octet-stream",
        "upload-offset": "0",
        "upload-length": String(fake.length),
        "upload-name": "plan.pdf",
      },
      body: fake,
    });
    expectProblem({ status: fakePart.status, body: await fakePart.json() }, 415, "unsupported_file_type");
    expect(await t.db.selectFrom("upload_chunks").select("upload_id").execute()).toEqual([]);
    expect((await part(0, 10, 0)).status).toBe(400);
  });
});
