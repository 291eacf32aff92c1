// The inbox's map: each listed report as a point in its status's colour. The legend names the
// colours in words, and the list beside it stays the way to reach every report by keyboard.
import type { ReportStatus, StaffReport } from "../../../lib/contract/reports";
import type { MapPoint } from "../../map/map-points";

/** Each at least 3:1 against the white ring around the points and the page (WCAG 1.4.11). */
export const STATUS_COLOURS: Record<ReportStatus, string> = {
  received: "#b3261e",
  in_progress: "#a34f00",
  done: "#2e7d32",
  not_responsible: "#3f51b5",
  rejected: "#546e7a",
};

export const inboxPoints = (reports: readonly StaffReport[]): MapPoint[] =>
  reports.map((report) => ({
    id: report.id,
    lat: report.lat,
    lon: report.lon,
    colour: STATUS_COLOURS[report.status],
  }));
