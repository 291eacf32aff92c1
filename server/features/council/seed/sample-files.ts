// The sample papers' documents (not real council documents): rendered to PDF by the seed with pdfkit
// and kept in the file cache, so opening and searching files works without an OParl server. Keyed by
// the file's OParl id in council.json. Every page says it is sample content.
import PDFDocument from "pdfkit";

export const SAMPLE_NOTE = "Beispielinhalt – keine echte Vorlage der Stadt Delmenhorst.";

type SampleDocument = { title: string; paragraphs: string[] };

export const SAMPLE_FILES: Record<string, SampleDocument> = {
  "https://sample.invalid/oparl/files/v1": {
    title: "Beschlussvorlage BV 2026/0142 – Bebauungsplan Nr. 42 „Am Wollepark“, Aufstellungsbeschluss",
    paragraphs: [
      "Beschlussvorschlag: Der Rat der Stadt Delmenhorst beschließt die Aufstellung des Bebauungsplans Nr. 42 „Am Wollepark“ gemäß § 2 Abs. 1 BauGB für den in der Anlage dargestellten Geltungsbereich.",
      "Sachverhalt: Das Gebiet zwischen Wollepark und Westtangente ist heute überwiegend durch mehrgeschossige Wohngebäude aus den 1970er-Jahren geprägt. Mit dem Bebauungsplan sollen die planungsrechtlichen Voraussetzungen für eine behutsame Nachverdichtung, eine neue Kindertagesstätte und öffentliche Grünflächen geschaffen werden.",
      "Die Entwässerung des Gebiets soll über ein offenes Regenrückhaltebecken am Nordrand erfolgen; das Niederschlagswasser wird gedrosselt in die Delme abgeleitet. Ein Fachgutachten zur Versickerungsfähigkeit des Bodens wird im weiteren Verfahren eingeholt.",
      "Die frühzeitige Beteiligung der Öffentlichkeit nach § 3 Abs. 1 BauGB soll in Form einer Bürgerversammlung im Stadtteilzentrum stattfinden. Finanzielle Auswirkungen: Planungskosten von rund 85.000 Euro sind im Haushalt 2027 veranschlagt.",
    ],
  },
  "https://sample.invalid/oparl/files/v2": {
    title: "Beschlussvorlage BV 2026/0155 – Sanierung der Turnhalle an der Grundschule Deichhorst",
    paragraphs: [
      "Beschlussvorschlag: Der Ausschuss für Schule, Bildung und Sport beschließt die Sanierung der Turnhalle an der Grundschule Deichhorst in den Sommerferien 2027 mit Gesamtkosten von 1,2 Millionen Euro.",
      "Sachverhalt: Die Turnhalle wurde 1974 errichtet. Der Hallenboden ist abgenutzt und weist Unebenheiten auf, der Prallschutz an den Stirnwänden entspricht nicht mehr der DIN 18032. Die Sanitärräume und Umkleiden sind nicht barrierefrei erreichbar.",
      "Vorgesehen sind ein neuer flächenelastischer Sportboden, Prallschutzwände, eine barrierefreie Umkleide mit Dusche sowie der Austausch der Beleuchtung gegen LED-Leuchten. Der Vereinssport weicht während der Bauzeit in die Sporthalle am Brendel aus.",
    ],
  },
  "https://sample.invalid/oparl/files/v3": {
    title: "Antrag AN 2026/0031 – Sichere Radwege in der Innenstadt",
    paragraphs: [
      "Antrag: Die Verwaltung wird beauftragt, bis zum Frühjahr 2027 ein Konzept für durchgängige, baulich getrennte Radwege zwischen Bahnhof, Rathaus und Markthalle vorzulegen.",
      "Begründung: Auf der Langen Straße und der Bahnhofstraße kommt es regelmäßig zu gefährlichen Situationen zwischen Radfahrenden, Lieferverkehr und parkenden Autos. Geschützte Radfahrstreifen und Fahrradbügel an den Haltestellen würden den Umstieg auf das Rad erleichtern.",
      "Das Konzept soll Kosten, mögliche Fördermittel des Landes Niedersachsen und einen Zeitplan benennen.",
    ],
  },
  "https://sample.invalid/oparl/files/v4": {
    title: "Beschlussvorlage BV 2026/0170 – Haushaltssatzung 2027",
    paragraphs: [
      "Beschlussvorschlag: Der Rat beschließt die Haushaltssatzung der Stadt Delmenhorst für das Haushaltsjahr 2027 in der vorgelegten Fassung.",
      "Der Ergebnishaushalt weist ordentliche Erträge von 412 Millionen Euro und ordentliche Aufwendungen von 418 Millionen Euro aus. Der Fehlbetrag soll durch Rücklagen gedeckt werden. Die Hebesätze der Grundsteuer und der Gewerbesteuer bleiben unverändert.",
      "Schwerpunkte der Investitionen sind Schulbau, Kindertagesstätten, die Sanierung von Brücken und die Digitalisierung der Verwaltung.",
    ],
  },
  "https://sample.invalid/oparl/files/v5": {
    title: "Anfrage AF 2026/0012 – Zustand der Spielplätze",
    paragraphs: [
      "Anfrage: Wie viele öffentliche Spielplätze unterhält die Stadt, und bei wie vielen wurden bei der jährlichen Hauptinspektion Mängel an Spielgeräten festgestellt?",
      "Welche Spielplätze sollen in den kommenden zwei Jahren erneuert werden, und wie werden Kinder und Eltern an der Planung beteiligt?",
    ],
  },
};

/** One sample document as a small real PDF (A4, pdfkit's Helvetica covers German). */
export function renderSamplePdf(document: SampleDocument): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    info: { Title: document.title, Author: "Stadt Delmenhorst (Beispiel)" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  doc.font("Helvetica-Oblique").fontSize(9).text(SAMPLE_NOTE).moveDown();
  doc.font("Helvetica-Bold").fontSize(14).text(document.title).moveDown();
  doc.font("Helvetica").fontSize(11);
  for (const paragraph of document.paragraphs) doc.text(paragraph, { align: "left" }).moveDown(0.6);
  doc.end();
  return done;
}
