// The rules every language file keeps against its German counterpart (issue 20): the same keys, plural
// keys exactly the CLDR categories of the language, the same {{placeholders}}, no empty text.

export type Tree = { [key: string]: string | Tree };

const PLURAL = /_(zero|one|two|few|many|other)$/;
/** Forms for one quantity that may say the number in words ("ein Termin") instead of {{count}}. */
const SINGLE_FORM = /_(zero|one|two)$/;
/** Russian and Ukrainian use "one" for 21, 31 …: the number must be there. */
const COUNT_IN_EVERY_FORM = new Set(["ru", "uk"]);

export function flatten(tree: Tree, prefix = ""): [string, string | Tree][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string | Tree][] =>
    typeof value === "string" || Object.keys(value).length === 0
      ? [[`${prefix}${key}`, value]]
      : flatten(value, `${prefix}${key}.`),
  );
}

/** CLDR plural categories of a language; Leichte Sprache counts like German. */
export function pluralCategories(language: string): string[] {
  return new Intl.PluralRules(language === "de-x-ls" ? "de" : language).resolvedOptions().pluralCategories;
}

const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => m[1]!))].sort();

/** The problems of one file against German, one line each ("missing x_few", "placeholders differ in y"). */
export function compareTexts(german: Tree, target: Tree, language: string): string[] {
  const expected = new Map<string, string>();
  const germanTexts = new Map(flatten(german));
  for (const [key, value] of germanTexts) {
    if (typeof value !== "string") continue;
    if (!PLURAL.test(key)) {
      expected.set(key, value);
      continue;
    }
    const base = key.replace(PLURAL, "");
    const other = germanTexts.get(`${base}_other`);
    for (const category of pluralCategories(language))
      expected.set(`${base}_${category}`, typeof other === "string" ? other : value);
  }
  const problems: string[] = [];
  const actual = new Map(flatten(target));
  for (const [key, germanText] of expected) {
    const text = actual.get(key);
    if (text === undefined) problems.push(`missing ${key}`);
    else if (typeof text !== "string" || text.trim() === "") problems.push(`empty ${key}`);
    else {
      const want = placeholders(germanText);
      const have = placeholders(text);
      const mayOmitCount = SINGLE_FORM.test(key) && !COUNT_IN_EVERY_FORM.has(language);
      const same = (a: string[], b: string[]) => a.join() === b.join();
      const withoutCount = (list: string[]) => list.filter((name) => name !== "count");
      if (!same(want, have) && !(mayOmitCount && same(withoutCount(want), withoutCount(have))))
        problems.push(`placeholders differ in ${key}: {${want.join()}} vs {${have.join()}}`);
    }
  }
  for (const key of actual.keys()) if (!expected.has(key)) problems.push(`extra ${key}`);
  return problems;
}
