import { createEffect } from "solid-js";
import { t } from "../lib/i18n";
import { usePageTitle } from "../ui/page-title";

export function ErrorPage(props: { error: unknown; reset: () => void }) {
  usePageTitle(() => t("errorPage.title"));
  createEffect(() => console.error(props.error));
  return (
    <section>
      <h1>{t("errorPage.title")}</h1>
      <p>{t("errorPage.text")}</p>
      <button type="button" class="button" onClick={() => props.reset()}>
        {t("errorPage.retry")}
      </button>
    </section>
  );
}
