// Where each area's texts are, per language (src/locales/<part>/<lang>.json, each its own chunk). A map
// of ten languages' parts would weigh on the start page, so i18n.ts loads it with the first area.
export const partFiles = import.meta.glob<{ default: { [key: string]: unknown } }>("../locales/*/*.json");
