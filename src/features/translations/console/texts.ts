// The interface texts of a language beside German, for the review in the console: read from the
// same locale files the app loads (src/locales/**), flattened to one row per key. The staff
// console's own texts (src/locales/staff/) stay German and English and are not reviewed here.
type TextTree = { [key: string]: string | TextTree };
export type TextRow = { key: string; german: string; translation: string | undefined };

const files = import.meta.glob<TextTree>("../../../locales/**/*.json", { import: "default" });

/** Every key of a tree with its text ("a.b" → "…"). */
export function flattenTexts(tree: TextTree, prefix = "", into = new Map<string, string>()) {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") into.set(`${prefix}${key}`, value);
    else flattenTexts(value, `${prefix}${key}.`, into);
  }
  return into;
}

async function textsOf(code: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const paths = Object.keys(files).filter(
    (path) => path.endsWith(`/${code}.json`) && !path.includes("/staff/"),
  );
  for (const tree of await Promise.all(paths.map((path) => files[path]!()))) flattenTexts(tree, "", texts);
  return texts;
}

/** German's keys in order, each with its text in `code` (a plural key's other forms come along). */
export async function loadTextRows(code: string): Promise<TextRow[]> {
  const [german, translated] = await Promise.all([textsOf("de"), textsOf(code)]);
  const rows: TextRow[] = [];
  for (const [key, text] of german) rows.push({ key, german: text, translation: translated.get(key) });
  // Plural forms German does not have (Arabic's _zero, _two, _few, _many …).
  for (const [key, text] of translated)
    if (!german.has(key)) rows.push({ key, german: "", translation: text });
  return rows;
}

/** Rows whose key, German or translation contains every word of the query (case-insensitive). */
export function matchTexts(rows: readonly TextRow[], query: string): TextRow[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const haystack = `${row.key} ${row.german} ${row.translation ?? ""}`.toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
