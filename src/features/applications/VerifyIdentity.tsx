// Anmeldung/Ummeldung need a confirmed identity: how to get it (in person, with ID card or passport).
import { A } from "@solidjs/router";
import { t } from "../../lib/i18n";

export function VerifyIdentity() {
  return (
    <div class="notice verify-identity">
      <p>
        <strong>{t("applications.verify.title")}</strong>
      </p>
      <p>{t("applications.verify.text")}</p>
      <p>
        <A href="/termine">{t("applications.verify.book")}</A>
      </p>
    </div>
  );
}
