// Who leads the chat: admins name leads among the agents' departments' staff. Leads (and admins)
// see the statistics and keep the canned answers; every agent uses them.
import { DEPARTMENTS } from "../../../src/lib/contract/account-constants";
import type { OfficeRole } from "../../../src/lib/contract/chat-office";
import { type Db, inTransaction } from "../../db/database";
import type { SignedInAccount } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { recordAudit } from "../../platform/audit/store";
import { settingsOf } from "./service";
import * as store from "./store";

export async function officeRole(db: Db, account: SignedInAccount): Promise<OfficeRole> {
  const admin = account.role === "admin";
  return { admin, lead: admin || (account.role === "staff" && (await store.isLead(db, account.id))) };
}

/** 403 unless an admin or a lead. */
export async function requireLead(db: Db, account: SignedInAccount): Promise<void> {
  if (!(await officeRole(db, account)).lead) throw new ProblemError(403, "forbidden", "Not a chat lead");
}

export async function leadCandidates(db: Db) {
  const { agentDepartments } = await settingsOf(db);
  const rows = await store.listLeadCandidates(db, agentDepartments);
  return rows.flatMap((row) => {
    const department = DEPARTMENTS.find((d) => d === row.department);
    return department
      ? [
          {
            id: row.id,
            name: `${row.given_name} ${row.family_name}`,
            department,
            lead: row.lead_id !== null,
          },
        ]
      : [];
  });
}

/** Admins only (the route says so); every id must be a candidate. Audited. */
export async function setLeads(db: Db, admin: SignedInAccount, accountIds: string[], now: number) {
  const wanted = [...new Set(accountIds)];
  const candidates = new Set((await leadCandidates(db)).map((c) => c.id));
  const unknown = wanted.filter((id) => !candidates.has(id));
  if (unknown.length > 0) {
    throw new ProblemError(400, "validation_failed", undefined, [
      { path: "accountIds", message: "Only staff of the agents' departments can lead the chat" },
    ]);
  }
  await inTransaction(db, async (trx) => {
    await store.replaceLeads(trx, wanted, admin.id, new Date(now).toISOString());
    await recordAudit(trx, {
      actor: admin,
      action: "chat.leads-updated",
      details: { accountIds: wanted },
    });
  });
  return leadCandidates(db);
}
