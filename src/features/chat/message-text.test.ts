import { describe, expect, it } from "vitest";
import { textParts } from "./message-text";

describe("textParts", () => {
  it("makes https addresses links and leaves the sentence's punctuation outside", () => {
    expect(textParts("Siehe https://www.delmenhorst.de/ausweis. Danke")).toEqual([
      { kind: "text", text: "Siehe " },
      {
        kind: "link",
        text: "https://www.delmenhorst.de/ausweis",
        href: "https://www.delmenhorst.de/ausweis",
      },
      { kind: "text", text: ". Danke" },
    ]);
  });

  it("leaves http, javascript and data addresses as text", () => {
    for (const text of ["http://example.org", "javascript:alert(1)", "data:text/html,<b>x</b>"])
      expect(textParts(text)).toEqual([{ kind: "text", text }]);
  });

  it("keeps markup as text", () => {
    expect(textParts("<img src=x onerror=alert(1)>")).toEqual([
      { kind: "text", text: "<img src=x onerror=alert(1)>" },
    ]);
  });

  it("finds several links", () => {
    const parts = textParts("https://a.example und https://b.example");
    expect(parts.filter((p) => p.kind === "link").map((p) => p.text)).toEqual([
      "https://a.example",
      "https://b.example",
    ]);
  });
});
