import { A, useSearchParams } from "@solidjs/router";
import { createMemo, For, Show } from "solid-js";
import { type Service, SERVICE_CATEGORIES } from "../../lib/contract/guide";
import { language, locale, localized, localizedText, t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { EmptyState } from "../../ui/EmptyState";
import { usePageTitle } from "../../ui/page-title";
import { SampleNotice } from "../../ui/SampleNotice";
import { passageLang, UntranslatedNote } from "../../ui/Untranslated";
import { allLifeSituations, allServices } from "./data";
import { createServiceIndex, searchServices } from "./search";
import { ServiceBadges } from "./ServiceBadges";

export default function ServicesPage() {
  usePageTitle(() => t("services.list.title"));
  const [params, setParams] = useSearchParams<{ q?: string }>();
  const services = createLiveQuery(() => allServices);
  const situations = createLiveQuery(() => allLifeSituations);
  const query = () => params.q ?? "";

  const sorted = createMemo(() => {
    // One collator for the whole sort: localeCompare(…, locale) would build one per comparison.
    const collator = new Intl.Collator(locale());
    return [...(services.data() ?? [])].sort((a, b) =>
      collator.compare(localized(a.text).title, localized(b.text).title),
    );
  });
  // The list says once that some of it is German when any entry lacks the reader's language.
  const listLanguage = () =>
    sorted()
      .map((s) => localizedText(s.text).language)
      .find((shown) => shown !== language()) ?? language();
  // Built when the user starts searching (not on every visit of the list), then kept while typing.
  const searching = createMemo(() => query().trim() !== "");
  const index = createMemo(() => {
    if (!searching()) return undefined;
    return createServiceIndex(
      sorted().map((s) => {
        const text = localized(s.text);
        return { id: s.id, title: text.title, summary: text.summary, keywords: text.keywords.join(" ") };
      }),
    );
  });
  const results = createMemo(() => {
    const searchIndex = index();
    if (!searchIndex) return [];
    const byId = new Map(sorted().map((s) => [s.id, s]));
    return searchServices(searchIndex, query())
      .map((id) => byId.get(id))
      .filter((s): s is Service => s !== undefined);
  });

  return (
    <section class="services-page">
      <h1>{t("services.list.title")}</h1>
      <p class="lead">{t("services.list.lead")}</p>
      <form class="search" role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="service-search">{t("services.list.searchLabel")}</label>
        <input
          id="service-search"
          type="search"
          autocomplete="off"
          aria-describedby="service-search-hint"
          value={query()}
          onInput={(e) => setParams({ q: e.currentTarget.value || undefined }, { replace: true })}
        />
        <p id="service-search-hint" class="hint">
          {t("services.list.searchHint")}
        </p>
      </form>
      <p class="visually-hidden" aria-live="polite">
        <Show when={query().trim()}>{t("services.list.resultCount", { count: results().length })}</Show>
      </p>

      <Show when={services.ready()} fallback={<p class="loading">{t("common.loading")}</p>}>
        <Show
          when={sorted().length > 0}
          fallback={<EmptyState title={t("services.list.emptyTitle")} text={t("services.list.emptyText")} />}
        >
          <UntranslatedNote shown={listLanguage()} />
          <Show when={query().trim()} fallback={<Overview services={sorted()} />}>
            <h2>{t("services.list.results")}</h2>
            <Show
              when={results().length > 0}
              fallback={<p>{t("services.list.noResults", { query: query().trim() })}</p>}
            >
              <ServiceList services={results()} />
            </Show>
          </Show>
          <Show when={!query().trim() && (situations.data()?.length ?? 0) > 0}>
            <h2>{t("services.list.lifeSituations")}</h2>
            <ul class="card-list">
              <For each={situations.data()}>
                {(situation) => (
                  <li class="card" lang={passageLang(localizedText(situation.text).language)}>
                    <A href={`/lebenslagen/${situation.id}`}>{localized(situation.text).title}</A>
                    <p>{localized(situation.text).summary}</p>
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <SampleNotice items={sorted()} />
        </Show>
      </Show>
    </section>
  );
}

function Overview(props: { services: Service[] }) {
  const groups = createMemo(() =>
    SERVICE_CATEGORIES.map((category) => ({
      category,
      services: props.services.filter((s) => s.category === category),
    })).filter((g) => g.services.length > 0),
  );
  return (
    <For each={groups()}>
      {(group) => (
        <>
          <h2>{t(`services.categories.${group.category}`)}</h2>
          <ServiceList services={group.services} />
        </>
      )}
    </For>
  );
}

export function ServiceList(props: { services: Service[] }) {
  return (
    <ul class="card-list">
      <For each={props.services}>
        {(service) => (
          <li class="card">
            <div lang={passageLang(localizedText(service.text).language)}>
              <A href={`/dienstleistungen/${service.id}`}>{localized(service.text).title}</A>
              <p>{localized(service.text).summary}</p>
            </div>
            <ServiceBadges service={service} />
          </li>
        )}
      </For>
    </ul>
  );
}
