// The statistics' rows grouped by month (newest first), each with its categories in the order of
// REPORT_CATEGORIES and the month's total, as the page shows one table per month.
import { REPORT_CATEGORIES, type ReportStats } from "../../../lib/contract/reports";

type Row = ReportStats["rows"][number];
export type MonthStatistics = {
  month: string;
  rows: Row[];
  total: { created: number; done: number; open: number };
};

export function monthTotals(rows: readonly Row[]): MonthStatistics[] {
  const months = new Map<string, Row[]>();
  for (const row of rows) months.set(row.month, [...(months.get(row.month) ?? []), row]);
  return [...months.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([month, monthRows]) => ({
      month,
      rows: [...monthRows].sort(
        (a, b) => REPORT_CATEGORIES.indexOf(a.category) - REPORT_CATEGORIES.indexOf(b.category),
      ),
      total: monthRows.reduce(
        (sum, row) => ({
          created: sum.created + row.created,
          done: sum.done + row.done,
          open: sum.open + row.open,
        }),
        { created: 0, done: 0, open: 0 },
      ),
    }));
}
