// Whether the directory loads photos: off by default when the device asks to save data
// (Save-Data / `navigator.connection.saveData`), and as the user last chose with "Bilder anzeigen",
// which this device remembers.
import { type Accessor, createSignal } from "solid-js";

const STORAGE_KEY = "delmenhorst.shops.photos";

/** Chromium's Network Information API; other browsers have no such property and never save data. */
export function deviceSavesData(): boolean {
  const connection: unknown = Reflect.get(navigator, "connection");
  return (
    typeof connection === "object" &&
    connection !== null &&
    "saveData" in connection &&
    connection.saveData === true
  );
}

function storedChoice(): boolean | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === "on" ? true : value === "off" ? false : null;
  } catch {
    return null;
  }
}

export type PhotoPreference = {
  /** Photos are loaded. */
  show: Accessor<boolean>;
  savesData: boolean;
  choose: (show: boolean) => void;
};

export function createPhotoPreference(): PhotoPreference {
  const savesData = deviceSavesData();
  const [choice, setChoice] = createSignal(storedChoice());
  return {
    // The user's own choice wins: someone on a data saver who switches photos on wants them.
    show: () => choice() ?? !savesData,
    savesData,
    choose: (show) => {
      setChoice(show);
      try {
        localStorage.setItem(STORAGE_KEY, show ? "on" : "off");
      } catch {
        // Private mode without storage: the choice holds for this page only.
      }
    },
  };
}
