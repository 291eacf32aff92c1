// Where each area's texts are, per language (src/locales/<part>/<lang>.json, each its own chunk). A map
// of ten languages' parts would weigh on the start page, so i18n.ts loads it with the first area.
// German, needed on every visit as the fallback, has its own small map (locale-parts-de.ts): a German
// visit does not load the other nine languages' map.
export const partFiles = import.meta.glob<{ default: { [key: string]: unknown } }>([
  "../locales/*/*.json",
  "!../locales/*/de.json",
]);
