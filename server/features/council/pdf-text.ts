// The text of a council PDF for the full-text search, read with pdfjs-dist (its legacy build runs on
// Node): no eval, no system fonts, pages and characters bounded so one huge file cannot stall the server.
import { getDocument, VerbosityLevel } from "pdfjs-dist/legacy/build/pdf.mjs";

const MAX_PAGES = 300;
/** Enough for the search; a longer text is cut (PostgreSQL's tsvector also has a 1 MB limit). */
const MAX_CHARS = 500_000;

export async function extractPdfText(bytes: Uint8Array): Promise<string> {
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  const document = await task.promise;
  try {
    const parts: string[] = [];
    let length = 0;
    for (let number = 1; number <= Math.min(document.numPages, MAX_PAGES); number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      let line = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        line += item.str + (item.hasEOL ? "\n" : "");
      }
      page.cleanup();
      parts.push(line);
      length += line.length;
      if (length >= MAX_CHARS) break;
    }
    return parts
      .join("\n")
      .replace(/[^\S\n]+/g, " ")
      .replace(/\n{3,}/g, "\n\n")
      .trim()
      .slice(0, MAX_CHARS);
  } finally {
    await task.destroy();
  }
}
