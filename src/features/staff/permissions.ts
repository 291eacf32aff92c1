// What each role may do in the staff console. The server decides (server/http/session.ts
// requireStaff/requireAdmin); the console only hides what would be refused anyway.
import type { AccountSummary } from "../../lib/contract/account";
import type { Office } from "../../lib/contract/guide";
import { LAYER_DEPARTMENTS, MAP_LAYERS, type MapLayer } from "../../lib/contract/map-constants";
import { SHOPS_DEPARTMENT } from "../../lib/contract/shops-constants";

type Who = Pick<AccountSummary, "role" | "department">;

export const isStaffOrAdmin = (who: Who) => who.role === "staff" || who.role === "admin";
export const isAdmin = (who: Who) => who.role === "admin";

/** Identity checks happen at the citizens' office counter (Bürgerbüro). */
export const canConfirmIdentity = (who: Who) =>
  who.role === "admin" || (who.role === "staff" && who.department === "buergerbuero");

/** A postbox message names the department that sent it: without one there is no sender. */
export const canSendMessages = (who: Who) => isStaffOrAdmin(who) && who.department !== null;

/** City notices are the public-order office's (Ordnungsamt) to publish; admins may stand in. */
export const canPublishNotices = (who: Who) =>
  who.role === "admin" || (who.role === "staff" && who.department === "ordnungsamt");

/**
 * An office's calendar belongs to the department named in its booking settings; admins see every
 * calendar. Staff without a department run none.
 */
export const canManageAppointments = (who: Who) =>
  who.role === "admin" || (who.role === "staff" && who.department !== null);

/**
 * Online applications go to the department named in their definition; its staff handle them,
 * admins see every department's. Staff without a department have no inbox.
 */
export const canHandleApplications = (who: Who) =>
  who.role === "admin" || (who.role === "staff" && who.department !== null);

/**
 * The Bürgerbüro chat's agents: staff of the departments the chat settings name (the Bürgerbüro
 * unless an admin adds more) and admins. The server decides; staff of other departments see its refusal.
 */
export const canChat = (who: Who) =>
  who.role === "admin" || (who.role === "staff" && who.department !== null);

/**
 * Defect reports go to the department of their category and may be forwarded to any department or
 * the Stadtwerke, so every department's staff have an inbox (the server's scope in
 * server/features/reports/staff-service.ts); admins see every department's.
 */
export const canHandleReports = (who: Who) =>
  who.role === "admin" || (who.role === "staff" && who.department !== null);

/** Business support (consultations, digital providers, funding) is the economic development agency's. */
export const canSupportBusinesses = (who: Who) =>
  who.role === "admin" || (who.role === "staff" && who.department === "wirtschaft");

/** Delmenhorst Shopping's directory and its merchants are the economic development agency's. */
export const canKeepShops = (who: Who) =>
  who.role === "admin" || (who.role === "staff" && who.department === SHOPS_DEPARTMENT);

/** The waste calendar: the Abfallwirtschaft (server/features/waste/service.ts WASTE_DEPARTMENT) and admins. */
export const canKeepWasteCalendar = (who: Who) =>
  who.role === "admin" || (who.role === "staff" && who.department === "abfall");

/** Streams and information events: the council office (server/features/council/streams.ts COUNCIL_DEPARTMENT) and admins. */
export const canKeepCouncil = (who: Who) =>
  who.role === "admin" || (who.role === "staff" && who.department === "rat");

/** A map layer is kept by one department (LAYER_DEPARTMENTS); admins may edit every layer. */
export const canEditLayer = (who: Who, layer: MapLayer) =>
  who.role === "admin" || (who.role === "staff" && who.department === LAYER_DEPARTMENTS[layer]);

/** The map layers this person may edit, in the map's order. */
export const editableLayers = (who: Who): MapLayer[] =>
  MAP_LAYERS.filter((layer) => canEditLayer(who, layer));

