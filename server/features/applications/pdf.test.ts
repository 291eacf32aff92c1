// The receipt and the decision say what they must: read back from the PDF's own content streams.
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { OUTCOME_WORDS_DE } from "../../../src/lib/contract/application-record";
import { decisionPdf, receiptPdf } from "./pdf";

/** The text of a pdfkit PDF: its Flate streams inflated, the hex strings of TJ arrays decoded (WinAnsi). */
function textOf(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf);
  const lines: string[] = [];
  let at = 0;
  for (;;) {
    const start = raw.indexOf(">>\nstream\n", at);
    if (start < 0) break;
    const end = raw.indexOf("\nendstream", start);
    const content = inflateSync(raw.subarray(start + 10, end)).toString("latin1");
    for (const array of content.matchAll(/\[(.*?)\] TJ/g)) {
      const hex = [...(array[1] ?? "").matchAll(/<([0-9a-f]*)>/g)].map((m) => m[1]).join("");
      lines.push(Buffer.from(hex, "hex").toString("latin1"));
    }
    at = end;
  }
  return lines.join("\n");
}

const paper = {
  reference: "A-2345-6789",
  department: "Bauamt",
  applicantName: "Erika Müller",
  applicationTitle: "Bauantrag: Neubau Einfamilienhaus",
  at: new Date("2026-11-27T09:30:00Z"),
};

describe("application papers", () => {
  it("puts reference, time, answers, files, fee and next steps on the receipt", async () => {
    const text = textOf(
      await receiptPdf({
        ...paper,
        lines: [["Flurstück", "345/6"]],
        files: [{ slot: "Lageplan", name: "lageplan.pdf" }],
        fee: "Gebührenfrei",
      }),
    );
    for (const expected of [
      "Eingangsbestätigung",
      "Vorgangsnummer: A-2345-6789",
      "27. November 2026 um 10:30 Uhr",
      "Erika Müller",
      "Flurstück: 345/6",
      "Lageplan: lageplan.pdf",
      "Gebührenfrei",
      "Wie es weitergeht",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("states the outcome, the reasons and the legal remedy on the decision", async () => {
    const text = textOf(
      await decisionPdf({
        ...paper,
        outcome: "rejected",
        reasons: "Das Vorhaben widerspricht dem Bebauungsplan.",
      }),
    );
    expect(text).toContain("Bescheid");
    expect(text).toContain("Ihr Antrag wird abgelehnt.");
    const approved = textOf(await decisionPdf({ ...paper, outcome: "approved", reasons: "Passt." }));
    expect(approved).toContain(`Ihr Antrag wird ${OUTCOME_WORDS_DE.approved}.`);
    expect(text).toContain("Bebauungsplan");
    expect(text).toContain("Verwaltungsgericht");
  });

  it("ends the decision with a summary in Leichte Sprache that fits the outcome", async () => {
    const rejected = textOf(await decisionPdf({ ...paper, outcome: "rejected", reasons: "Zu spät." }));
    expect(rejected).toContain("In Leichter Sprache");
    expect(rejected).toContain("Ihr Antrag ist abgelehnt.");
    expect(rejected).toContain("Verwaltungs·gericht in Oldenburg");
    const partly = textOf(await decisionPdf({ ...paper, outcome: "partly", reasons: "Teilweise." }));
    expect(partly).toContain("Ihr Antrag ist zum Teil genehmigt.");
    expect(partly).not.toContain("Ihr Antrag ist abgelehnt.");
  });
});
