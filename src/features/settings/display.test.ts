import { describe, expect, it } from "vitest";
import {
  DEFAULT_DISPLAY,
  DISPLAY_CHANGE_EVENT,
  DISPLAY_STORAGE_KEY,
  readDisplaySettings,
  saveDisplaySettings,
} from "./display";

function memoryStorage(initial?: string) {
  const values = new Map<string, string>(initial === undefined ? [] : [[DISPLAY_STORAGE_KEY, initial]]);
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

describe("display settings on the device", () => {
  it("follow the device where nothing is stored", () => {
    expect(readDisplaySettings(memoryStorage())).toEqual(DEFAULT_DISPLAY);
  });

  it("read back what was saved, and the change event tells the page script", () => {
    const storage = memoryStorage();
    const target = new EventTarget();
    let events = 0;
    target.addEventListener(DISPLAY_CHANGE_EVENT, () => (events += 1));
    const chosen = { textSize: "175", theme: "dark", contrast: "more", motion: "reduce" } as const;
    saveDisplaySettings(storage, chosen, target);
    expect(JSON.parse(storage.values.get(DISPLAY_STORAGE_KEY)!)).toEqual(chosen);
    expect(readDisplaySettings(storage)).toEqual(chosen);
    expect(events).toBe(1);
  });

  it("store nothing for the device's defaults, so the script before paint follows the system", () => {
    const storage = memoryStorage('{"theme":"dark"}');
    saveDisplaySettings(storage, DEFAULT_DISPLAY);
    expect(storage.values.has(DISPLAY_STORAGE_KEY)).toBe(false);
  });

  it("ignore a broken or foreign entry value by value", () => {
    expect(readDisplaySettings(memoryStorage("{not json"))).toEqual(DEFAULT_DISPLAY);
    expect(readDisplaySettings(memoryStorage('{"textSize":"300","theme":"dark","motion":1}'))).toEqual({
      ...DEFAULT_DISPLAY,
      theme: "dark",
    });
    expect(readDisplaySettings(memoryStorage("[]"))).toEqual(DEFAULT_DISPLAY);
  });
});
