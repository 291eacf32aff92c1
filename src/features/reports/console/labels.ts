// Translated names of the reports' codes in the console (German or English).
import type { ReportCategory, ReportStatus } from "../../../lib/contract/reports";
import { t } from "../../../lib/i18n";

export const categoryLabel = (category: ReportCategory) => t(`staff.reports.categories.${category}`);
export const statusLabel = (status: ReportStatus) => t(`staff.reports.statuses.${status}`);

/** The short place of a report: the address the resident saw, or its coordinates. */
export const placeOf = (report: { address: string | null; lat: number; lon: number }) =>
  report.address ?? `${report.lat.toFixed(5)}, ${report.lon.toFixed(5)}`;
