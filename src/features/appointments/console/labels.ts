// Translated names of the appointments' codes as the console shows them.
import type { AppointmentStatus, VisitType } from "../../../lib/contract/appointments";
import { t } from "../../../lib/i18n";

export const appointmentStatusLabel = (status: AppointmentStatus) =>
  t(`appointments.console.statuses.${status}`);

export const visitTypeLabel = (visitType: VisitType) => t(`appointments.console.visitTypes.${visitType}`);
