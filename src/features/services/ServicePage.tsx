import { A, useParams } from "@solidjs/router";
import { For, Show } from "solid-js";
import { formatCurrency, localized, localizedText, t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { createRecordQuery } from "../../lib/record-query";
import { usePageTitle } from "../../ui/page-title";
import { recordPageTitle, RecordStates } from "../../ui/RecordStates";
import { SampleNotice } from "../../ui/SampleNotice";
import { FeedbackBox } from "../feedback/FeedbackBox";
import { OfficeCard } from "../offices/OfficeCard";
import { officesByIds, serviceById } from "./data";
import { ServiceActions } from "./ServiceActions";
import { ServiceBadges } from "./ServiceBadges";
import { ReadAloud } from "../../ui/ReadAloud";
import { passageLang, UntranslatedNote } from "../../ui/Untranslated";

export default function ServicePage() {
  const params = useParams<{ id: string }>();
  const service = createRecordQuery({
    collection: "services",
    id: () => params.id,
    local: serviceById,
    parse: async (data) => (await import("../../lib/contract/guide")).serviceSchema.parse(data),
  });
  const record = () => {
    const view = service.view();
    return view.kind === "found" ? view.record : undefined;
  };
  const offices = createLiveQuery(() => {
    const ids = record()?.officeIds ?? [];
    return () => officesByIds(ids);
  });
  // Online booking needs a service that takes appointments at an office that takes bookings.
  const bookable = () =>
    record()?.appointment !== "no" && (offices.data() ?? []).some((office) => office.booking !== undefined);
  usePageTitle(() =>
    recordPageTitle(service.view(), (s) => localized(s.text).title, t("services.detail.notFound")),
  );

  let article: HTMLElement | undefined;
  return (
    <RecordStates
      view={service.view()}
      retry={service.retry}
      notFound={
        <section>
          <h1>{t("services.detail.notFound")}</h1>
          <p>{t("services.detail.notFoundText")}</p>
          <A href="/dienstleistungen">{t("services.detail.back")}</A>
        </section>
      }
    >
      {(s) => {
        const shown = () => localizedText(s().text);
        const text = () => shown().text;
        const lang = () => passageLang(shown().language);
        return (
          <article class="service-page" ref={article}>
            <p class="breadcrumb">
              <A href="/dienstleistungen">{t("services.detail.back")}</A>
            </p>
            <h1 lang={lang()}>{text().title}</h1>
            <UntranslatedNote shown={shown().language} />
            <ReadAloud target={() => article} />
            <p class="lead" lang={lang()}>
              {text().summary}
            </p>
            <Show when={s().easySummary}>
              {(easy) => (
                <section class="easy-summary" aria-labelledby="easy-summary-title">
                  <h2 id="easy-summary-title">{t("services.detail.easySummary")}</h2>
                  {/* Leichte Sprache is German whatever the interface language. */}
                  <p lang="de">{easy()}</p>
                </section>
              )}
            </Show>
            <ServiceBadges service={s()} />
            <ServiceActions service={s()} bookable={bookable()} />
            <p lang={lang()}>{text().description}</p>

            <h2>{t("services.detail.documents")}</h2>
            <Show when={text().documents.length > 0} fallback={<p>{t("services.detail.noDocuments")}</p>}>
              <ul class="checklist" lang={lang()}>
                <For each={text().documents}>{(doc) => <li>{doc}</li>}</For>
              </ul>
            </Show>

            <h2>{t("services.detail.fees")}</h2>
            <Show when={s().fees.length > 0} fallback={<p>{t("services.detail.free")}</p>}>
              <dl class="facts">
                <For each={s().fees}>
                  {(fee, i) => (
                    <>
                      <dt lang={lang()}>{text().fees[i()]}</dt>
                      <dd>
                        {fee.amount === 0 && !fee.maxAmount
                          ? t("services.detail.free")
                          : fee.maxAmount
                            ? t("services.detail.feeRange", {
                                min: formatCurrency(fee.amount),
                                max: formatCurrency(fee.maxAmount),
                              })
                            : formatCurrency(fee.amount)}
                      </dd>
                    </>
                  )}
                </For>
              </dl>
            </Show>

            <h2>{t("services.detail.howTo")}</h2>
            <dl class="facts">
              <dt>{t("services.detail.processingTime")}</dt>
              <dd lang={lang()}>{text().processingTime}</dd>
              <dt>{t("services.detail.appointmentLabel")}</dt>
              <dd>{t(`services.detail.appointment.${s().appointment}`)}</dd>
              <dt>{t("services.detail.onlineLabel")}</dt>
              <dd>{t(`services.detail.online.${s().online}`)}</dd>
            </dl>

            <h2>{t("services.detail.offices")}</h2>
            <ul class="card-list">
              <For each={offices.data()}>
                {(office) => (
                  <li>
                    <OfficeCard office={office} />
                  </li>
                )}
              </For>
            </ul>

            <Show when={s().legalBasis.length > 0}>
              <h2>{t("services.detail.legalBasis")}</h2>
              <ul>
                <For each={s().legalBasis}>
                  {(law) => (
                    <li>
                      <Show when={law.url} fallback={law.title}>
                        {(url) => (
                          <a href={url()} rel="noopener noreferrer" target="_blank">
                            {law.title}
                          </a>
                        )}
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </Show>

            <SampleNotice items={[s()]} />
            <FeedbackBox page={`/dienstleistungen/${s().id}`} />
          </article>
        );
      }}
    </RecordStates>
  );
}
