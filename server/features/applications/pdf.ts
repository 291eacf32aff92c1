// The papers of an application as PDF (pdfkit, its built-in Helvetica covers German): the receipt
// (Eingangsbestätigung) at submission and the decision (Bescheid) at the end. Both are written in
// German, the language of the administrative procedure (§ 23 VwVfG).
import PDFDocument from "pdfkit";
import { OUTCOME_WORDS_DE } from "../../../src/lib/contract/application-record";
import { EASY_DECISION_TITLE, easyDecisionSummary } from "../../../src/lib/contract/easy-decision";

export type Paper = {
  reference: string;
  department: string;
  applicantName: string;
  applicationTitle: string;
  /** Instant of submission or decision. */
  at: Date;
};

export type ReceiptPaper = Paper & {
  lines: [string, string][];
  files: { slot: string; name: string }[];
  fee: string;
};

export type DecisionPaper = Paper & { outcome: "approved" | "partly" | "rejected"; reasons: string };

const MARGIN = 56;

const berlin = (at: Date, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", ...options }).format(at);

function render(draw: (doc: PDFKit.PDFDocument) => void, title: string): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    info: { Title: title, Author: "Stadt Delmenhorst" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  draw(doc);
  doc.end();
  return done;
}

function letterhead(doc: PDFKit.PDFDocument, paper: Paper, heading: string): void {
  doc.font("Helvetica-Bold").fontSize(11).text("Stadt Delmenhorst");
  doc.font("Helvetica").text(paper.department);
  doc.text("Rathausplatz 1, 27749 Delmenhorst");
  doc.moveDown(2);
  doc.text(paper.applicantName);
  doc.moveDown(2);
  doc.text(`Delmenhorst, ${berlin(paper.at, { dateStyle: "long" })}`, { align: "right" });
  doc.moveDown();
  doc.font("Helvetica-Bold").fontSize(16).text(heading);
  doc.fontSize(11).font("Helvetica").moveDown(0.5);
  doc.text(`Vorgangsnummer: ${paper.reference}`);
  doc.text(`Antrag: ${paper.applicationTitle}`);
  doc.moveDown();
}

function footer(doc: PDFKit.PDFDocument): void {
  doc.moveDown(2);
  doc
    .fontSize(9)
    .fillColor("#444444")
    .text("Dieses Schreiben wurde elektronisch erstellt und ist ohne Unterschrift gültig.");
}

export function receiptPdf(paper: ReceiptPaper): Promise<Uint8Array> {
  return render((doc) => {
    letterhead(doc, paper, "Eingangsbestätigung");
    doc.text(
      `Ihr Antrag ist am ${berlin(paper.at, { dateStyle: "long" })} um ${berlin(paper.at, { timeStyle: "short" })} Uhr ` +
        "bei uns eingegangen. Bitte geben Sie bei Fragen die Vorgangsnummer an.",
    );
    doc.moveDown();
    doc.font("Helvetica-Bold").text("Ihre Angaben");
    doc.font("Helvetica");
    for (const [label, value] of paper.lines) doc.text(`${label}: ${value}`);
    doc.moveDown();
    doc.font("Helvetica-Bold").text("Unterlagen");
    doc.font("Helvetica");
    if (paper.files.length === 0) doc.text("Keine");
    for (const file of paper.files) doc.text(`${file.slot}: ${file.name}`);
    doc.moveDown();
    doc.font("Helvetica-Bold").text("Gebühr");
    doc.font("Helvetica").text(paper.fee);
    doc.moveDown();
    doc.font("Helvetica-Bold").text("Wie es weitergeht");
    doc
      .font("Helvetica")
      .text(
        "Wir prüfen Ihren Antrag. Fehlt etwas, stellen wir Ihnen eine Rückfrage in der App; Sie antworten dort " +
          "und können Unterlagen nachreichen. Den Stand sehen Sie jederzeit unter „Meine Anträge“. Die " +
          "Entscheidung (Bescheid) erhalten Sie in Ihr Postfach im Bürgerkonto.",
      );
    footer(doc);
  }, `Eingangsbestätigung ${paper.reference}`);
}

// In Lower Saxony an objection (Widerspruch) is mostly not available (§ 80 NJG); the remedy is an
// action at the administrative court, which for Delmenhorst is Oldenburg.
const LEGAL_REMEDY =
  "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht " +
  "Oldenburg, Schloßplatz 10, 26122 Oldenburg, erhoben werden.";

export function decisionPdf(paper: DecisionPaper): Promise<Uint8Array> {
  return render((doc) => {
    letterhead(doc, paper, "Bescheid");
    doc.font("Helvetica-Bold").text(`Ihr Antrag wird ${OUTCOME_WORDS_DE[paper.outcome]}.`);
    doc.moveDown();
    doc.text("Begründung");
    doc.font("Helvetica").text(paper.reasons);
    doc.moveDown();
    doc.font("Helvetica-Bold").text("Rechtsbehelfsbelehrung");
    doc.font("Helvetica").text(LEGAL_REMEDY);
    doc.moveDown();
    doc.font("Helvetica-Bold").text(EASY_DECISION_TITLE);
    doc.font("Helvetica");
    for (const paragraph of easyDecisionSummary(paper.outcome)) doc.text(paragraph).moveDown(0.5);
    footer(doc);
  }, `Bescheid ${paper.reference}`);
}
