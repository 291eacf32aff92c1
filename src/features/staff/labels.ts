// Translated names of the console's codes (departments, roles, trust levels ...).
import type { Department, Role, TrustLevel } from "../../lib/contract/account-constants";
import { t } from "../../lib/i18n";

export const departmentLabel = (department: Department | null) =>
  department ? t(`staff.departments.${department}`) : t("staff.departments.none");

export const roleLabel = (role: Role) => t(`staff.roles.${role}`);

export const trustLabel = (level: TrustLevel) => t(`staff.trust.${level}`);

export const fullName = (person: { givenName: string; familyName: string }) =>
  t("staff.common.fullName", { given: person.givenName, family: person.familyName });
