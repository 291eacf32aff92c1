import { describe, expect, it } from "vitest";
import {
  calendarOffices,
  canConfirmIdentity,
  canEditLayer,
  canHandleApplications,
  canHandleReports,
  canKeepCouncil,
  canKeepShops,
  canKeepWasteCalendar,
  canManageAppointments,
  canPublishNotices,
  canSendMessages,
  citizenPath,
  editableLayers,
  isStaffOrAdmin,
  pagesFor,
} from "./permissions";

const citizen = { role: "citizen", department: null } as const;
const clerk = { role: "staff", department: "buergerbuero" } as const;
const buildingOffice = { role: "staff", department: "bauamt" } as const;
const admin = { role: "admin", department: null } as const;
const adminWithDepartment = { role: "admin", department: "ordnungsamt" } as const;

describe("staff permissions", () => {
  it("keeps citizens out of the console", () => {
    expect(isStaffOrAdmin(citizen)).toBe(false);
    expect(pagesFor(citizen)).toEqual([]);
    expect(canSendMessages(citizen)).toBe(false);
    expect(canConfirmIdentity(citizen)).toBe(false);
  });

  it("shows admin pages to admins only", () => {
    expect(pagesFor(clerk).map((p) => p.key)).toEqual([
      "home",
      "chat",
      "applications",
      "citizens",
      "appointments",
      "messages",
      "reports",
    ]);
    expect(pagesFor(admin).map((p) => p.key)).toEqual([
      "home",
      "chat",
      "applications",
      "citizens",
      "appointments",
      "messages",
      "notices",
      "reports",
      "map",
      "business",
      "shops",
      "waste",
      "council",
      "accounts",
      "guide",
      "accessibility",
      "translations",
      "audit",
    ]);
  });

  it("lets only the Ordnungsamt and admins publish city notices", () => {
    const publicOrder = { role: "staff", department: "ordnungsamt" } as const;
    expect(canPublishNotices(publicOrder)).toBe(true);
    expect(pagesFor(publicOrder).map((p) => p.key)).toContain("notices");
    expect(canPublishNotices(clerk)).toBe(false);
    expect(canPublishNotices(admin)).toBe(true);
    expect(canPublishNotices(citizen)).toBe(false);
  });

  it("gives business support to the economic development agency (wirtschaft) and admins", () => {
    const economy = { role: "staff", department: "wirtschaft" } as const;
    expect(pagesFor(economy).map((p) => p.key)).toContain("business");
    expect(pagesFor(buildingOffice).map((p) => p.key)).not.toContain("business");
    expect(pagesFor(citizen).map((p) => p.key)).not.toContain("business");
  });

  it("gives the shop directory's console to the economic development agency (wirtschaft) and admins", () => {
    const economy = { role: "staff", department: "wirtschaft" } as const;
    expect(canKeepShops(economy)).toBe(true);
    expect(pagesFor(economy).map((p) => p.key)).toContain("shops");
    expect(canKeepShops(buildingOffice)).toBe(false);
    expect(pagesFor(buildingOffice).map((p) => p.key)).not.toContain("shops");
    expect(canKeepShops(admin)).toBe(true);
    expect(canKeepShops(citizen)).toBe(false);
  });

  it("gives the waste calendar's console to the Abfallwirtschaft and admins", () => {
    const waste = { role: "staff", department: "abfall" } as const;
    expect(canKeepWasteCalendar(waste)).toBe(true);
    expect(pagesFor(waste).map((p) => p.key)).toContain("waste");
    expect(canKeepWasteCalendar(buildingOffice)).toBe(false);
    expect(pagesFor(buildingOffice).map((p) => p.key)).not.toContain("waste");
    expect(canKeepWasteCalendar(admin)).toBe(true);
    expect(canKeepWasteCalendar(citizen)).toBe(false);
  });

  it("gives the streams and information events to the council office and admins", () => {
    const office = { role: "staff", department: "rat" } as const;
    expect(canKeepCouncil(office)).toBe(true);
    expect(pagesFor(office).map((p) => p.key)).toContain("council");
    expect(canKeepCouncil(buildingOffice)).toBe(false);
    expect(pagesFor(buildingOffice).map((p) => p.key)).not.toContain("council");
    expect(canKeepCouncil(admin)).toBe(true);
    expect(canKeepCouncil(citizen)).toBe(false);
  });

  it("lets only the Bürgerbüro and admins confirm identities", () => {
    expect(canConfirmIdentity(clerk)).toBe(true);
    expect(canConfirmIdentity(buildingOffice)).toBe(false);
    expect(canConfirmIdentity(admin)).toBe(true);
  });

  it("needs a department to send to a postbox", () => {
    expect(canSendMessages(buildingOffice)).toBe(true);
    expect(canSendMessages(admin)).toBe(false);
    expect(canSendMessages(adminWithDepartment)).toBe(true);
  });
});

