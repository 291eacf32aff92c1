// The citizen's own data: contact, language, documents, postbox, export and deletion, as the app uses them.
import { randomBytes } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  documentSchema,
  FILE_MAX_BYTES,
  postboxMessageSchema,
  profileSchema,
} from "../../../src/lib/contract/account";
import { problemSchema } from "../../../src/lib/contract/problem";
import type { AccountTable } from "../../db/schema";
import { createAccount, createAccountWithSession, TEST_PASSWORD } from "../../testing/accounts";
import { createTestApp, databaseKind, type TestApp } from "../../testing/test-app";
import type { TestClient } from "../../testing/test-client";
import { recordAudit } from "../../platform/audit/store";
import { storeFile } from "../../platform/files/store";
import { DOCUMENTS_MAX } from "./documents";
import { mailNotifier } from "./notifications";
import { insertMessage, publishPostboxMessage } from "./postbox";
import { insertAppointment } from "../appointments/test-fixtures";

let t: TestApp;

beforeEach(async () => {
  t = await createTestApp();
});

afterEach(async () => {
  await t.close();
});

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
  0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
]);

const key = () => randomBytes(16).toString("base64url");

async function expectProblem(res: { status: number; body: unknown }, status: number, code: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(problemSchema.parse(res.body).code).toBe(code);
}

async function upload(client: TestClient, bytes: Uint8Array, name: string, type = "application/pdf") {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(bytes)], name, { type }));
  const res = await client.fetch("/api/account/documents", { method: "POST", body: form });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
}

