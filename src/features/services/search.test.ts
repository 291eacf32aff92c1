import { describe, expect, it } from "vitest";
import { createServiceIndex, normalizeTerm, searchServices } from "./search";

const documents = [
  {
    id: "personalausweis",
    title: "Personalausweis beantragen",
    summary: "Neuer Ausweis",
    keywords: "Perso ID",
  },
  { id: "anmeldung", title: "Wohnsitz anmelden", summary: "Nach dem Umzug", keywords: "Anmeldung Umzug" },
  { id: "hundesteuer", title: "Hund anmelden", summary: "Hundesteuer zahlen", keywords: "Hundemarke Steuer" },
  { id: "fuehrungszeugnis", title: "Führungszeugnis", summary: "Für den Arbeitgeber", keywords: "Zeugnis" },
];

describe("services search", () => {
  const index = createServiceIndex(documents);

  it("forgives typos", () => {
    expect(searchServices(index, "Personalausweiss")[0]).toBe("personalausweis");
    expect(searchServices(index, "Fürungszeugnis")[0]).toBe("fuehrungszeugnis");
  });

  it("finds words by their beginning while typing", () => {
    expect(searchServices(index, "Perso")[0]).toBe("personalausweis");
  });

  it("meets German word forms and spellings without umlauts", () => {
    expect(searchServices(index, "Anmeldungen")).toContain("anmeldung");
    expect(searchServices(index, "Fuehrungszeugnis")[0]).toBe("fuehrungszeugnis");
    expect(normalizeTerm("Anmeldungen")).toBe(normalizeTerm("Anmeldung"));
  });

  it("finds a service by a keyword that is not in its title", () => {
    expect(searchServices(index, "Steuer")).toContain("hundesteuer");
  });

  it("returns nothing for an empty query", () => {
    expect(searchServices(index, "  ")).toEqual([]);
  });
});
