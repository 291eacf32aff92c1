import { A } from "@solidjs/router";
import { For } from "solid-js";
import { t } from "../lib/i18n";

// 24x24 outline icons, drawn for this app.
const ICONS = {
  start: "M3 11l9-7 9 7M5 10v10h5v-6h4v6h5V10",
  services: "M4 5h16M4 12h16M4 19h10",
  warnings: "M12 3l10 18H2L12 3zM12 10v5M12 17.5v.5",
  account: "M12 12a4 4 0 100-8 4 4 0 000 8zM4 21c0-4 4-6 8-6s8 2 8 6",
  more: "M5 12h.01M12 12h.01M19 12h.01",
} as const;

const ITEMS = [
  { href: "/", key: "start", end: true },
  { href: "/dienstleistungen", key: "services", end: false },
  { href: "/warnungen", key: "warnings", end: false },
  { href: "/konto", key: "account", end: false },
  { href: "/mehr", key: "more", end: false },
] as const;

export function Navigation() {
  return (
    <nav class="app-nav" aria-label={t("nav.label")}>
      <ul>
        <For each={ITEMS}>
          {(item) => (
            <li>
              <A href={item.href} end={item.end} activeClass="active">
                <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                  <path d={ICONS[item.key]} />
                </svg>
                <span>{t(`nav.${item.key}`)}</span>
              </A>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
