import { createEffect } from "solid-js";
import { t } from "../lib/i18n";

/** Sets the document title for the page ("<page> – Delmenhorst App"). */
export function usePageTitle(title: () => string | undefined): void {
  createEffect(() => {
    const page = title();
    document.title = page ? `${page} – ${t("common.appName")}` : t("common.appName");
  });
}
