// Where each area's German texts are (src/locales/<part>/de.json): the fallback every visit loads with
// its first area. The other languages' map is in locale-parts.ts.
export const germanPartFiles = import.meta.glob<{ default: { [key: string]: unknown } }>(
  "../locales/*/de.json",
);