describe("map layers", () => {
  it("lets each department edit its own layers, admins all of them", () => {
    expect(editableLayers(buildingOffice)).toEqual(["vacant-lots"]);
    expect(canEditLayer(buildingOffice, "wifi")).toBe(false);
    const economy = { role: "staff", department: "wirtschaft" } as const;
    expect(editableLayers(economy)).toEqual(["wifi", "schools", "broadband", "mobile-coverage"]);
    expect(editableLayers(admin)).toHaveLength(5);
    expect(pagesFor(buildingOffice).map((p) => p.key)).toContain("map");
  });

  it("keeps departments without a layer, staff without a department and citizens out", () => {
    expect(editableLayers(clerk)).toEqual([]);
    expect(pagesFor(clerk).map((p) => p.key)).not.toContain("map");
    expect(editableLayers({ role: "staff", department: null })).toEqual([]);
    expect(editableLayers(citizen)).toEqual([]);
  });
});

describe("online applications", () => {
  it("gives every department's staff and admins an inbox", () => {
    expect(canHandleApplications(buildingOffice)).toBe(true);
    expect(pagesFor(buildingOffice).map((p) => p.key)).toContain("applications");
    expect(canHandleApplications(admin)).toBe(true);
  });

  it("keeps citizens and staff without a department out", () => {
    const noDepartment = { role: "staff", department: null } as const;
    expect(canHandleApplications(noDepartment)).toBe(false);
    expect(pagesFor(noDepartment).map((p) => p.key)).not.toContain("applications");
    expect(canHandleApplications(citizen)).toBe(false);
  });
});

describe("defect reports", () => {
  it("gives every department's staff (the Stadtwerke included) and admins the inbox", () => {
    const utility = { role: "staff", department: "stadtwerke" } as const;
    expect(canHandleReports(utility)).toBe(true);
    expect(pagesFor(utility).map((p) => p.key)).toContain("reports");
    expect(pagesFor(buildingOffice).map((p) => p.key)).toContain("reports");
    expect(canHandleReports(admin)).toBe(true);
  });

  it("keeps citizens and staff without a department out", () => {
    const noDepartment = { role: "staff", department: null } as const;
    expect(canHandleReports(noDepartment)).toBe(false);
    expect(pagesFor(noDepartment).map((p) => p.key)).not.toContain("reports");
    expect(canHandleReports(citizen)).toBe(false);
  });
});

describe("appointment calendars", () => {
  const booking = (department: "buergerbuero" | "ordnungsamt") => ({
    counters: 2,
    slotMinutes: 15 as const,
    horizonDays: 60,
    leadMinutes: 120,
    department,
  });
  const offices = [
    { id: "buergerbuero", booking: booking("buergerbuero") },
    { id: "standesamt", booking: undefined },
    { id: "ordnungsamt", booking: booking("ordnungsamt") },
    { id: "kfz-zulassungsstelle", booking: booking("ordnungsamt") },
  ];

  it("shows staff the calendars their department runs", () => {
    expect(calendarOffices(clerk, offices).map((o) => o.id)).toEqual(["buergerbuero"]);
    const publicOrder = { role: "staff", department: "ordnungsamt" } as const;
    expect(calendarOffices(publicOrder, offices).map((o) => o.id)).toEqual([
      "ordnungsamt",
      "kfz-zulassungsstelle",
    ]);
    expect(calendarOffices(buildingOffice, offices)).toEqual([]);
  });

  it("shows admins every office that takes bookings, whatever their department", () => {
    const all = ["buergerbuero", "ordnungsamt", "kfz-zulassungsstelle"];
    expect(calendarOffices(admin, offices).map((o) => o.id)).toEqual(all);
    expect(calendarOffices(adminWithDepartment, offices).map((o) => o.id)).toEqual(all);
  });

  it("keeps citizens and staff without a department out", () => {
    expect(calendarOffices(citizen, offices)).toEqual([]);
    expect(canManageAppointments(citizen)).toBe(false);
    expect(canManageAppointments({ role: "staff", department: null })).toBe(false);
    expect(pagesFor({ role: "staff", department: null }).map((p) => p.key)).not.toContain("appointments");
    expect(canManageAppointments(admin)).toBe(true);
  });
});

describe("citizenPath", () => {
  it("carries the reason as ?grund=, encoded", () => {
    expect(citizenPath("a1", " Antrag 2026-123 ")).toBe("/verwaltung/buerger/a1?grund=Antrag+2026-123");
    expect(new URL(citizenPath("a1", "Termin & Co"), "https://x").searchParams.get("grund")).toBe(
      "Termin & Co",
    );
  });

  it("leaves the reason out when there is none", () => {
    expect(citizenPath("a1")).toBe("/verwaltung/buerger/a1");
    expect(citizenPath("a1", "  ")).toBe("/verwaltung/buerger/a1");
  });
});
