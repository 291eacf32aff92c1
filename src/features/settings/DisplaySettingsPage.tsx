// Text size, colours, contrast and motion for this device. Each choice applies at once (the page
// stays where it is, so this is no change of context) and is kept on the device.
import { createSignal } from "solid-js";
import { t } from "../../lib/i18n";
import { Radios } from "../../ui/Choices";
import { usePageTitle } from "../../ui/page-title";
import {
  CONTRASTS,
  DEFAULT_DISPLAY,
  type DisplaySettings,
  MOTIONS,
  readDisplaySettings,
  saveDisplaySettings,
  TEXT_SIZES,
  THEMES,
} from "./display";
import "./settings.css";

export default function DisplaySettingsPage() {
  usePageTitle(() => t("settings.display.title"));
  const [settings, setSettings] = createSignal(readDisplaySettings(localStorage));
  const [status, setStatus] = createSignal("");

  const change = (next: DisplaySettings, message: string) => {
    saveDisplaySettings(localStorage, next, window);
    setSettings(next);
    setStatus(message);
  };
  const set = <K extends keyof DisplaySettings>(key: K, value: DisplaySettings[K]) =>
    change({ ...settings(), [key]: value }, t("settings.display.applied"));

  return (
    <section class="display-settings">
      <h1 tabindex="-1">{t("settings.display.title")}</h1>
      <p class="lead">{t("settings.display.lead")}</p>

      <Radios
        id="display-text-size"
        legend={t("settings.display.textSize.legend")}
        hint={t("settings.display.textSize.hint")}
        options={TEXT_SIZES.map((size) => ({
          value: size,
          label: t(
            size === "100" ? "settings.display.textSize.normal" : "settings.display.textSize.percent",
            {
              percent: size,
            },
          ),
        }))}
        value={settings().textSize}
        onChange={(value) => set("textSize", value as DisplaySettings["textSize"])}
      />
      <Radios
        id="display-theme"
        legend={t("settings.display.theme.legend")}
        options={THEMES.map((theme) => ({ value: theme, label: t(`settings.display.theme.${theme}`) }))}
        value={settings().theme}
        onChange={(value) => set("theme", value as DisplaySettings["theme"])}
      />
      <Radios
        id="display-contrast"
        legend={t("settings.display.contrast.legend")}
        options={CONTRASTS.map((contrast) => ({
          value: contrast,
          label: t(`settings.display.contrast.${contrast}`),
        }))}
        value={settings().contrast}
        onChange={(value) => set("contrast", value as DisplaySettings["contrast"])}
      />
      <Radios
        id="display-motion"
        legend={t("settings.display.motion.legend")}
        options={MOTIONS.map((motion) => ({ value: motion, label: t(`settings.display.motion.${motion}`) }))}
        value={settings().motion}
        onChange={(value) => set("motion", value as DisplaySettings["motion"])}
      />

      <p>
        <button
          type="button"
          class="button secondary"
          onClick={() => change(DEFAULT_DISPLAY, t("settings.display.resetDone"))}
        >
          {t("settings.display.reset")}
        </button>
      </p>
      <p class="display-status" role="status">
        {status()}
      </p>
      <p class="hint">{t("settings.display.deviceOnly")}</p>
    </section>
  );
}
