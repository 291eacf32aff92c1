// The staff console: who may do what, what citizens receive, and that every look is audited.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  auditEntrySchema,
  citizenDetailSchema,
  citizenSummarySchema,
  postboxMessageSchema,
  sentMessageSchema,
  staffAccountSchema,
} from "../../../src/lib/contract/account";
import { problemSchema } from "../../../src/lib/contract/problem";
import { createAccount, createAccountWithSession, signInDirectly } from "../../testing/accounts";
import { createTestApp, databaseKind, type TestApp } from "../../testing/test-app";
import type { TestClient } from "../../testing/test-client";
import { loadGuideSeed } from "../guide/seed";
import { listEntries, upsertEntries } from "../../platform/sync/store";

let t: TestApp;

beforeEach(async () => {
  t = await createTestApp();
});

afterEach(async () => {
  await t.close();
});

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const REASON = "Antrag Nr. 4711 bearbeiten";

function expectProblem(res: { status: number; body: unknown }, status: number, code: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(problemSchema.parse(res.body).code).toBe(code);
}

const auditActions = async () =>
  (await t.db.selectFrom("audit_log").selectAll().orderBy("at").execute()).map((row) => ({
    action: row.action,
    subject: row.subject_id,
    reason: row.reason,
    details: row.details === null ? null : (JSON.parse(row.details) as unknown),
  }));

async function sendForm(
  client: TestClient,
  citizenId: string,
  fields: Record<string, string>,
  attachment?: { bytes: Uint8Array; name: string },
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (attachment) {
    form.append(
      "attachment",
      new File([new Uint8Array(attachment.bytes)], attachment.name, { type: "application/pdf" }),
    );
  }
  const res = await client.fetch(`/api/staff/citizens/${citizenId}/messages`, { method: "POST", body: form });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
}

const decisionFields = {
  reason: REASON,
  kind: "decision",
  subject: "Bescheid Wohngeld",
  body: "Anbei Ihr Bescheid.",
};