const countFiles = async () =>
  Number(
    (
      await t.db
        .selectFrom("files")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

const feedEntry = (collection: string, id: string) =>
  t.db
    .selectFrom("sync_entries")
    .selectAll()
    .where("collection", "=", collection)
    .where("id", "=", id)
    .executeTakeFirst();

/** A message from the Bürgerbüro in the citizen's postbox, as the staff route stores it. */
async function deliver(citizen: AccountTable, kind: "message" | "decision" = "message") {
  const row = await insertMessage(t.db, {
    account_id: citizen.id,
    recipient_name: `${citizen.given_name} ${citizen.family_name}`,
    sender_account_id: null,
    sender_department: "buergerbuero",
    kind,
    subject: kind === "decision" ? "Bescheid" : "Hallo",
    body: "Text",
  });
  const file = await storeFile(
    t.db,
    { name: `${kind}.pdf`, mediaType: "application/pdf", bytes: PDF },
    { kind: "attachment", ownerId: citizen.id, messageId: row.id },
  );
  await publishPostboxMessage(t.db, row.id);
  return { message: row, file };
}

describe(`account routes (${databaseKind})`, () => {
  it("refuses every route without a session", async () => {
    const res = await t.app.request("/api/account/export");
    expect(res.status).toBe(401);
  });

  it("updates the phone number once per idempotency key and publishes the profile", async () => {
    const { account, client } = await createAccountWithSession(t, { role: "citizen" });
    const headers = { "idempotency-key": key() };
    const first = await client.json("PATCH", "/api/account/contact", { phone: "+49 4221 123" }, headers);
    expect(first.status).toBe(200);
    expect(profileSchema.parse(first.body).phone).toBe("+49 4221 123");
    const entry = await feedEntry("profile", account.id);
    expect(entry?.owner_id).toBe(account.id);
    expect(profileSchema.parse(JSON.parse(entry?.data ?? "null")).phone).toBe("+49 4221 123");

    const replay = await client.json("PATCH", "/api/account/contact", { phone: "+49 4221 123" }, headers);
    expect(replay.status).toBe(200);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect((await feedEntry("profile", account.id))?.version).toBe(entry?.version);

    const cleared = await client.json(
      "PATCH",
      "/api/account/contact",
      { phone: null },
      { "idempotency-key": key() },
    );
    expect(profileSchema.parse(cleared.body).phone).toBeNull();
    await expectProblem(
      await client.json("PATCH", "/api/account/contact", { phone: "call me" }, { "idempotency-key": key() }),
      400,
      "validation_failed",
    );
  });

  it("changes the language of the city's messages, once per key, and the next mail is written in it", async () => {
    const { account, client } = await createAccountWithSession(t, { role: "citizen" });
    expect(account.language).toBe("de");
    const headers = { "idempotency-key": key() };
    const changed = await client.json("PATCH", "/api/account/language", { language: "tr" }, headers);
    expect(changed.status).toBe(200);
    expect(profileSchema.parse(changed.body).language).toBe("tr");
    const entry = await feedEntry("profile", account.id);
    expect(profileSchema.parse(JSON.parse(entry?.data ?? "null")).language).toBe("tr");
    const replay = await client.json("PATCH", "/api/account/language", { language: "tr" }, headers);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");

    const stored = await t.db
      .selectFrom("accounts")
      .selectAll()
      .where("id", "=", account.id)
      .executeTakeFirstOrThrow();
    expect(stored.language).toBe("tr");
    await mailNotifier(
      { kind: "log", send: async (mail) => void t.mails.push(mail) },
      "https://app.example",
    ).newPostboxMessage(stored);
    expect(t.mails.at(-1)?.subject).toBe("Posta kutunuzda yeni mesaj");

    for (const language of ["fr", "", null, "DE"]) {
      await expectProblem(
        await client.json("PATCH", "/api/account/language", { language }, { "idempotency-key": key() }),
        400,
        "validation_failed",
      );
    }
    expect(
      (await t.db.selectFrom("accounts").select("language").where("id", "=", account.id).executeTakeFirst())
        ?.language,
    ).toBe("tr");
  });

  it("keeps the waste calendar's address on the account for the resident's other devices, and forgets it", async () => {
    const { account, client } = await createAccountWithSession(t, { role: "citizen" });
    const other = await createAccountWithSession(t, { role: "citizen" });
    const address = { streetId: "lange strasse", houseNumber: "8a" };
    const kept = await client.json(
      "PATCH",
      "/api/account/waste-address",
      { wasteAddress: { ...address, houseNumber: " 8a " } },
      { "idempotency-key": key() },
    );
    expect(kept.status).toBe(200);
    expect(profileSchema.parse(kept.body).wasteAddress).toEqual(address);
    // In the account's feed, so a new device signed in gets it; not in anyone else's.
    const entry = await feedEntry("profile", account.id);
    expect(profileSchema.parse(JSON.parse(entry?.data ?? "null")).wasteAddress).toEqual(address);
    const othersEntry = await feedEntry("profile", other.account.id);
    expect(profileSchema.parse(JSON.parse(othersEntry?.data ?? "null")).wasteAddress ?? null).toBeNull();

    for (const wasteAddress of [
      { streetId: "", houseNumber: "8" },
      { streetId: "lange strasse", houseNumber: "  " },
      { streetId: "lange strasse", houseNumber: "8", district: "x" },
      "lange strasse 8",
    ]) {
      await expectProblem(
        await client.json(
          "PATCH",
          "/api/account/waste-address",
          { wasteAddress },
          { "idempotency-key": key() },
        ),
        400,
        "validation_failed",
      );
    }
    const forgotten = await client.json(
      "PATCH",
      "/api/account/waste-address",
      { wasteAddress: null },
      { "idempotency-key": key() },
    );
    expect(profileSchema.parse(forgotten.body).wasteAddress).toBeNull();
    const stored = await t.db
      .selectFrom("accounts")
      .select(["waste_street_id", "waste_house_number"])
      .where("id", "=", account.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ waste_street_id: null, waste_house_number: null });
  });

  it("stores an upload by its content, serves it to its owner only and deletes it with a tombstone", async () => {
    const { account, client } = await createAccountWithSession(t, { role: "citizen" });
    const created = await upload(client, PNG, "scan.pdf");
    expect(created.status).toBe(201);
    const document = documentSchema.parse(created.body);
    // The bytes are a PNG whatever the name says.
    expect(document).toMatchObject({ name: "scan.png", mediaType: "image/png", size: PNG.byteLength });
    const entry = await feedEntry("documents", document.id);
    expect(entry?.owner_id).toBe(account.id);
    expect(JSON.parse(entry?.data ?? "null")).toEqual(document);

    const download = await client.fetch(`/api/account/documents/${document.id}/content`);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("image/png");
    expect(download.headers.get("cache-control")).toBe("private, no-store");
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PNG);

    const other = await createAccountWithSession(t, { role: "citizen" });
    expect((await other.client.fetch(`/api/account/documents/${document.id}/content`)).status).toBe(404);
    await expectProblem(
      await other.client.json("DELETE", `/api/account/documents/${document.id}`, undefined, {
        "idempotency-key": key(),
      }),
      404,
      "not_found",
    );

    const headers = { "idempotency-key": key() };
    const removed = await client.fetch(`/api/account/documents/${document.id}`, {
      method: "DELETE",
      headers,
    });
    expect(removed.status).toBe(204);
    expect((await feedEntry("documents", document.id))?.deleted).toBe(1);
    expect(await countFiles()).toBe(0);
    // The outbox may send it again after a lost answer: the same answer, nothing else happens.
    const again = await client.fetch(`/api/account/documents/${document.id}`, { method: "DELETE", headers });
    expect(again.status).toBe(204);
    await expectProblem(
      await client.json("DELETE", `/api/account/documents/${document.id}`, undefined, {
        "idempotency-key": key(),
      }),
      404,
      "not_found",
    );
  });

  it("refuses text named .pdf and files over 10 MB, storing nothing", async () => {
    const { client } = await createAccountWithSession(t, { role: "citizen" });
    await expectProblem(
      await upload(client, new TextEncoder().encode("just text"), "x.pdf"),
      415,
      "unsupported_file_type",
    );
    const big = new Uint8Array(FILE_MAX_BYTES + 1);
    big.set(PDF);
    await expectProblem(await upload(client, big, "big.pdf"), 413, "file_too_large");
    expect(await countFiles()).toBe(0);
  });

  it(`keeps at most ${DOCUMENTS_MAX} documents per account`, async () => {
    const { account, client } = await createAccountWithSession(t, { role: "citizen" });
    for (let i = 0; i < DOCUMENTS_MAX; i++) {
      await storeFile(
        t.db,
        { name: `d${i}.pdf`, mediaType: "application/pdf", bytes: PDF },
        { kind: "document", ownerId: account.id, messageId: null },
      );
    }
    await expectProblem(await upload(client, PDF, "one-more.pdf"), 409, "conflict");
    expect(await countFiles()).toBe(DOCUMENTS_MAX);
  });

  it("records the first opening of a message and never overwrites it", async () => {
    const { account, client } = await createAccountWithSession(t, { role: "citizen" });
    const { message, file } = await deliver(account, "decision");

    const first = await client.json(
      "POST",
      `/api/account/postbox/${message.id}/opened`,
      {},
      {
        "idempotency-key": key(),
      },
    );
    expect(first.status).toBe(200);
    const opened = postboxMessageSchema.parse(first.body);
    expect(opened.openedAt).not.toBeNull();
    expect(opened.attachments).toEqual([
      { id: file.id, name: file.name, mediaType: "application/pdf", size: PDF.byteLength },
    ]);
    const entry = postboxMessageSchema.parse(
      JSON.parse((await feedEntry("postbox", message.id))?.data ?? "null"),
    );
    expect(entry.openedAt).toBe(opened.openedAt);

    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await client.json(
      "POST",
      `/api/account/postbox/${message.id}/opened`,
      {},
      {
        "idempotency-key": key(),
      },
    );
    expect(postboxMessageSchema.parse(second.body).openedAt).toBe(opened.openedAt);

    const stranger = await createAccountWithSession(t, { role: "citizen" });
    await expectProblem(
      await stranger.client.json(
        "POST",
        `/api/account/postbox/${message.id}/opened`,
        {},
        {
          "idempotency-key": key(),
        },
      ),
      404,
      "not_found",
    );
  });

  it("serves an attachment only through its own message; only the app's own POST records the opening", async () => {
    const { account, client } = await createAccountWithSession(t, { role: "citizen" });
    const { message, file } = await deliver(account);
    const other = await deliver(account);
    const openedAt = async () =>
      (
        await t.db
          .selectFrom("postbox_messages")
          .select("opened_at")
          .where("id", "=", message.id)
          .executeTakeFirstOrThrow()
      ).opened_at;

    expect(
      (await client.fetch(`/api/account/postbox/${other.message.id}/attachments/${file.id}`)).status,
    ).toBe(404);
    const stranger = await createAccountWithSession(t, { role: "citizen" });
    expect(
      (await stranger.client.fetch(`/api/account/postbox/${message.id}/attachments/${file.id}`)).status,
    ).toBe(404);

    // A link or an <img> on another site sends the cookie with a GET: that must not count as
    // delivery (the proof of § 41 Abs. 2a VwVfG), however the request is labelled.
    for (const site of [undefined, "cross-site", "same-site", "same-origin"]) {
      const res = await client.fetch(`/api/account/postbox/${message.id}/attachments/${file.id}`, {
        headers: site ? { "Sec-Fetch-Site": site } : {},
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF);
    }
    expect(await openedAt()).toBeNull();
    const entry = postboxMessageSchema.parse(
      JSON.parse((await feedEntry("postbox", message.id))?.data ?? "null"),
    );
    expect(entry.openedAt).toBeNull();

    // Nor does a form on another site: the POST needs the app's Origin and CSRF token.
    const forged = await client.fetch(`/api/account/postbox/${message.id}/opened`, {
      method: "POST",
      headers: { origin: "https://evil.example", "idempotency-key": key() },
    });
    expect(forged.status).toBe(403);
    expect(await openedAt()).toBeNull();
    const opened = await client.json(
      "POST",
      `/api/account/postbox/${message.id}/opened`,
      {},
      { "idempotency-key": key() },
    );
    expect(opened.status).toBe(200);
    expect(await openedAt()).not.toBeNull();
  });

  it("exports the account's data, documents and attachments as a ZIP", async () => {
    const { account, client } = await createAccountWithSession(t, { role: "citizen" });
    expect((await upload(client, PDF, "Mietvertrag.pdf")).status).toBe(201);
    expect((await upload(client, PDF, "Mietvertrag.pdf")).status).toBe(201);
    const { message, file } = await deliver(account, "decision");
    const staff = await createAccount(t, { role: "staff", department: "buergerbuero" });
    await recordAudit(t.db, {
      actor: { ...staff, givenName: "Max", familyName: "Amt", trustLevel: "basic" },
      action: "citizen.read",
      subjectId: account.id,
      reason: "Antrag prüfen",
    });

    const appointment = await insertAppointment(t.db, Date.now() + 86_400_000, { account_id: account.id });

    const res = await client.fetch("/api/account/export");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toContain('filename="delmenhorst-konto-export.zip"');
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const zip = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(zip).sort()).toEqual([
      "dokumente/Mietvertrag (2).pdf",
      "dokumente/Mietvertrag.pdf",
      "konto.json",
      `postfach/${message.id}/${file.name}`,
    ]);
    expect(zip["dokumente/Mietvertrag.pdf"]).toEqual(PDF);
    const summary = JSON.parse(strFromU8(zip["konto.json"] ?? new Uint8Array())) as {
      profile: { id: string };
      documents: unknown[];
      postbox: { id: string }[];
      sessions: unknown[];
      appointments: { reference: string }[];
      auditLog: { action: string; actorName: string; reason: string }[];
    };
    expect(summary.appointments.map((a) => a.reference)).toEqual([appointment.reference]);
    expect(summary.profile.id).toBe(account.id);
    expect(summary.documents).toHaveLength(2);
    expect(summary.postbox.map((m) => m.id)).toEqual([message.id]);
    expect(summary.sessions).toHaveLength(1);
    expect(summary.auditLog).toEqual([
      expect.objectContaining({ action: "citizen.read", actorName: "Max Amt", reason: "Antrag prüfen" }),
    ]);
  });

  it("deletes the account but keeps issued decisions and the audit log", async () => {
    const { account, client } = await createAccountWithSession(t, { role: "citizen" });
    const document = documentSchema.parse((await upload(client, PDF, "Ausweis.pdf")).body);
    const message = await deliver(account, "message");
    const decision = await deliver(account, "decision");
    await recordAudit(t.db, {
      actor: { ...account, givenName: "Max", familyName: "Amt", trustLevel: "basic" },
      action: "citizen.read",
      subjectId: account.id,
    });

    await expectProblem(
      await client.json("POST", "/api/account/deletion", { password: "wrong password!" }),
      403,
      "invalid_credentials",
    );
    const res = await client.fetch("/api/account/deletion", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ password: TEST_PASSWORD }),
    });
    expect(res.status).toBe(204);
    expect(client.cookies.has("dm_session")).toBe(false);

    expect(await t.db.selectFrom("accounts").select("id").where("id", "=", account.id).execute()).toEqual([]);
    expect(await t.db.selectFrom("sessions").select("id_hash").execute()).toEqual([]);
    expect(
      await t.db.selectFrom("sync_entries").select("id").where("owner_id", "=", account.id).execute(),
    ).toEqual([]);
    const messages = await t.db.selectFrom("postbox_messages").selectAll().execute();
    expect(messages).toEqual([
      expect.objectContaining({
        id: decision.message.id,
        account_id: null,
        recipient_name: decision.message.recipient_name,
      }),
    ]);
    const files = await t.db.selectFrom("files").select(["id", "owner_id"]).execute();
    expect(files).toEqual([{ id: decision.file.id, owner_id: null }]);
    expect(files.map((f) => f.id)).not.toContain(document.id);
    expect(files.map((f) => f.id)).not.toContain(message.file.id);
    expect(await t.db.selectFrom("audit_log").select("subject_id").execute()).toEqual([
      { subject_id: account.id },
    ]);
  });

  it("does not let the last admin delete their account", async () => {
    const { client } = await createAccountWithSession(t, { role: "admin" });
    await expectProblem(
      await client.json("POST", "/api/account/deletion", { password: TEST_PASSWORD }),
      409,
      "conflict",
    );
    const second = await createAccountWithSession(t, { role: "admin" });
    const res = await second.client.json("POST", "/api/account/deletion", { password: TEST_PASSWORD });
    expect(res.status).toBe(204);
  });
});
