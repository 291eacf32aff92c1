import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createPhotoPreference } from "./photo-preference";

function fakeStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, value),
  };
}

describe("whether the directory loads photos", () => {
  beforeEach(() => vi.stubGlobal("localStorage", fakeStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it("loads them unless the device saves data", () => {
    vi.stubGlobal("navigator", {});
    expect(createPhotoPreference().show()).toBe(true);
    vi.stubGlobal("navigator", { connection: { saveData: true } });
    const saving = createPhotoPreference();
    expect(saving.savesData).toBe(true);
    expect(saving.show()).toBe(false);
  });

  it("remembers the user's choice on this device, which wins over the data saver", () => {
    vi.stubGlobal("navigator", { connection: { saveData: false } });
    createPhotoPreference().choose(false);
    expect(createPhotoPreference().show()).toBe(false);

    vi.stubGlobal("navigator", { connection: { saveData: true } });
    const preference = createPhotoPreference();
    preference.choose(true);
    expect(preference.show()).toBe(true);
    expect(createPhotoPreference().show()).toBe(true);
  });
});
