// The console's edits of offices and life situations (issue 20): any of the ten languages, German
// required, admins only, audited, and carried to every device by the sync feed.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { LifeSituation, Office } from "../../../src/lib/contract/guide";
import { problemSchema } from "../../../src/lib/contract/problem";
import { createAccountWithSession } from "../../testing/accounts";
import { createTestApp, databaseKind, type TestApp } from "../../testing/test-app";
import { listEntries, upsertEntries } from "../../platform/sync/store";
import { loadGuideSeed } from "../guide/seed";

let t: TestApp;
let office: Office;
let situation: LifeSituation;

beforeEach(async () => {
  t = await createTestApp();
  const guide = await loadGuideSeed();
  await upsertEntries(
    t.db,
    "services",
    guide.services.map((s) => ({ id: s.id, data: s })),
  );
  await upsertEntries(
    t.db,
    "offices",
    guide.offices.map((o) => ({ id: o.id, data: o })),
  );
  await upsertEntries(
    t.db,
    "life-situations",
    guide.lifeSituations.map((l) => ({ id: l.id, data: l })),
  );
  const firstOffice = guide.offices.find((o) => o.id === "buergerbuero");
  const firstSituation = guide.lifeSituations.find((l) => l.id === "umzug");
  if (!firstOffice || !firstSituation) throw new Error("the seed lacks buergerbuero or umzug");
  office = firstOffice;
  situation = firstSituation;
});

afterEach(async () => {
  await t.close();
});

function expectProblem(res: { status: number; body: unknown }, status: number, code: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(problemSchema.parse(res.body).code).toBe(code);
}

const auditRows = async () =>
  (await t.db.selectFrom("audit_log").selectAll().execute()).map((row) => ({
    action: row.action,
    details: row.details === null ? null : (JSON.parse(row.details) as unknown),
  }));

const feedOf = async (collection: string) =>
  JSON.stringify(await (await t.app.request(`/api/sync/${collection}`)).json());

describe(`console edits of offices (${databaseKind})`, () => {
  it("stores an office's Turkish text for admins only, audits it and syncs it", async () => {
    const admin = await createAccountWithSession(t, { role: "admin" });
    const staff = await createAccountWithSession(t, { role: "staff", department: "buergerbuero" });
    const path = `/api/staff/guide/offices/${office.id}`;
    const turkish = { ...office.text.de, name: "Vatandaş Bürosu (düzenlendi)" };
    const edited: Office = { ...office, text: { ...office.text, tr: turkish } };

    expectProblem(await staff.client.json("PUT", path, edited), 403, "forbidden");
    // German is required; a name of one letter is refused; the path's id must be the record's.
    const { de: _german, ...withoutGerman } = edited.text;
    expectProblem(
      await admin.client.json("PUT", path, { ...edited, text: withoutGerman }),
      400,
      "validation_failed",
    );
    expectProblem(
      await admin.client.json("PUT", path, {
        ...edited,
        text: { ...edited.text, tr: { ...turkish, name: "V" } },
      }),
      400,
      "validation_failed",
    );
    expectProblem(
      await admin.client.json("PUT", "/api/staff/guide/offices/standesamt", edited),
      400,
      "validation_failed",
    );
    expectProblem(
      await admin.client.json("PUT", "/api/staff/guide/offices/no-such-office", {
        ...edited,
        id: "no-such-office",
      }),
      404,
      "not_found",
    );
    expect(await auditRows()).toEqual([]);

    const res = await admin.client.json("PUT", path, edited);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual(edited);
    const stored = (await listEntries(t.db, "offices")).find((e) => e.id === office.id);
    expect(stored?.data).toEqual(edited);
    expect(await feedOf("offices")).toContain('"name":"Vatandaş Bürosu (düzenlendi)"');
    expect(await auditRows()).toEqual([{ action: "guide.office-updated", details: { officeId: office.id } }]);
  });
});

describe(`console edits of life situations (${databaseKind})`, () => {
  it("stores a life situation's texts and services, checks them and syncs them", async () => {
    const admin = await createAccountWithSession(t, { role: "admin" });
    const staff = await createAccountWithSession(t, { role: "staff", department: "buergerbuero" });
    const path = `/api/staff/guide/life-situations/${situation.id}`;
    const edited: LifeSituation = {
      ...situation,
      serviceIds: [...situation.serviceIds].reverse(),
      text: {
        ...situation.text,
        uk: { title: "Переїзд до Дельменгорста", summary: "Що потрібно зробити після переїзду." },
      },
    };

    expectProblem(await staff.client.json("PUT", path, edited), 403, "forbidden");
    const { de: _german, ...withoutGerman } = edited.text;
    expectProblem(
      await admin.client.json("PUT", path, { ...edited, text: withoutGerman }),
      400,
      "validation_failed",
    );
    expectProblem(
      await admin.client.json("PUT", path, {
        ...edited,
        text: { ...edited.text, uk: { title: "П", summary: "x" } },
      }),
      400,
      "validation_failed",
    );
    // Every service must exist, once; at least one.
    expectProblem(
      await admin.client.json("PUT", path, {
        ...edited,
        serviceIds: [...edited.serviceIds, "no-such-service"],
      }),
      400,
      "validation_failed",
    );
    const first = edited.serviceIds[0] ?? "";
    expectProblem(
      await admin.client.json("PUT", path, { ...edited, serviceIds: [first, first] }),
      400,
      "validation_failed",
    );
    expectProblem(
      await admin.client.json("PUT", path, { ...edited, serviceIds: [] }),
      400,
      "validation_failed",
    );
    expectProblem(
      await admin.client.json("PUT", "/api/staff/guide/life-situations/no-such", {
        ...edited,
        id: "no-such",
      }),
      404,
      "not_found",
    );
    expect(await auditRows()).toEqual([]);

    const res = await admin.client.json("PUT", path, edited);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const stored = (await listEntries(t.db, "life-situations")).find((e) => e.id === situation.id);
    expect(stored?.data).toEqual(edited);
    const feed = await feedOf("life-situations");
    expect(feed).toContain('"title":"Переїзд до Дельменгорста"');
    expect(feed).toContain(JSON.stringify(edited.serviceIds));
    expect(await auditRows()).toEqual([
      { action: "guide.life-situation-updated", details: { lifeSituationId: situation.id } },
    ]);
  });
});
