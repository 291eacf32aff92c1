// /wirtschaft: what the economic development agency (Delmenhorster Wirtschaftsförderungsgesellschaft,
// dwfg) offers businesses in the app: digital providers, the funding finder and a consultation.
import { A } from "@solidjs/router";
import { For } from "solid-js";
import { t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";
import "./business.css";

const SECTIONS = [
  { key: "digital", href: "/wirtschaft/digital" },
  { key: "funding", href: "/wirtschaft/foerderung" },
  { key: "consultation", href: "/wirtschaft/beratung" },
] as const;

export default function BusinessPage() {
  usePageTitle(() => t("business.home.title"));
  return (
    <section class="business">
      <h1>{t("business.home.title")}</h1>
      <p class="lead">{t("business.home.lead")}</p>
      <p>{t("business.home.agency")}</p>
      <ul class="tiles">
        <For each={SECTIONS}>
          {(section) => (
            <li>
              <A href={section.href}>
                <span class="tile-title">{t(`business.home.sections.${section.key}.title`)}</span>
                <span>{t(`business.home.sections.${section.key}.text`)}</span>
              </A>
            </li>
          )}
        </For>
      </ul>
      <h2>{t("business.home.offlineTitle")}</h2>
      <p>{t("business.home.offlineText")}</p>
    </section>
  );
}
