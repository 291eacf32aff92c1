import { t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";

/** Official warnings arrive with their own feature; until then, say where to get them. */
export default function WarningsPage() {
  usePageTitle(() => t("warnings.title"));
  return (
    <section>
      <h1>{t("warnings.title")}</h1>
      <p class="notice">{t("warnings.comingSoon")}</p>
      <p>{t("warnings.meanwhile")}</p>
      <p>{t("warnings.silentMode")}</p>
    </section>
  );
}
