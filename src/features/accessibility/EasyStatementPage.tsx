// /barrierefreiheit/leichte-sprache: the accessibility statement in Leichte Sprache (issue 20), linked
// from the statement. The legally binding statement stays /barrierefreiheit; this one points there
// for the feedback form.
import { A } from "@solidjs/router";
import { For } from "solid-js";
import { formatDay } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";
import { SCHLICHTUNGSSTELLE_URL, STATEMENT_CHECKED_ON } from "./statement";
import "./accessibility.css";

const GAPS = ["map", "languages", "documents", "signLanguage"] as const;

export default function EasyStatementPage() {
  usePageTitle(() => t("accessibility.easy.statement.title"));
  return (
    <article class="statement easy-language">
      <h1 tabindex="-1">{t("accessibility.easy.statement.title")}</h1>
      <p class="lead">{t("accessibility.easy.statement.intro")}</p>

      <h2>{t("accessibility.easy.statement.statusTitle")}</h2>
      <p>{t("accessibility.easy.statement.statusText")}</p>

      <h2>{t("accessibility.easy.statement.gapsTitle")}</h2>
      <ul class="statement-gaps">
        <For each={GAPS}>{(gap) => <li>{t(`accessibility.easy.statement.gaps.${gap}`)}</li>}</For>
      </ul>

      <h2>{t("accessibility.easy.statement.checkTitle")}</h2>
      <p>
        {t("accessibility.easy.statement.checkText", {
          date: formatDay(`${STATEMENT_CHECKED_ON}T12:00:00Z`),
        })}
      </p>

      <h2>{t("accessibility.easy.statement.feedbackTitle")}</h2>
      <p>{t("accessibility.easy.statement.feedbackText")}</p>
      <p>
        <A href="/barrierefreiheit#feedback-title">{t("accessibility.easy.statement.feedbackLink")}</A>
      </p>

      <h2>{t("accessibility.easy.statement.enforcementTitle")}</h2>
      <p>{t("accessibility.easy.statement.enforcementText")}</p>
      <p>
        <a href={SCHLICHTUNGSSTELLE_URL} rel="noopener">
          {t("accessibility.easy.statement.enforcementLink")}
        </a>
      </p>

      <p>
        <A href="/barrierefreiheit">{t("accessibility.easy.statement.fullLink")}</A>
      </p>
    </article>
  );
}
