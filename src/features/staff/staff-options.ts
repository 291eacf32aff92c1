// Choices of the staff account forms, shared by "create" and "edit".
import { type Department, DEPARTMENTS } from "../../lib/contract/account-constants";
import { t } from "../../lib/i18n";
import { departmentLabel, roleLabel } from "./labels";

export const STAFF_ROLES = ["staff", "admin"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const staffRoleOf = (value: string): StaffRole =>
  STAFF_ROLES.find((role) => role === value) ?? "staff";

/** "" stands for "no department" in a select. */
export const departmentOf = (value: string): Department | null =>
  DEPARTMENTS.find((d) => d === value) ?? null;

export const roleOptions = () => STAFF_ROLES.map((role) => ({ value: role, label: roleLabel(role) }));

export const departmentOptions = () => [
  { value: "", label: t("staff.departments.none") },
  ...DEPARTMENTS.map((department) => ({ value: department, label: departmentLabel(department) })),
];
