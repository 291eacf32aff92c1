import { A, useNavigate } from "@solidjs/router";
import { createSignal, lazy, onMount, Show, Suspense } from "solid-js";
import { loadTexts, t } from "../../lib/i18n";
import { syncedAt } from "../../lib/sync-status";
import { usePageTitle } from "../../ui/page-title";
import { fetchSignLanguageVideo } from "./sign-language-video";

// "Für Sie" reads IndexedDB: its chunk brings Dexie and the texts it names (bins, report statuses,
// warning levels).
const Overview = lazy(() =>
  Promise.all([
    import("./Overview"),
    loadTexts("overview"),
    loadTexts("waste"),
    loadTexts("reports"),
    loadTexts("warnings"),
  ]).then(([module]) => module),
);

/**
 * The start page: the resident's overview, search and the city's offers. Until this device has synced
 * once there is nothing of the resident's on it, so a first visit loads no Dexie (start page budget,
 * see bench/run.ts); from then on the overview joins the page as soon as the device has answered
 * (its chunk comes from the service worker's cache).
 */
export default function StartPage() {
  usePageTitle(() => undefined);
  const navigate = useNavigate();
  const [query, setQuery] = createSignal("");
  // The video in German Sign Language, when the city has set one; offline the start page goes without.
  // A signal, not a resource: the page must not wait (suspend) for the answer.
  const [signLanguageVideo, setSignLanguageVideo] = createSignal<string | null>(null);
  onMount(() => void fetchSignLanguageVideo().then(setSignLanguageVideo));

  return (
    <section class="start-page">
      <h1>{t("start.title")}</h1>
      <p class="lead">{t("start.lead")}</p>
      <Show when={syncedAt()}>
        <Suspense>
          <Overview />
        </Suspense>
      </Show>
      <p class="tiles easy-language-entry">
        <A href="/leichte-sprache">
          <span class="tile-title">{t("start.easyLanguage.title")}</span>
          <span>{t("start.easyLanguage.text")}</span>
        </A>
      </p>
      <Show when={signLanguageVideo()}>
        {(url) => (
          <p class="tiles easy-language-entry">
            <a href={url()} rel="noopener">
              <span class="tile-title">{t("start.signLanguage.title")}</span>
              <span>{t("start.signLanguage.text")}</span>
            </a>
          </p>
        )}
      </Show>

      <form
        class="search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          const q = query().trim();
          navigate(q ? `/dienstleistungen?q=${encodeURIComponent(q)}` : "/dienstleistungen");
        }}
      >
        <label for="start-search">{t("start.searchLabel")}</label>
        <div class="search-row">
          <input
            id="start-search"
            type="search"
            autocomplete="off"
            value={query()}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
          <button type="submit" class="button">
            {t("start.searchButton")}
          </button>
        </div>
      </form>

      <h2>{t("start.tilesTitle")}</h2>
      <ul class="tiles">
        <li>
          <A href="/dienstleistungen">
            <span class="tile-title">{t("start.tiles.services")}</span>
            <span>{t("start.tiles.servicesText")}</span>
          </A>
        </li>
        <li>
          <A href="/termine">
            <span class="tile-title">{t("start.tiles.appointments")}</span>
            <span>{t("start.tiles.appointmentsText")}</span>
          </A>
        </li>
        <li>
          <A href="/karte">
            <span class="tile-title">{t("start.tiles.map")}</span>
            <span>{t("start.tiles.mapText")}</span>
          </A>
        </li>
        <li>
          <A href="/einkaufen">
            <span class="tile-title">{t("start.tiles.shops")}</span>
            <span>{t("start.tiles.shopsText")}</span>
          </A>
        </li>
        <li>
          <A href="/warnungen">
            <span class="tile-title">{t("start.tiles.warnings")}</span>
            <span>{t("start.tiles.warningsText")}</span>
          </A>
        </li>
        <li>
          <A href="/konto">
            <span class="tile-title">{t("start.tiles.account")}</span>
            <span>{t("start.tiles.accountText")}</span>
          </A>
        </li>
      </ul>
    </section>
  );
}