/** The offices taking online bookings whose day view this person may open. */
export function calendarOffices<T extends Pick<Office, "booking">>(who: Who, offices: readonly T[]): T[] {
  if (!isStaffOrAdmin(who)) return [];
  return offices.filter(
    (office) =>
      office.booking !== undefined && (isAdmin(who) || office.booking.department === who.department),
  );
}

export type StaffPageKey =
  | "home"
  | "chat"
  | "applications"
  | "citizens"
  | "appointments"
  | "messages"
  | "notices"
  | "reports"
  | "map"
  | "business"
  | "shops"
  | "waste"
  | "council"
  | "accounts"
  | "guide"
  | "accessibility"
  | "translations"
  | "audit";

export type StaffPageLink = {
  key: StaffPageKey;
  href: string;
  end: boolean;
  adminOnly: boolean;
  /** A page for some departments only. */
  allowed?: (who: Who) => boolean;
  /** Translation keys of its name and task when they are not staff.nav.<key> / staff.home.tasks.<key>. */
  labels?: { nav: string; task: string };
};

export const STAFF_PAGES: readonly StaffPageLink[] = [
  { key: "home", href: "/verwaltung", end: true, adminOnly: false },
  { key: "chat", href: "/verwaltung/chat", end: false, adminOnly: false, allowed: canChat },
  {
    key: "applications",
    href: "/verwaltung/antraege",
    end: false,
    adminOnly: false,
    allowed: canHandleApplications,
  },
  { key: "citizens", href: "/verwaltung/buerger", end: false, adminOnly: false },
  {
    key: "appointments",
    href: "/verwaltung/termine",
    end: false,
    adminOnly: false,
    allowed: canManageAppointments,
  },
  { key: "messages", href: "/verwaltung/nachrichten", end: false, adminOnly: false },
  { key: "notices", href: "/verwaltung/meldungen", end: false, adminOnly: false, allowed: canPublishNotices },
  { key: "reports", href: "/verwaltung/maengel", end: false, adminOnly: false, allowed: canHandleReports },
  {
    key: "map",
    href: "/verwaltung/karte",
    end: false,
    adminOnly: false,
    allowed: (who) => editableLayers(who).length > 0,
  },
  {
    key: "business",
    href: "/verwaltung/wirtschaft",
    end: false,
    adminOnly: false,
    allowed: canSupportBusinesses,
  },
  {
    key: "shops",
    href: "/verwaltung/einkaufen",
    end: false,
    adminOnly: false,
    allowed: canKeepShops,
    // The shop console's texts live with the merchants' (src/locales/merchant/).
    labels: { nav: "merchant.console.nav", task: "merchant.console.task" },
  },
  { key: "waste", href: "/verwaltung/abfall", end: false, adminOnly: false, allowed: canKeepWasteCalendar },
  { key: "council", href: "/verwaltung/rat", end: false, adminOnly: false, allowed: canKeepCouncil },
  { key: "accounts", href: "/verwaltung/mitarbeitende", end: false, adminOnly: true },
  { key: "guide", href: "/verwaltung/inhalte", end: false, adminOnly: true },
  { key: "accessibility", href: "/verwaltung/barrierefreiheit", end: false, adminOnly: true },
  { key: "translations", href: "/verwaltung/uebersetzungen", end: false, adminOnly: true },
  { key: "audit", href: "/verwaltung/protokoll", end: false, adminOnly: true },
];

/** The console pages this person may open, in navigation order. */
export function pagesFor(who: Who): StaffPageLink[] {
  if (!isStaffOrAdmin(who)) return [];
  return STAFF_PAGES.filter((page) => (!page.adminOnly || isAdmin(who)) && (page.allowed?.(who) ?? true));
}

/**
 * The citizen page takes the reason from the search (?grund=), so a search for one purpose does
 * not ask twice; the reason is a case reference, not personal data.
 */
export function citizenPath(id: string, reason?: string): string {
  const path = `/verwaltung/buerger/${encodeURIComponent(id)}`;
  const trimmed = reason?.trim();
  return trimmed ? `${path}?${new URLSearchParams({ grund: trimmed }).toString()}` : path;
}
