import { A, useParams } from "@solidjs/router";
import { Show } from "solid-js";
import { localized, localizedText, t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { usePageTitle } from "../../ui/page-title";
import { SampleNotice } from "../../ui/SampleNotice";
import { lifeSituationById, servicesByIds } from "./data";
import { ServiceList } from "./ServicesPage";
import { ReadAloud } from "../../ui/ReadAloud";
import { passageLang, UntranslatedNote } from "../../ui/Untranslated";

export default function LifeSituationPage() {
  const params = useParams<{ id: string }>();
  const situation = createLiveQuery(() => {
    const id = params.id;
    return () => lifeSituationById(id);
  });
  const services = createLiveQuery(() => {
    const ids = situation.data()?.serviceIds ?? [];
    return () => servicesByIds(ids);
  });
  usePageTitle(() => {
    const s = situation.data();
    return s ? localized(s.text).title : t("services.detail.notFound");
  });

  let article: HTMLElement | undefined;
  return (
    <Show when={situation.ready()} fallback={<p class="loading">{t("common.loading")}</p>}>
      <Show
        when={situation.data()}
        fallback={
          <section>
            <h1>{t("services.detail.notFound")}</h1>
            <A href="/dienstleistungen">{t("services.detail.back")}</A>
          </section>
        }
      >
        {(s) => {
          const shown = () => localizedText(s().text);
          return (
            <article ref={article}>
              <p class="breadcrumb">
                <A href="/dienstleistungen">{t("services.detail.back")}</A>
              </p>
              <h1 lang={passageLang(shown().language)}>{shown().text.title}</h1>
              <UntranslatedNote shown={shown().language} />
              <ReadAloud target={() => article} />
              <p class="lead" lang={passageLang(shown().language)}>
                {shown().text.summary}
              </p>
              <h2>{t("services.lifeSituation.steps")}</h2>
              <ServiceList services={services.data() ?? []} />
              <SampleNotice items={[s()]} />
            </article>
          );
        }}
      </Show>
    </Show>
  );
}
