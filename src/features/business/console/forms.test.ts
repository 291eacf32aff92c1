import { describe, expect, it } from "vitest";
import {
  checkProgramme,
  checkProvider,
  emptyProgramme,
  emptyProvider,
  faultErrors,
  PROGRAMME_FIELDS,
  type ProgrammeForm,
  slugOf,
} from "./forms";

const TODAY = "2026-11-28";
const programme = (overrides: Partial<ProgrammeForm> = {}): ProgrammeForm => ({
  ...emptyProgramme(TODAY),
  id: "ladenstart",
  name: "Ladenstart",
  provider: "dwfg",
  targetGroup: "Gründerinnen und Gründer",
  funds: "Zuschuss zur Miete",
  amount: "bis zu 6.000 €",
  ...overrides,
});

describe("slugOf", () => {
  it("makes a readable id of a German name", () => {
    expect(slugOf("Beispiel: Förderung für Läden & Cafés")).toBe("beispiel-foerderung-fuer-laeden-cafes");
    expect(slugOf("  Straße 2025 ")).toBe("strasse-2025");
  });
});

describe("checkProgramme", () => {
  it("sends empty dates and links as null", () => {
    const checked = checkProgramme(programme(), TODAY);
    expect(checked).toMatchObject({
      ok: true,
      id: "ladenstart",
      write: { deadline: null, startsOn: null, endsOn: null, url: null, statusAsOf: TODAY },
    });
  });

  it("refuses open after the end or the deadline, as the server does", () => {
    const ended = checkProgramme(programme({ endsOn: "2023-12-31" }), TODAY);
    expect(ended).toEqual({ ok: false, errors: { status: "business.console.errors.status" } });
    expect(checkProgramme(programme({ deadline: "2026-11-27" }), TODAY).ok).toBe(false);
    expect(checkProgramme(programme({ endsOn: "2023-12-31", status: "closed" }), TODAY).ok).toBe(true);
    expect(checkProgramme(programme({ deadline: TODAY }), TODAY).ok).toBe(true);
  });

  it("refuses a taken or malformed id for a new programme, and the contract's date order", () => {
    expect(checkProgramme(programme(), TODAY, new Set(["ladenstart"]))).toEqual({
      ok: false,
      errors: { id: "business.console.errors.idTaken" },
    });
    expect(checkProgramme(programme({ id: "Laden Start" }), TODAY)).toMatchObject({ ok: false });
    expect(checkProgramme(programme({ id: "neu" }), TODAY)).toMatchObject({ ok: false });
    expect(checkProgramme(programme({ startsOn: "2027-05-01", endsOn: "2027-01-01" }), TODAY)).toEqual({
      ok: false,
      errors: { endsOn: "business.console.errors.endsOn" },
    });
  });
});

describe("checkProvider", () => {
  it("needs a name, a service and a description; sends the services in the contract's order", () => {
    expect(checkProvider({ ...emptyProvider(), id: "neu-anbieter" })).toEqual({
      ok: false,
      errors: {
        name: "business.console.errors.name",
        services: "business.console.errors.services",
        description: "business.console.errors.description",
      },
    });
    const checked = checkProvider({
      ...emptyProvider(),
      id: "webwerkstatt",
      name: "Webwerkstatt",
      services: ["security", "website"],
      description: "Baut Websites für kleine Betriebe.",
      website: "https://webwerkstatt.example.org",
    });
    expect(checked).toMatchObject({ ok: true, write: { services: ["website", "security"], phone: null } });
  });
});

describe("faultErrors", () => {
  it("puts the server's faults on the form's fields", () => {
    const faults = [
      { path: "status", message: "the end or the deadline has passed" },
      { path: "services.0", message: "invalid option" },
    ];
    expect(faultErrors(faults, PROGRAMME_FIELDS)).toEqual({ status: "business.console.errors.status" });
  });
});
