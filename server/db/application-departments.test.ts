// Migration 0010: applications already sent with a form that went to the wrong department move to
// the office the services guide names, and open ones can be claimed there.
import { afterEach, beforeEach, expect, it } from "vitest";
import { createAccount } from "../testing/accounts";
import { openTestDatabase } from "../testing/test-app";
import type { ApplicationStatus } from "../../src/lib/contract/application-record";
import type { Department } from "../../src/lib/contract/account-constants";
import type { Db } from "./database";
import { migrations } from "./migrations";

let db: Db;
let close: () => Promise<void>;

beforeEach(async () => {
  ({ db, close } = await openTestDatabase());
});

afterEach(async () => {
  await close();
});

it("moves dog and trade registrations to the guide's departments and frees the open ones", async () => {
  const clerk = await createAccount({ db }, { role: "staff", department: "ordnungsamt" });
  const now = new Date().toISOString();
  const row = (id: string, type: string, department: Department, status: ApplicationStatus) => ({
    id,
    reference: `ref-${id}`,
    account_id: null,
    applicant_name: "Erika Muster",
    type,
    definition_version: 1,
    department,
    title: id,
    answers: "{}",
    status,
    claimed_by: clerk.id,
    submitted_at: now,
    updated_at: now,
  });
  await db
    .insertInto("applications")
    .values([
      row("dog-open", "hundeanmeldung", "ordnungsamt", "in_progress"),
      row("dog-decided", "hundeanmeldung", "ordnungsamt", "decided"),
      row("trade", "gewerbeanmeldung", "wirtschaft", "received"),
      row("parking", "bewohnerparken", "ordnungsamt", "in_progress"),
    ])
    .execute();

  await migrations["0010_application_departments"]?.up(db);

  const rows = await db
    .selectFrom("applications")
    .select(["id", "department", "claimed_by"])
    .orderBy("id")
    .execute();
  expect(rows).toEqual([
    { id: "dog-decided", department: "steueramt", claimed_by: clerk.id },
    { id: "dog-open", department: "steueramt", claimed_by: null },
    { id: "parking", department: "ordnungsamt", claimed_by: clerk.id },
    { id: "trade", department: "ordnungsamt", claimed_by: null },
  ]);
});
