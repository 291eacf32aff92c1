// The resident's display settings, kept on this device only (they say nothing about the person, so
// sign-out leaves them). public/display-settings.js reads the same entry before the first paint and
// applies it; `saveDisplaySettings` tells that script to apply a change at once.
import { z } from "zod";

export const DISPLAY_STORAGE_KEY = "dm-display";
export const DISPLAY_CHANGE_EVENT = "dm-display-change";

export const TEXT_SIZES = ["100", "125", "150", "175", "200"] as const;
export const THEMES = ["system", "light", "dark"] as const;
export const CONTRASTS = ["system", "normal", "more"] as const;
export const MOTIONS = ["system", "normal", "reduce"] as const;

/** "system" (or a missing entry) follows the device's own preference. */
export type DisplaySettings = {
  textSize: (typeof TEXT_SIZES)[number];
  theme: (typeof THEMES)[number];
  contrast: (typeof CONTRASTS)[number];
  motion: (typeof MOTIONS)[number];
};

export const DEFAULT_DISPLAY: DisplaySettings = {
  textSize: "100",
  theme: "system",
  contrast: "system",
  motion: "system",
};

// Stored without the "system" entries, as the script before paint reads them: an unknown value
// there means "follow the device".
const storedSchema = z.object({
  textSize: z.enum(TEXT_SIZES).optional().catch(undefined),
  theme: z.enum(["light", "dark"]).optional().catch(undefined),
  contrast: z.enum(["normal", "more"]).optional().catch(undefined),
  motion: z.enum(["normal", "reduce"]).optional().catch(undefined),
});

type Storage = Pick<globalThis.Storage, "getItem" | "setItem" | "removeItem">;

export function readDisplaySettings(storage: Storage): DisplaySettings {
  let raw: unknown = {};
  try {
    raw = JSON.parse(storage.getItem(DISPLAY_STORAGE_KEY) ?? "{}");
  } catch {
    raw = {};
  }
  const parsed = storedSchema.safeParse(raw);
  const stored = parsed.success ? parsed.data : {};
  return {
    textSize: stored.textSize ?? DEFAULT_DISPLAY.textSize,
    theme: stored.theme ?? "system",
    contrast: stored.contrast ?? "system",
    motion: stored.motion ?? "system",
  };
}

export function saveDisplaySettings(storage: Storage, settings: DisplaySettings, target?: EventTarget): void {
  const stored: Record<string, string> = {};
  if (settings.textSize !== DEFAULT_DISPLAY.textSize) stored.textSize = settings.textSize;
  if (settings.theme !== "system") stored.theme = settings.theme;
  if (settings.contrast !== "system") stored.contrast = settings.contrast;
  if (settings.motion !== "system") stored.motion = settings.motion;
  if (Object.keys(stored).length === 0) storage.removeItem(DISPLAY_STORAGE_KEY);
  else storage.setItem(DISPLAY_STORAGE_KEY, JSON.stringify(stored));
  target?.dispatchEvent(new Event(DISPLAY_CHANGE_EVENT));
}
