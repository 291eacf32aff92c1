// Every area the device keeps a copy of is named in words on /mehr, in every language.
import { describe, expect, it } from "vitest";
import { syncedCollections } from "../../lib/synced-collections";
import de from "../../locales/more/de.json";
import en from "../../locales/more/en.json";
import { COLLECTION_LABELS, labelledStates } from "./collection-labels";

const LOCALES = { de, en };

/** The text at a dotted key, or undefined. */
function textAt(tree: unknown, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>(
      (node, part) => (typeof node === "object" && node !== null ? Reflect.get(node, part) : undefined),
      tree,
    );
}

describe("the names of the areas on this device", () => {
  const names = syncedCollections.map((binding) => binding.name);

  it.each(names)("names %s in words in every language", (name) => {
    const key = COLLECTION_LABELS[name];
    expect(key, `no label for ${name}`).toBeDefined();
    for (const [language, texts] of Object.entries(LOCALES)) {
      const text = textAt(texts, key ?? "");
      expect(typeof text, `${language}: ${key}`).toBe("string");
      expect(text).not.toBe(name);
    }
  });

  it("gives different areas different names", () => {
    for (const texts of Object.values(LOCALES)) {
      const labels = names.map((name) => textAt(texts, COLLECTION_LABELS[name] ?? ""));
      expect(new Set(labels).size).toBe(names.length);
    }
  });

  it("lists the areas in a fixed order and leaves out one it has no name for", () => {
    const state = (collection: string) => ({
      collection,
      cursor: null,
      etag: null,
      etagCursor: null,
      syncedAt: null,
    });
    const rows = labelledStates([state("map-wifi"), state("retired-collection"), state("services")]);
    expect(rows.map((row) => row.labelKey)).toEqual([
      "more.data.collections.services",
      "more.data.collections.mapWifi",
    ]);
  });
});
