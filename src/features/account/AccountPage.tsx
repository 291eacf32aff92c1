import { A } from "@solidjs/router";
import { t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";

/** The citizen account arrives with its own feature; until then, say what it will offer. */
export default function AccountPage() {
  usePageTitle(() => t("account.title"));
  return (
    <section>
      <h1>{t("account.title")}</h1>
      <p class="notice">{t("account.comingSoon")}</p>
      <p>{t("account.meanwhile")}</p>
      <p>
        <A href="/dienstleistungen">{t("account.toServices")}</A>
      </p>
    </section>
  );
}
