import { describe, expect, it } from "vitest";
import { agendaText, instantOf, localInput, parseAgenda, parseClock, parseDocuments } from "./console-forms";

describe("the console's form conversions", () => {
  it("reads a programme one item a line, numbers in front", () => {
    const agenda = parseAgenda("1 Begrüßung\n\n 4.3 Bericht der Verwaltung \nPause\n10. Fragen");
    expect(agenda).toEqual([
      { number: "1", name: "Begrüßung" },
      { number: "4.3", name: "Bericht der Verwaltung" },
      { number: null, name: "Pause" },
      { number: "10.", name: "Fragen" },
    ]);
    expect(agendaText({ agenda: agenda.map((item, i) => ({ ...item, id: `${i}` })) })).toBe(
      "1 Begrüßung\n4.3 Bericht der Verwaltung\nPause\n10. Fragen",
    );
  });
  it("reads documents as name | address and names the lines it cannot", () => {
    expect(parseDocuments("Entwurf | https://x.de/a.pdf\nohne Adresse\nPlan | ftp://x")).toEqual({
      documents: [{ name: "Entwurf", url: "https://x.de/a.pdf" }],
      invalid: ["ohne Adresse", "Plan | ftp://x"],
    });
  });
  it("reads times as seconds, minutes:seconds or hours:minutes:seconds", () => {
    expect(parseClock("90")).toBe(90);
    expect(parseClock("12:30")).toBe(750);
    expect(parseClock("1:02:05")).toBe(3725);
    expect(parseClock("1:75")).toBeUndefined();
    expect(parseClock("abc")).toBeUndefined();
  });
  it("a stored instant survives the datetime-local field", () => {
    const iso = "2027-01-20T17:00:00.000Z";
    expect(instantOf(localInput(iso))).toBe(iso);
    expect(instantOf("")).toBeUndefined();
  });
});
