import { describe, expect, it } from "vitest";
import type { Office, Service } from "../../lib/contract/guide";
import {
  bookableServicesAt,
  bookingOfficeFor,
  commonVisitTypes,
  maxPersons,
  mergeChecklist,
  totalDuration,
} from "./visit";

const text = (title: string, documents: string[]) => ({
  title,
  summary: "Eine kurze Zusammenfassung.",
  description: "Eine längere Beschreibung.",
  documents,
  fees: [],
  processingTime: "sofort",
  keywords: [],
});

function service(
  id: string,
  overrides: Partial<Service> = {},
  de: string[] = [],
  en: string[] = [],
): Service {
  return {
    id,
    category: "identity",
    officeIds: ["buergerbuero"],
    online: "no",
    appointment: "required",
    durationMinutes: 20,
    fees: [],
    legalBasis: [],
    reviewedAt: "2026-11-01",
    sample: true,
    text: { de: text(id, de), en: text(id, en) },
    ...overrides,
  };
}

function office(id: string, booking: boolean): Office {
  return {
    id,
    address: { street: "Rathausplatz 1", postalCode: "27749", city: "Delmenhorst" },
    geo: { lat: 53.05, lon: 8.63 },
    openingHours: "Mo-Fr 08:00-12:00",
    phone: "04221 99-0",
    email: "info@example.org",
    accessibility: { wheelchair: "yes", accessibleToilet: true, hearingLoop: false, disabledParking: true },
    ...(booking
      ? {
          booking: {
            counters: 2,
            slotMinutes: 10,
            horizonDays: 60,
            leadMinutes: 120,
            department: "buergerbuero",
          },
        }
      : {}),
    reviewedAt: "2026-11-01",
    sample: true,
    text: {
      de: { name: id, description: "Ein Standort der Stadt." },
      en: { name: id, description: "An office of the city." },
    },
  };
}

describe("the checklist of a visit", () => {
  it("lists every service's documents once, in order, in the chosen language", () => {
    const id = service(
      "personalausweis",
      {},
      ["Bisheriger Ausweis", "Ein biometrisches Passfoto"],
      ["Previous identity card", "A biometric passport photo"],
    );
    const cert = service(
      "meldebescheinigung",
      {},
      ["bisheriger  Ausweis ", "Geld für die Gebühr"],
      ["Previous identity card", "Money for the fee"],
    );
    expect(mergeChecklist([id, cert], "de")).toEqual([
      "Bisheriger Ausweis",
      "Ein biometrisches Passfoto",
      "Geld für die Gebühr",
    ]);
    expect(mergeChecklist([id, cert], "en")).toEqual([
      "Previous identity card",
      "A biometric passport photo",
      "Money for the fee",
    ]);
  });

  it("is empty when no service asks for anything", () => {
    expect(mergeChecklist([service("a"), service("b")], "de")).toEqual([]);
  });
});

describe("the ways a visit can take place", () => {
  it("keeps only what every service allows, on site when a service has no rules", () => {
    const video = service("bauantrag", { booking: { maxPersons: 1, visitTypes: ["on-site", "video"] } });
    const all = service("hilfe", { booking: { maxPersons: 1, visitTypes: ["video", "phone", "on-site"] } });
    expect(commonVisitTypes([video, all])).toEqual(["on-site", "video"]);
    expect(commonVisitTypes([video, all, service("plain")])).toEqual(["on-site"]);
    expect(commonVisitTypes([all])).toEqual(["on-site", "phone", "video"]);
  });

  it("can be nothing when the services have no way in common", () => {
    const phone = service("a", { booking: { maxPersons: 1, visitTypes: ["phone"] } });
    const video = service("b", { booking: { maxPersons: 1, visitTypes: ["video"] } });
    expect(commonVisitTypes([phone, video])).toEqual([]);
  });
});

describe("the length of a visit", () => {
  it("adds each service's minutes per person", () => {
    const services = [
      service("personalausweis", { durationMinutes: 20 }),
      service("meldebescheinigung", { durationMinutes: 5 }),
    ];
    const lines = [
      { serviceId: "personalausweis", persons: 2 },
      { serviceId: "meldebescheinigung", persons: 1 },
    ];
    expect(totalDuration(lines, services)).toBe(45);
    expect(totalDuration([], services)).toBe(0);
  });
});

describe("what can be booked where", () => {
  const offices = [office("standesamt", false), office("buergerbuero", true)];

  it("offers only services that take appointments at that office", () => {
    const services = [
      service("personalausweis"),
      service("abmeldung", { appointment: "no" }),
      service("geburt", { officeIds: ["standesamt"] }),
    ];
    expect(bookableServicesAt(services, "buergerbuero").map((s) => s.id)).toEqual(["personalausweis"]);
  });

  it("books a service at the first of its offices that takes online bookings", () => {
    expect(bookingOfficeFor(service("x", { officeIds: ["standesamt", "buergerbuero"] }), offices)?.id).toBe(
      "buergerbuero",
    );
    expect(bookingOfficeFor(service("y", { officeIds: ["standesamt"] }), offices)).toBeUndefined();
    expect(bookingOfficeFor(service("z", { appointment: "no" }), offices)).toBeUndefined();
  });

  it("books one person when a service has no rules", () => {
    expect(maxPersons(service("a"))).toBe(1);
    expect(maxPersons(service("b", { booking: { maxPersons: 5, visitTypes: ["on-site"] } }))).toBe(5);
  });
});
