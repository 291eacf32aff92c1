import { type RouteSectionProps, useLocation } from "@solidjs/router";
import { createEffect, ErrorBoundary, on, Show, Suspense } from "solid-js";
import { availableLanguages, language, languageChosen, t } from "../lib/i18n";
import { languageToOffer, offerAnswered } from "../lib/language-offer";
import { ConnectionStatus } from "../ui/ConnectionStatus";
import { UpdatePrompt } from "../ui/UpdatePrompt";
import { ErrorPage } from "./ErrorPage";
import { focusPageHeading } from "./focus";
import { LanguageSwitch } from "./LanguageSwitch";
import LanguageOffer from "./LanguageOffer";
import { Navigation } from "./Navigation";

export function Layout(props: RouteSectionProps) {
  const offered = languageToOffer({
    preferred: navigator.languages,
    available: availableLanguages,
    chosen: languageChosen(),
    answered: offerAnswered(localStorage),
  });
  const location = useLocation();
  createEffect(
    on(
      () => location.pathname,
      () => focusPageHeading(),
      { defer: true },
    ),
  );

  return (
    <>
      <a class="skip-link" href="#main">
        {t("common.skipToContent")}
      </a>
      <header class="app-header">
        <a class="brand" href="/">
          <img src="/icons/icon.svg" alt="" width="32" height="32" />
          <span>{t("common.appName")}</span>
        </a>
        <LanguageSwitch />
      </header>
      {/* Visitors whose browser prefers another language get the offer (issue 20: no automatic switch).
          Part of the first render: loaded later, it pushed the page down as it appeared (Lighthouse
          counted a layout shift of 0.91 on the start page in an English browser). */}
      <Show when={offered}>{(code) => <LanguageOffer code={code()} />}</Show>
      <ConnectionStatus />
      <main id="main" class="app-main">
        <ErrorBoundary fallback={(error, reset) => <ErrorPage error={error} reset={reset} />}>
          <Suspense fallback={<p class="loading">{t("common.loading")}</p>}>{props.children}</Suspense>
        </ErrorBoundary>
      </main>
      <footer class="app-footer">
        <nav aria-label={t("common.footer.label")}>
          <ul>
            <li>
              <a href={`/barrierefreiheit?seite=${encodeURIComponent(location.pathname)}`}>
                {t("common.footer.accessibility")}
              </a>
            </li>
            <li>
              <a href="/einstellungen/darstellung">{t("common.footer.display")}</a>
            </li>
            <Show when={language() !== "de"}>
              <li>
                <a href={`/uebersetzung-verbessern?seite=${encodeURIComponent(location.pathname)}`}>
                  {t("common.footer.improveTranslation")}
                </a>
              </li>
            </Show>
          </ul>
        </nav>
      </footer>
      <Navigation />
      <UpdatePrompt />
    </>
  );
}
