// What is next for the resident, from what this device holds: the start page's overview (issue 22).
// Pure, so the order and the rules are tested without a browser. Types only from the contracts: the
// overview's chunk loads no zod (what the device holds was checked when the sync stored it).
import type { PostboxMessage } from "../../lib/contract/account";
import type { Application } from "../../lib/contract/application-record";
import type { Appointment } from "../../lib/contract/appointments";
import { addDays, berlinDate } from "../../lib/contract/berlin-time";
import type { MyReport, ReportStatus } from "../../lib/contract/reports";
import type { Warning } from "../../lib/contract/warnings";
import type { BinType } from "../../lib/contract/waste-address";
import { partition, relate } from "../warnings/model";

/** What the overview reads from the device. */
export type OverviewInput = {
  warnings: readonly Warning[];
  /** The collection days of the district the resident picked on /abfall; null when none is picked. */
  wasteDays: readonly { date: string; bins: readonly BinType[] }[] | null;
  appointments: readonly Appointment[];
  postbox: readonly Pick<PostboxMessage, "openedAt">[];
  applications: readonly Pick<Application, "id" | "title" | "status" | "updatedAt">[];
  reports: readonly Pick<MyReport, "id" | "category" | "status" | "address" | "updatedAt">[];
  /** What the resident has seen ("application:<id>", "report:<id>" → the status seen then). */
  seen: ReadonlyMap<string, string>;
};

export type OverviewItem =
  | { kind: "warning"; warning: Warning; count: number }
  | { kind: "bins"; date: string; bins: readonly BinType[] }
  | { kind: "appointment"; appointment: Appointment }
  | { kind: "postbox"; unread: number }
  | { kind: "application"; id: string; title: string; status: "question" | "decided" }
  | {
      kind: "report";
      id: string;
      category: MyReport["category"];
      status: ReportStatus;
      address: string | null;
    };

/** At most this many applications and reports each: the overview points, the lists show all. */
export const MAX_PER_KIND = 3;

const newestFirst = (a: { updatedAt: string }, b: { updatedAt: string }) =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;

/**
 * In the order: the most severe warning in force; tomorrow's bins; the next appointment;
 * unread postbox messages; applications with a question from the office or newly decided; the
 * resident's reports whose status changed since they last looked.
 */
export function overviewItems(input: OverviewInput, now: number): OverviewItem[] {
  const items: OverviewItem[] = [];

  const { active } = partition(relate(input.warnings, now));
  const mostSevere = active[0];
  if (mostSevere) items.push({ kind: "warning", warning: mostSevere.warning, count: active.length });

  const tomorrow = addDays(berlinDate(now), 1);
  const binsTomorrow = input.wasteDays?.find((day) => day.date === tomorrow);
  if (binsTomorrow && binsTomorrow.bins.length > 0)
    items.push({ kind: "bins", date: tomorrow, bins: binsTomorrow.bins });

  const next = input.appointments
    .filter((a) => (a.status === "confirmed" || a.status === "held") && Date.parse(a.end) > now)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0];
  if (next) items.push({ kind: "appointment", appointment: next });

  const unread = input.postbox.filter((message) => message.openedAt === null).length;
  if (unread > 0) items.push({ kind: "postbox", unread });

  const applications = input.applications
    .filter(
      (a) =>
        a.status === "question" ||
        (a.status === "decided" && input.seen.get(`application:${a.id}`) !== "decided"),
    )
    .sort(newestFirst)
    .slice(0, MAX_PER_KIND);
  for (const a of applications)
    items.push({
      kind: "application",
      id: a.id,
      title: a.title,
      status: a.status === "question" ? "question" : "decided",
    });

  // A report's first status is the one it was sent with: only a later one is news.
  const reports = input.reports
    .filter((r) => r.status !== "received" && input.seen.get(`report:${r.id}`) !== r.status)
    .sort(newestFirst)
    .slice(0, MAX_PER_KIND);
  for (const r of reports)
    items.push({ kind: "report", id: r.id, category: r.category, status: r.status, address: r.address });

  return items;
}
