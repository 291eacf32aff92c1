// Staff and admin accounts as the admin console manages them.
import { type Department, DEPARTMENTS, type StaffAccount } from "../../../src/lib/contract/account";
import type { AccountTable } from "../../db/schema";
import { ProblemError } from "../../http/problem";

const departmentOrNull = (value: string | null): Department | null =>
  DEPARTMENTS.find((d) => d === value) ?? null;

export const staffAccountOf = (row: AccountTable): StaffAccount => ({
  id: row.id,
  email: row.email,
  givenName: row.given_name,
  familyName: row.family_name,
  role: row.role,
  department: departmentOrNull(row.department),
  disabled: row.disabled_at !== null,
  createdAt: row.created_at,
});

export { findStaffAccount, listStaffAccounts } from "./store";

/** Staff work for a department: their messages name it. Admins may have one, but need not. */
export function assertDepartmentFits(role: "staff" | "admin", department: Department | null): void {
  if (role === "staff" && department === null) {
    throw new ProblemError(400, "validation_failed", undefined, [
      { path: "department", message: "staff need a department" },
    ]);
  }
}
