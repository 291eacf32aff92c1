// Facts both statements (/barrierefreiheit and its Leichte-Sprache version) state.

/** The day of the last check behind the statement (a self-assessment, see the page's text). */
export const STATEMENT_CHECKED_ON = "2026-12-06";
export const SCHLICHTUNGSSTELLE_URL =
  "https://www.behindertenbeauftragte-niedersachsen.de/DE/Schlichtungsstelle/Schlichtungsverfahren/Aufgabe/Aufgabe_node.html";
