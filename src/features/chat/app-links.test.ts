import { describe, expect, it } from "vitest";
import { appLinksIn } from "./app-links";

const ORIGIN = "https://app.delmenhorst.de";

describe("appLinksIn", () => {
  it("finds guide pages, offices and bookings of the app's own origin, once each", () => {
    const text =
      "Siehe https://app.delmenhorst.de/dienstleistungen/personalausweis. Das Amt: " +
      "https://app.delmenhorst.de/standorte/buergerbuero-mitte, Termin: " +
      "https://app.delmenhorst.de/termine?dienst=personalausweis und nochmal " +
      "https://app.delmenhorst.de/dienstleistungen/personalausweis";
    expect(appLinksIn(text, ORIGIN)).toEqual([
      { kind: "service", id: "personalausweis" },
      { kind: "office", id: "buergerbuero-mitte" },
      { kind: "booking", serviceId: "personalausweis" },
    ]);
  });

  it("ignores other origins, other pages and odd ids", () => {
    const text = [
      "https://evil.example/dienstleistungen/personalausweis",
      "http://app.delmenhorst.de/dienstleistungen/personalausweis",
      "https://app.delmenhorst.de/mehr",
      "https://app.delmenhorst.de/dienstleistungen/a/b",
      "https://app.delmenhorst.de/termine",
      "https://app.delmenhorst.de/dienstleistungen/%3Cscript%3E",
    ].join(" ");
    expect(appLinksIn(text, ORIGIN)).toEqual([]);
  });

  it("works on a plain http origin (a local server)", () => {
    expect(
      appLinksIn("http://127.0.0.1:4173/termine?dienst=meldebescheinigung", "http://127.0.0.1:4173"),
    ).toEqual([{ kind: "booking", serviceId: "meldebescheinigung" }]);
  });
});
