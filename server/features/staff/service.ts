// The rules of the staff console: every look at a citizen is audited, identities are confirmed only
// for confirmed addresses, staff accounts are invited by mail, admins cannot lock themselves out.
import type { z } from "zod";
import type {
  CitizenDetail,
  CitizenSummary,
  identityConfirmationSchema,
  StaffAccount,
  staffCreateSchema,
  staffUpdateSchema,
} from "../../../src/lib/contract/account";
import { type Db, inTransaction, isUniqueViolation } from "../../db/database";
import type { SignedInAccount } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { staffInvitationMail } from "../../mail/templates";
import { applyIdentity } from "../account/identity";
import { findAccount, findAccountByEmail, insertAccount, updateAccount } from "../account/store";
import { recordAudit } from "../../platform/audit/store";
import { deleteSessionsOf } from "../../platform/sessions/store";
import { createLinkToken, INVITATION_LIFETIME_MS } from "../auth/tokens";
import { citizenDetailOf, findCitizen, searchCitizens } from "./citizens";
import { assertDepartmentFits, findStaffAccount, staffAccountOf } from "./staff-accounts";
import type { MailDeps } from "../../platform/deps";

export async function searchCitizensAudited(
  db: Db,
  staff: SignedInAccount,
  q: string,
  reason: string,
): Promise<CitizenSummary[]> {
  const results = await searchCitizens(db, q);
  await recordAudit(db, {
    actor: staff,
    action: "citizen.search",
    reason,
    details: { q, results: results.length },
  });
  return results;
}

export async function readCitizen(
  db: Db,
  staff: SignedInAccount,
  id: string,
  reason: string,
): Promise<CitizenDetail> {
  const citizen = await findCitizen(db, id);
  if (!citizen) throw new ProblemError(404, "not_found");
  await recordAudit(db, { actor: staff, action: "citizen.read", subjectId: citizen.id, reason });
  return citizenDetailOf(citizen);
}

export async function confirmIdentity(
  db: Db,
  staff: SignedInAccount,
  id: string,
  input: z.output<typeof identityConfirmationSchema>,
): Promise<CitizenDetail> {
  const { reason, documentType, ...identity } = input;
  const citizen = await findCitizen(db, id);
  if (!citizen) throw new ProblemError(404, "not_found");
  // The account must reach its owner first; otherwise a verified identity could sit on a stranger's address.
  if (!citizen.email_verified_at) throw new ProblemError(409, "email_not_verified");
  const updated = await inTransaction(db, async (trx) => {
    await applyIdentity(trx, citizen.id, { provider: "in-person", verifiedBy: staff.id, ...identity });
    // The document number is never taken: the type is enough to show what was checked.
    await recordAudit(trx, {
      actor: staff,
      action: "citizen.identity-confirmed",
      subjectId: citizen.id,
      reason,
      details: { documentType },
    });
    return findCitizen(trx, citizen.id);
  });
  if (!updated) throw new ProblemError(404, "not_found");
  return citizenDetailOf(updated);
}

export async function createStaffAccount(
  deps: MailDeps,
  admin: SignedInAccount,
  body: z.output<typeof staffCreateSchema>,
): Promise<StaffAccount> {
  assertDepartmentFits(body.role, body.department);
  if (await findAccountByEmail(deps.db, body.email)) throw new ProblemError(409, "email_taken");
  const created = await inTransaction(deps.db, async (trx) => {
    const row = await insertAccount(trx, {
      email: body.email,
      role: body.role,
      department: body.department,
      given_name: body.givenName,
      family_name: body.familyName,
      language: "de",
      // Using the invitation link proves the address; nobody else receives it.
      email_verified_at: new Date().toISOString(),
    });
    const token = await createLinkToken(trx, "reset-password", row.id, INVITATION_LIFETIME_MS);
    await recordAudit(trx, {
      actor: admin,
      action: "staff.created",
      subjectId: row.id,
      details: { role: body.role, department: body.department },
    });
    // Inside the transaction: without the mail the account is unusable, so a failed send undoes it.
    const link = `${deps.appOrigin}/konto/passwort-neu?token=${token}`;
    await deps.mailer.send(staffInvitationMail(row.email, link));
    return row;
  }).catch((error: unknown) => {
    if (isUniqueViolation(error)) throw new ProblemError(409, "email_taken");
    throw error;
  });
  return staffAccountOf(created);
}

export async function updateStaffAccount(
  db: Db,
  admin: SignedInAccount,
  id: string,
  body: z.output<typeof staffUpdateSchema>,
): Promise<StaffAccount> {
  assertDepartmentFits(body.role, body.department);
  const target = await findStaffAccount(db, id);
  if (!target) throw new ProblemError(404, "not_found");
  // Keeps at least this admin able to undo what was done.
  if (target.id === admin.id && (body.role !== "admin" || body.disabled)) {
    throw new ProblemError(409, "conflict", "Admins cannot demote or disable themselves");
  }
  const updated = await inTransaction(db, async (trx) => {
    const disabledAt = body.disabled ? (target.disabled_at ?? new Date().toISOString()) : null;
    await updateAccount(trx, target.id, {
      role: body.role,
      department: body.department,
      disabled_at: disabledAt,
    });
    if (body.disabled) await deleteSessionsOf(trx, target.id);
    await recordAudit(trx, {
      actor: admin,
      action: "staff.updated",
      subjectId: target.id,
      details: { role: body.role, department: body.department, disabled: body.disabled },
    });
    return findAccount(trx, target.id);
  });
  if (!updated) throw new ProblemError(404, "not_found");
  return staffAccountOf(updated);
}
