// "Schon gemeldet?": open reports of the same category near the pin, before a new one is sent. A +1
// on one of them helps as much as a new report and keeps the city's list free of duplicates.
import { A } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import { reportPagePath } from "../../lib/contract/reports";
import { formatDay } from "../../lib/date-format";
import { locale, t } from "../../lib/i18n";
import { createWrite } from "../../lib/write";
import { explainFailure, nearbyReports, supportReport } from "./api";
import type { Pin } from "../map/pin";
import { formatMetres } from "./report-form";

export function NearbyReports(props: { category: string; pin: Pin }) {
  // Keyed by the rounded position: a few steps of the pin ask again, not every repaint.
  const key = () => ({
    category: props.category,
    lat: Math.round(props.pin.lat * 1e5) / 1e5,
    lon: Math.round(props.pin.lon * 1e5) / 1e5,
  });
  const [nearby] = createResource(key, ({ category, lat, lon }) => nearbyReports(category, lat, lon));
  const [supported, setSupported] = createSignal<string>();
  const write = createWrite<string>({ explain: explainFailure });

  return (
    <section class="report-nearby" aria-labelledby="report-nearby-title">
      <h2 id="report-nearby-title">{t("reports.nearby.title")}</h2>
      <Show when={!nearby.loading} fallback={<p class="loading">{t("reports.nearby.checking")}</p>}>
        <Show when={!nearby.error} fallback={<p>{t("reports.nearby.unavailable")}</p>}>
          <Show when={nearby()?.reports.length} fallback={<p>{t("reports.nearby.none")}</p>}>
            <p>{t("reports.nearby.lead")}</p>
            <ul class="report-list">
              <For each={nearby()?.reports}>
                {(report) => (
                  <li>
                    <p class="report-list-title">
                      <A href={reportPagePath(report.id)}>{t(`reports.categories.${report.category}`)}</A>
                    </p>
                    <p>
                      {t("reports.nearby.facts", {
                        distance: formatMetres(report.distanceM, locale()),
                        date: formatDay(report.createdAt),
                        status: t(`reports.statuses.${report.status}`),
                      })}
                    </p>
                    <Show when={report.address}>{(address) => <p>{address()}</p>}</Show>
                    <p>{t("reports.detail.supportCount", { count: report.supportCount })}</p>
                    <Show
                      when={supported() === report.id}
                      fallback={
                        <button
                          type="button"
                          class="button"
                          aria-busy={write.busy() === report.id ? "true" : undefined}
                          onClick={() =>
                            void write.run(report.id, async () => {
                              await supportReport(report.id);
                              setSupported(report.id);
                            })
                          }
                        >
                          {t("reports.nearby.support")}
                        </button>
                      }
                    >
                      <p class="status-title" role="status">
                        {t("reports.nearby.supported")}{" "}
                        <A href={reportPagePath(report.id)}>{t("reports.nearby.open")}</A>
                      </p>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
            <Show when={write.failure()}>
              {(failure) => (
                <p class="field-error" role="alert">
                  {t(failure())}
                </p>
              )}
            </Show>
            <p>{t("reports.nearby.stillNew")}</p>
          </Show>
        </Show>
      </Show>
    </section>
  );
}
