// /wirtschaft/digital: local providers of digital services (web shops, IT support, marketing ...),
// filtered by the service a business looks for. Read from the device, so it works offline. The
// city lists providers without recommending any (neutrality of public bodies).
import { A, useSearchParams } from "@solidjs/router";
import { createMemo, For, onMount, Show } from "solid-js";
import { DIGITAL_SERVICES, type DigitalProvider } from "../../lib/contract/business";
import { locale, t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { requestSync } from "../../lib/sync-status";
import { usePageTitle } from "../../ui/page-title";
import { allProviders } from "./data";
import { DirectoryResults } from "./DirectoryResults";
import { FilterSelect } from "./FilterSelect";
import { findProviders, isDigitalService } from "./providers";
import "./business.css";

export default function ProvidersPage() {
  usePageTitle(() => t("business.providers.title"));
  const [params, setParams] = useSearchParams<{ leistung?: string }>();
  const service = () => (isDigitalService(params.leistung) ? params.leistung : undefined);
  const providers = createLiveQuery(() => allProviders);
  const shown = createMemo(() => findProviders(providers.data() ?? [], service(), locale()));
  // Someone opening the directory wants the agency's latest, not the last scheduled round.
  onMount(() => void requestSync());

  return (
    <section class="business">
      <p class="breadcrumb">
        <A href="/wirtschaft">{t("business.common.back")}</A>
      </p>
      <h1>{t("business.providers.title")}</h1>
      <p class="lead">{t("business.providers.lead")}</p>
      <p class="notice">{t("business.providers.neutrality")}</p>

      <form class="business-filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <FilterSelect
          id="provider-service"
          label={t("business.providers.serviceLabel")}
          allLabel={t("business.providers.allServices")}
          options={DIGITAL_SERVICES}
          optionLabel={(option) => t(`business.services.${option}`)}
          value={service()}
          onChange={(value) => setParams({ leistung: value }, { replace: true })}
        />
      </form>

      <DirectoryResults
        ready={providers.ready()}
        items={shown()}
        count={(count) => t("business.providers.count", { count })}
        emptyTitle={t("business.providers.emptyTitle")}
        emptyText={t("business.providers.emptyText")}
        isSample={(provider) => provider.sample}
        sampleNote={t("business.providers.sampleNote")}
      >
        {(provider) => <ProviderCard provider={provider} />}
      </DirectoryResults>
      <p>
        <A href="/wirtschaft/beratung?thema=going-online">{t("business.providers.askAgency")}</A>
      </p>
    </section>
  );
}

function ProviderCard(props: { provider: DigitalProvider }) {
  const p = () => props.provider;
  return (
    <li class="card business-card">
      <h2>{p().name}</h2>
      <Show when={p().sample}>
        <p class="badge">{t("business.common.sample")}</p>
      </Show>
      <ul class="badges" aria-label={t("business.providers.servicesLabel")}>
        <For each={p().services}>
          {(service) => <li class="badge">{t(`business.services.${service}`)}</li>}
        </For>
      </ul>
      <p>{p().description}</p>
      <dl class="facts">
        <Show when={p().website}>
          {(website) => (
            <>
              <dt>{t("business.providers.website")}</dt>
              <dd>
                <a href={website()} rel="noopener noreferrer">
                  {new URL(website()).host}
                </a>
              </dd>
            </>
          )}
        </Show>
        <Show when={p().phone}>
          {(phone) => (
            <>
              <dt>{t("business.providers.phone")}</dt>
              <dd>
                <a href={`tel:${phone().replace(/[^+0-9]/g, "")}`}>{phone()}</a>
              </dd>
            </>
          )}
        </Show>
        <Show when={p().email}>
          {(email) => (
            <>
              <dt>{t("business.providers.email")}</dt>
              <dd>
                <a href={`mailto:${email()}`}>{email()}</a>
              </dd>
            </>
          )}
        </Show>
        <Show when={p().address}>
          {(address) => (
            <>
              <dt>{t("business.providers.address")}</dt>
              <dd>{address()}</dd>
            </>
          )}
        </Show>
      </dl>
    </li>
  );
}
