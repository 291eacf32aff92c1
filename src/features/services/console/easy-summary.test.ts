// The services editor's summary in Leichte Sprache: checked as the schema checks it, the rules'
// findings shown as hints, an empty field removing the summary.
import { describe, expect, it } from "vitest";
import { type Service, serviceSchema } from "../../../lib/contract/guide";
import { easySummaryChanged, easySummaryError, easySummaryHints, withEasySummary } from "./easy-summary";

const service: Service = serviceSchema.parse({
  id: "personalausweis",
  category: "identity",
  officeIds: ["buergerbuero"],
  online: "partly",
  appointment: "required",
  durationMinutes: 15,
  fees: [],
  legalBasis: [],
  reviewedAt: "2025-01-01",
  sample: true,
  text: {
    de: {
      title: "Personalausweis",
      summary: "Einen Personalausweis beantragen.",
      description: "Beschreibung des Ausweises.",
      documents: [],
      fees: [],
      processingTime: "3 Wochen",
      keywords: [],
    },
  },
  easySummary: "Sie brauchen einen Ausweis. Sie gehen zum Bürger·büro.",
});

describe("easy summary in the services editor", () => {
  it("refuses too short or too long a summary and takes an empty one", () => {
    expect(easySummaryError("Kurz.")).toBe("staff.guide.errors.easySummary");
    expect(easySummaryError("Wort ".repeat(250))).toBe("staff.guide.errors.easySummary");
    expect(easySummaryError("  ")).toBeUndefined();
    expect(easySummaryError("Sie brauchen einen Ausweis.")).toBeUndefined();
  });

  it("names the rules a text breaks, with the part of the text", () => {
    expect(easySummaryHints("Sie brauchen einen Ausweis. Sie gehen zum Bürger·büro.")).toEqual([]);
    const hints = easySummaryHints("Sie gehen z. B. zum Bürgerbüro. Das ist nicht unmöglich.");
    expect(hints.map((hint) => hint.message).sort()).toEqual(
      [
        "staff.guide.easy.rules.abbreviation",
        "staff.guide.easy.rules.doubleNegation",
        "staff.guide.easy.rules.negation",
      ].sort(),
    );
    const long = easySummaryHints("Sie gehen zur Kraftfahrzeugzulassungsstelle.");
    expect(long).toEqual([
      {
        message: "staff.guide.easy.rules.compound",
        values: { part: expect.stringContaining("Kraftfahrzeug") },
      },
    ]);
  });

  it("writes the summary trimmed, or removes it when emptied", () => {
    expect(withEasySummary(service, "  Sie brauchen ein Foto.  ").easySummary).toBe("Sie brauchen ein Foto.");
    expect("easySummary" in withEasySummary(service, " ")).toBe(false);
    expect(easySummaryChanged(service, `${service.easySummary ?? ""} `)).toBe(false);
    expect(easySummaryChanged(service, "")).toBe(true);
  });
});