describe(`staff routes (${databaseKind})`, () => {
  it("keeps citizens out of the console", async () => {
    const { client } = await createAccountWithSession(t, { role: "citizen" });
    expectProblem(await client.json("GET", `/api/staff/citizens?q=mu&reason=${REASON}`), 403, "forbidden");
    expectProblem(await client.json("GET", "/api/staff/messages"), 403, "forbidden");
    expectProblem(await client.json("GET", "/api/staff/accounts"), 403, "forbidden");
    expect((await t.app.request("/api/staff/messages")).status).toBe(401);
  });

  it("finds citizens by name or email, case-insensitively, and audits the search", async () => {
    const { client } = await createAccountWithSession(t, { role: "staff", department: "bauamt" });
    const erika = await createAccount(t, { role: "citizen", givenName: "Erika", familyName: "Mustermann" });
    await createAccount(t, {
      role: "citizen",
      givenName: "Hans",
      familyName: "Meier",
      email: "hans@example.org",
    });
    await createAccount(t, {
      role: "staff",
      department: "bauamt",
      givenName: "Erika",
      familyName: "Musterfrau",
    });

    const query = (q: string) =>
      client.json("GET", `/api/staff/citizens?${new URLSearchParams({ q, reason: REASON }).toString()}`);
    const byFullName = await query("erika MUSTERMANN");
    expect(byFullName.status).toBe(200);
    expect(citizenSummarySchema.array().parse(byFullName.body)).toEqual([
      expect.objectContaining({ id: erika.id, trustLevel: "basic" }),
    ]);
    expect(citizenSummarySchema.array().parse((await query("HANS@example")).body)).toHaveLength(1);
    expect((await query("mu_ter")).body).toEqual([]);
    expectProblem(await client.json("GET", "/api/staff/citizens?q=erika"), 400, "validation_failed");

    expect((await auditActions())[0]).toEqual({
      action: "citizen.search",
      subject: null,
      reason: REASON,
      details: { q: "erika MUSTERMANN", results: 1 },
    });
  });

  it("shows a citizen with the reason recorded, and only citizens", async () => {
    const { client, account: staff } = await createAccountWithSession(t, {
      role: "staff",
      department: "bauamt",
    });
    const citizen = await createAccount(t, { role: "citizen" });
    const res = await client.json(
      "GET",
      `/api/staff/citizens/${citizen.id}?reason=${encodeURIComponent(REASON)}`,
    );
    expect(res.status).toBe(200);
    expect(citizenDetailSchema.parse(res.body)).toMatchObject({
      id: citizen.id,
      createdAt: citizen.created_at,
    });
    expect(await auditActions()).toEqual([
      { action: "citizen.read", subject: citizen.id, reason: REASON, details: null },
    ]);
    expectProblem(
      await client.json("GET", `/api/staff/citizens/${staff.id}?reason=${REASON}`),
      404,
      "not_found",
    );
    expectProblem(await client.json("GET", `/api/staff/citizens/nobody?reason=${REASON}`), 404, "not_found");
    expectProblem(await client.json("GET", `/api/staff/citizens/${citizen.id}`), 400, "validation_failed");
  });

  it("lets only the Bürgerbüro confirm identities, of confirmed email addresses", async () => {
    const office = await createAccountWithSession(t, { role: "staff", department: "buergerbuero" });
    const other = await createAccountWithSession(t, { role: "staff", department: "bauamt" });
    const citizen = await createAccount(t, { role: "citizen" });
    const unconfirmed = await createAccount(t, { role: "citizen", verified: "none" });
    const body = {
      reason: REASON,
      documentType: "personalausweis",
      givenName: "Erika",
      familyName: "Mustermann",
      birthDate: "1964-08-12",
      street: "Rathausplatz 1",
      postalCode: "27749",
      city: "Delmenhorst",
    };
    const path = (id: string) => `/api/staff/citizens/${id}/identity`;

    expectProblem(await other.client.json("POST", path(citizen.id), body), 403, "forbidden");
    expectProblem(await office.client.json("POST", path(unconfirmed.id), body), 409, "email_not_verified");
    expectProblem(
      await office.client.json("POST", path(citizen.id), { ...body, documentNumber: "L01X00T47" }),
      400,
      "validation_failed",
    );

    const res = await office.client.json("POST", path(citizen.id), body);
    expect(res.status).toBe(200);
    expect(citizenDetailSchema.parse(res.body)).toMatchObject({
      familyName: "Mustermann",
      birthDate: "1964-08-12",
      trustLevel: "verified",
    });
    const stored = await t.db
      .selectFrom("accounts")
      .selectAll()
      .where("id", "=", citizen.id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ identity_provider: "in-person", identity_verified_by: office.account.id });
    const profile = await listEntries(t.db, "profile");
    expect(profile.find((p) => p.id === citizen.id)?.data).toMatchObject({ trustLevel: "verified" });
    expect(await auditActions()).toEqual([
      {
        action: "citizen.identity-confirmed",
        subject: citizen.id,
        reason: REASON,
        details: { documentType: "personalausweis" },
      },
    ]);
  });

  it("sends a decision with its PDF to the postbox, mails a notice and lists it with its delivery", async () => {
    const { client } = await createAccountWithSession(t, { role: "staff", department: "sozialamt" });
    const citizen = await createAccount(t, { role: "citizen", givenName: "Erika", familyName: "Mustermann" });

    expectProblem(await sendForm(client, citizen.id, decisionFields), 400, "validation_failed");
    expectProblem(
      await sendForm(client, citizen.id, decisionFields, {
        bytes: new TextEncoder().encode("text"),
        name: "b.pdf",
      }),
      415,
      "unsupported_file_type",
    );
    expect(await t.db.selectFrom("postbox_messages").select("id").execute()).toEqual([]);

    const res = await sendForm(client, citizen.id, decisionFields, { bytes: PDF, name: "Bescheid.pdf" });
    expect(res.status).toBe(201);
    const sent = sentMessageSchema.parse(res.body);
    expect(sent).toMatchObject({
      kind: "decision",
      recipientName: "Erika Mustermann",
      recipientId: citizen.id,
      senderDepartment: "sozialamt",
      openedAt: null,
    });

    const entry = (await listEntries(t.db, "postbox")).find((e) => e.id === sent.id);
    const message = postboxMessageSchema.parse(entry?.data);
    expect(message.attachments).toEqual([
      expect.objectContaining({ name: "Bescheid.pdf", mediaType: "application/pdf" }),
    ]);
    const owner = await t.db
      .selectFrom("sync_entries")
      .select("owner_id")
      .where("id", "=", sent.id)
      .executeTakeFirst();
    expect(owner?.owner_id).toBe(citizen.id);

    expect(t.mails).toHaveLength(1);
    expect(t.mails[0]?.to).toBe(citizen.email);
    expect(t.mails[0]?.text).toContain(`${t.config.appOrigin}/konto/postfach`);
    expect(t.mails[0]?.text).not.toContain("Wohngeld");
    expect((await auditActions()).at(-1)).toMatchObject({
      action: "citizen.message-sent",
      subject: citizen.id,
    });

    // The citizen opens it: the department sees when.
    const reader = await signInDirectly(t, citizen);
    const opened = await reader.json(
      "POST",
      `/api/account/postbox/${sent.id}/opened`,
      {},
      {
        "idempotency-key": "open-the-decision-0001",
      },
    );
    expect(opened.status).toBe(200);
    const listed = sentMessageSchema.array().parse((await client.json("GET", "/api/staff/messages")).body);
    expect(listed).toHaveLength(1);
    expect(listed[0]?.openedAt).toBe(postboxMessageSchema.parse(opened.body).openedAt);
  });

  it("shows each department only its own sent messages; admins see all, but need a department to send", async () => {
    const social = await createAccountWithSession(t, { role: "staff", department: "sozialamt" });
    const building = await createAccountWithSession(t, { role: "staff", department: "bauamt" });
    const admin = await createAccountWithSession(t, { role: "admin" });
    const adminWithDepartment = await createAccountWithSession(t, {
      role: "admin",
      department: "wirtschaft",
    });
    const citizen = await createAccount(t, { role: "citizen" });
    const note = { reason: REASON, kind: "message", subject: "Rückfrage", body: "Bitte melden Sie sich." };

    expect((await sendForm(social.client, citizen.id, note)).status).toBe(201);
    expect((await sendForm(building.client, citizen.id, note)).status).toBe(201);
    expectProblem(await sendForm(admin.client, citizen.id, note), 403, "forbidden");
    expect((await sendForm(adminWithDepartment.client, citizen.id, note)).status).toBe(201);
    expectProblem(await sendForm(social.client, social.account.id, note), 404, "not_found");

    const departments = async (client: TestClient) =>
      sentMessageSchema
        .array()
        .parse((await client.json("GET", "/api/staff/messages")).body)
        .map((m) => m.senderDepartment)
        .sort();
    expect(await departments(social.client)).toEqual(["sozialamt"]);
    expect(await departments(building.client)).toEqual(["bauamt"]);
    expect(await departments(admin.client)).toEqual(["bauamt", "sozialamt", "wirtschaft"]);
  });

  it("announces the message by push on the citizen's signed-in device, even when the mail fails", async () => {
    const { client } = await createAccountWithSession(t, { role: "staff", department: "bauamt" });
    const citizen = await createAccount(t, { role: "citizen" });
    const phone = await signInDirectly(t, citizen);
    const subscribed = await phone.json("POST", "/api/push/subscriptions", {
      subscription: {
        endpoint: "https://push.example/send/phone",
        keys: { p256dh: `B${"A".repeat(86)}`, auth: "A".repeat(22) },
      },
      preferences: {
        places: ["034010000000"],
        minSeverity: "Severe",
        sources: ["mowas"],
        language: "de",
        quietHours: null,
        topics: { warnings: true, postbox: true },
      },
    });
    expect(subscribed.status).toBe(201);
    t.mails.push = () => {
      throw new Error("SMTP down");
    };

    expect((await sendForm(client, citizen.id, decisionFields, { bytes: PDF, name: "b.pdf" })).status).toBe(
      201,
    );

    const jobs = await t.db.selectFrom("push_jobs").select(["topic", "ref", "payload"]).execute();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ topic: "postbox", ref: expect.stringContaining(citizen.id) });
    expect(jobs[0]?.payload).not.toContain("Wohngeld");
  });

  it("sends the message even when the notice mail fails", async () => {
    const { client } = await createAccountWithSession(t, { role: "staff", department: "bauamt" });
    const citizen = await createAccount(t, { role: "citizen" });
    // The test mailer collects into t.mails; a collector that throws is a mail server that is down.
    t.mails.push = () => {
      throw new Error("SMTP down");
    };
    const res = await sendForm(client, citizen.id, {
      reason: REASON,
      kind: "message",
      subject: "Rückfrage",
      body: "Bitte melden Sie sich.",
    });
    expect(res.status).toBe(201);
    expect(await t.db.selectFrom("postbox_messages").select("id").execute()).toHaveLength(1);
  });

  it("lets admins invite staff, who get a password link, and manage them", async () => {
    const { client, account: admin } = await createAccountWithSession(t, { role: "admin" });
    const staffClient = (await createAccountWithSession(t, { role: "staff", department: "bauamt" })).client;
    const invite = {
      email: "Neu@Delmenhorst.de",
      givenName: "Nina",
      familyName: "Neu",
      role: "staff",
      department: "bauamt",
    };

    expectProblem(await staffClient.json("POST", "/api/staff/accounts", invite), 403, "forbidden");
    expectProblem(
      await client.json("POST", "/api/staff/accounts", { ...invite, department: null }),
      400,
      "validation_failed",
    );
    const created = await client.json("POST", "/api/staff/accounts", invite);
    expect(created.status).toBe(201);
    const account = staffAccountSchema.parse(created.body);
    expect(account).toMatchObject({
      email: "neu@delmenhorst.de",
      role: "staff",
      department: "bauamt",
      disabled: false,
    });
    expect(t.mails.at(-1)?.to).toBe("neu@delmenhorst.de");
    expect(t.mails.at(-1)?.text).toMatch(
      new RegExp(`${t.config.appOrigin}/konto/passwort-neu\\?token=[\\w-]{20,}`),
    );
    const token = await t.db
      .selectFrom("account_tokens")
      .selectAll()
      .where("account_id", "=", account.id)
      .executeTakeFirst();
    expect(token?.purpose).toBe("reset-password");
    expect(Date.parse(token?.expires_at ?? "") - Date.now()).toBeGreaterThan(71 * 3600_000);
    expectProblem(await client.json("POST", "/api/staff/accounts", invite), 409, "email_taken");

    const listed = staffAccountSchema.array().parse((await client.json("GET", "/api/staff/accounts")).body);
    expect(listed).toHaveLength(3);

    const update = { role: "staff", department: "bauamt", disabled: true };
    const disabled = await client.json("PATCH", `/api/staff/accounts/${account.id}`, update);
    expect(staffAccountSchema.parse(disabled.body).disabled).toBe(true);
    // Disabling signs the account out everywhere.
    const staffRow = listed.find((a) => a.id !== admin.id && a.id !== account.id);
    const sessions = await t.db.selectFrom("sessions").select("account_id").execute();
    expect(sessions.map((s) => s.account_id).sort()).toEqual([admin.id, staffRow?.id].sort());
    const cut = await client.json("PATCH", `/api/staff/accounts/${staffRow?.id}`, update);
    expect(cut.status).toBe(200);
    expectProblem(await staffClient.json("GET", "/api/staff/messages"), 401, "unauthenticated");

    expectProblem(
      await client.json("PATCH", `/api/staff/accounts/${admin.id}`, {
        role: "staff",
        department: "bauamt",
        disabled: false,
      }),
      409,
      "conflict",
    );
    expectProblem(
      await client.json("PATCH", `/api/staff/accounts/${admin.id}`, {
        role: "admin",
        department: null,
        disabled: true,
      }),
      409,
      "conflict",
    );
    const citizen = await createAccount(t, { role: "citizen" });
    expectProblem(await client.json("PATCH", `/api/staff/accounts/${citizen.id}`, update), 404, "not_found");
    // Sorted: entries written within one millisecond have no order.
    expect((await auditActions()).map((a) => a.action).sort()).toEqual([
      "staff.created",
      "staff.updated",
      "staff.updated",
    ]);
  });

  it("shows admins the audit log, newest first and filtered", async () => {
    const { client: adminClient, account: admin } = await createAccountWithSession(t, { role: "admin" });
    const staff = await createAccountWithSession(t, { role: "staff", department: "bauamt" });
    const a = await createAccount(t, { role: "citizen" });
    const b = await createAccount(t, { role: "citizen" });
    const entries = [a, b, a].map((citizen, i) => ({
      id: `entry-${i}`,
      at: `2026-03-0${i + 1}T10:00:00.000Z`,
      actor_id: staff.account.id,
      actor_name: "Erika Amt",
      action: "citizen.read",
      subject_id: citizen.id,
      reason: REASON,
      details: null,
    }));
    await t.db.insertInto("audit_log").values(entries).execute();
    expectProblem(await staff.client.json("GET", "/api/staff/audit"), 403, "forbidden");

    const all = auditEntrySchema.array().parse((await adminClient.json("GET", "/api/staff/audit")).body);
    expect(all.map((e) => e.id)).toEqual(["entry-2", "entry-1", "entry-0"]);
    expect(all[0]).toEqual({
      id: "entry-2",
      at: "2026-03-03T10:00:00.000Z",
      actorId: staff.account.id,
      actorName: "Erika Amt",
      action: "citizen.read",
      subjectId: a.id,
      reason: REASON,
      details: null,
    });
    const aboutA = await adminClient.json("GET", `/api/staff/audit?subject=${a.id}&limit=1`);
    expect(
      auditEntrySchema
        .array()
        .parse(aboutA.body)
        .map((e) => e.id),
    ).toEqual(["entry-2"]);
    const byStaff = await adminClient.json("GET", `/api/staff/audit?actor=${staff.account.id}&limit=2`);
    expect(
      auditEntrySchema
        .array()
        .parse(byStaff.body)
        .map((e) => e.id),
    ).toEqual(["entry-2", "entry-1"]);
    expect((await adminClient.json("GET", `/api/staff/audit?actor=${admin.id}`)).body).toEqual([]);
    expectProblem(await adminClient.json("GET", "/api/staff/audit?limit=501"), 400, "validation_failed");
    expectProblem(await adminClient.json("GET", "/api/staff/audit?who=me"), 400, "validation_failed");
  });

  it("lets admins edit a service of the guide, which reaches devices through the feed", async () => {
    const { services } = await loadGuideSeed();
    const service = services[0];
    if (!service) throw new Error("the seed has no services");
    await upsertEntries(
      t.db,
      "services",
      services.map((s) => ({ id: s.id, data: s })),
    );
    const admin = await createAccountWithSession(t, { role: "admin" });
    const staff = await createAccountWithSession(t, { role: "staff", department: "buergerbuero" });
    const edited = { ...service, durationMinutes: 45 };
    const path = `/api/staff/guide/services/${service.id}`;

    expectProblem(await staff.client.json("PUT", path, edited), 403, "forbidden");
    expectProblem(
      await admin.client.json("PUT", `/api/staff/guide/services/other-id`, edited),
      400,
      "validation_failed",
    );
    expectProblem(
      await admin.client.json("PUT", "/api/staff/guide/services/no-such-service", {
        ...edited,
        id: "no-such-service",
      }),
      404,
      "not_found",
    );
    expectProblem(
      await admin.client.json("PUT", path, { ...edited, durationMinutes: 1 }),
      400,
      "validation_failed",
    );

    const res = await admin.client.json("PUT", path, edited);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(edited);
    const stored = (await listEntries(t.db, "services")).find((e) => e.id === service.id);
    expect(stored?.data).toEqual(edited);
    const feed = await t.app.request("/api/sync/services");
    expect(JSON.stringify(await feed.json())).toContain('"durationMinutes":45');
    expect(await auditActions()).toEqual([
      { action: "guide.service-updated", subject: null, reason: null, details: { serviceId: service.id } },
    ]);
  });
  it("takes a service's texts in any of the ten languages, German required, and syncs them", async () => {
    const { services } = await loadGuideSeed();
    const service = services[0];
    if (!service) throw new Error("the seed has no services");
    await upsertEntries(t.db, "services", [{ id: service.id, data: service }]);
    const admin = await createAccountWithSession(t, { role: "admin" });
    const path = `/api/staff/guide/services/${service.id}`;
    const turkish = {
      ...service.text.de,
      title: "Kimlik kartı başvurusu",
      summary: "Delmenhorst'ta yeni bir kimlik kartı için başvurun.",
    };

    // German stays required; a Turkish text needs a label for every fee, like German.
    const { de: _german, ...withoutGerman } = service.text;
    expectProblem(
      await admin.client.json("PUT", path, { ...service, text: { ...withoutGerman, tr: turkish } }),
      400,
      "validation_failed",
    );
    expectProblem(
      await admin.client.json("PUT", path, {
        ...service,
        text: { ...service.text, tr: { ...turkish, fees: [...turkish.fees, "Ek ücret"] } },
      }),
      400,
      "validation_failed",
    );

    const edited = { ...service, text: { ...service.text, tr: turkish } };
    const res = await admin.client.json("PUT", path, edited);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const feed = await t.app.request("/api/sync/services");
    expect(JSON.stringify(await feed.json())).toContain('"title":"Kimlik kartı başvurusu"');
  });
});
