import { A } from "@solidjs/router";
import { t } from "../lib/i18n";
import { usePageTitle } from "../ui/page-title";

export default function NotFoundPage() {
  usePageTitle(() => t("notFound.title"));
  return (
    <section>
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.text")}</p>
      <p>
        <A href="/">{t("notFound.home")}</A>
      </p>
    </section>
  );
}
