// /barrierefreiheit: the accessibility statement (NBGG § 9b; EU directive 2016/2102): how far the app
// meets WCAG 2.1 AA / EN 301 549, what does not yet and the way around it, when it was last checked,
// the feedback mechanism (a form through the outbox, answered within a month) and the enforcement
// procedure with the Schlichtungsstelle of Lower Saxony. Linked from every page's footer.
import { A, useSearchParams } from "@solidjs/router";
import { For } from "solid-js";
import { formatDay } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";
import { FeedbackSection } from "./FeedbackSection";
import { SCHLICHTUNGSSTELLE_URL, STATEMENT_CHECKED_ON } from "./statement";
import "./accessibility.css";

const GAPS = ["map", "languages", "documents", "signLanguage"] as const;

export default function StatementPage() {
  usePageTitle(() => t("accessibility.title"));
  const [params] = useSearchParams<{ seite?: string }>();
  const checkedOn = () => formatDay(`${STATEMENT_CHECKED_ON}T12:00:00Z`);

  return (
    <article class="statement">
      <h1 tabindex="-1">{t("accessibility.title")}</h1>
      <p class="lead">{t("accessibility.intro")}</p>
      <p>
        <A href="/barrierefreiheit/leichte-sprache">{t("accessibility.easyLink")}</A>
      </p>

      <h2>{t("accessibility.status.title")}</h2>
      <p>{t("accessibility.status.text")}</p>

      <h2>{t("accessibility.gaps.title")}</h2>
      <p>{t("accessibility.gaps.lead")}</p>
      <ul class="statement-gaps">
        <For each={GAPS}>
          {(gap) => (
            <li>
              <strong>{t(`accessibility.gaps.${gap}.what`)}</strong> {t(`accessibility.gaps.${gap}.why`)}{" "}
              {t(`accessibility.gaps.${gap}.instead`)}
            </li>
          )}
        </For>
      </ul>

      <h2>{t("accessibility.check.title")}</h2>
      <p>{t("accessibility.check.text", { date: checkedOn() })}</p>

      <FeedbackSection page={params.seite} />

      <h2>{t("accessibility.enforcement.title")}</h2>
      <p>{t("accessibility.enforcement.text")}</p>
      <p>
        <a href={SCHLICHTUNGSSTELLE_URL} rel="noopener">
          {t("accessibility.enforcement.link")}
        </a>
      </p>
    </article>
  );
}
