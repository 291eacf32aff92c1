// /leichte-sprache: what the app does and how to find one's way, in Leichte Sprache (as BITV 2.0 § 4
// asks of federal bodies; voluntary for a city). Linked from the start page. In German the texts are
// Leichte Sprache (checked by tests/unit/leichte-sprache.test.ts), other languages say it in easy words.
import { A } from "@solidjs/router";
import { For } from "solid-js";
import { t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";
import "./accessibility.css";

const CAN = [
  "services",
  "appointments",
  "applications",
  "account",
  "map",
  "warnings",
  "shops",
  "chat",
] as const;
const WAY = ["menu", "start", "search", "language", "display"] as const;

export default function EasyStartPage() {
  usePageTitle(() => t("accessibility.easy.start.title"));
  return (
    <article class="easy-language">
      <h1 tabindex="-1">{t("accessibility.easy.start.title")}</h1>
      <p class="lead">{t("accessibility.easy.start.intro")}</p>

      <h2>{t("accessibility.easy.start.whatTitle")}</h2>
      <p>{t("accessibility.easy.start.whatText")}</p>

      <h2>{t("accessibility.easy.start.canTitle")}</h2>
      <ul>
        <For each={CAN}>{(item) => <li>{t(`accessibility.easy.start.can.${item}`)}</li>}</For>
      </ul>

      <h2>{t("accessibility.easy.start.wayTitle")}</h2>
      <ul>
        <For each={WAY}>{(item) => <li>{t(`accessibility.easy.start.way.${item}`)}</li>}</For>
      </ul>

      <h2>{t("accessibility.easy.start.helpTitle")}</h2>
      <p>{t("accessibility.easy.start.helpText")}</p>
      <p>
        <A href="/barrierefreiheit/leichte-sprache">{t("accessibility.easy.start.statementLink")}</A>
      </p>
    </article>
  );
}
