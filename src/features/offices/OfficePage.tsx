import { A, useParams } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { wallClock } from "../../lib/date-format";
import { localized, localizedText, t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { createRecordQuery } from "../../lib/record-query";
import { usePageTitle } from "../../ui/page-title";
import { recordPageTitle, RecordStates } from "../../ui/RecordStates";
import { SampleNotice } from "../../ui/SampleNotice";
import { officeById, servicesAtOffice } from "../services/data";
import { ServiceList } from "../services/ServicesPage";
import { OfficeActions } from "./OfficeActions";
import { OpeningStatus } from "./OpeningStatus";
import { ReadAloud } from "../../ui/ReadAloud";
import { passageLang, UntranslatedNote } from "../../ui/Untranslated";

export default function OfficePage() {
  const params = useParams<{ id: string }>();
  const office = createRecordQuery({
    collection: "offices",
    id: () => params.id,
    local: officeById,
    parse: async (data) => (await import("../../lib/contract/guide")).officeSchema.parse(data),
  });
  const services = createLiveQuery(() => {
    const id = params.id;
    return () => servicesAtOffice(id);
  });
  const [evaluator] = createResource(() => import("./opening-state"));
  usePageTitle(() => recordPageTitle(office.view(), (o) => localized(o.text).name, t("offices.notFound")));

  let article: HTMLElement | undefined;
  return (
    <RecordStates
      view={office.view()}
      retry={office.retry}
      notFound={
        <section>
          <h1>{t("offices.notFound")}</h1>
          <A href="/dienstleistungen">{t("services.detail.back")}</A>
        </section>
      }
    >
      {(o) => {
        const shown = () => localizedText(o().text);
        const lang = () => passageLang(shown().language);
        return (
          <article ref={article}>
            <h1 lang={lang()}>{shown().text.name}</h1>
            <UntranslatedNote shown={shown().language} />
            <ReadAloud target={() => article} />
            <p class="lead" lang={lang()}>
              {shown().text.description}
            </p>
            <OpeningStatus rule={o().openingHours} />
            <OfficeActions office={o()} />

            <h2>{t("offices.address")}</h2>
            <address>
              {o().address.street}
              <br />
              {o().address.postalCode} {o().address.city}
            </address>

            <h2>{t("offices.contact")}</h2>
            <dl class="facts">
              <dt>{t("offices.phone")}</dt>
              <dd>
                <a href={`tel:${o().phone.replace(/[^+\d]/g, "")}`}>{o().phone}</a>
              </dd>
              <dt>{t("offices.email")}</dt>
              <dd>
                <a href={`mailto:${o().email}`}>{o().email}</a>
              </dd>
            </dl>

            <h2>{t("offices.hours")}</h2>
            <Show when={evaluator()}>
              {(e) => (
                <table class="schedule">
                  <caption class="visually-hidden">{t("offices.hoursCaption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("offices.day")}</th>
                      <th scope="col">{t("offices.times")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={e().upcomingSchedule(o().openingHours)}>
                      {(day) => (
                        <tr>
                          <th scope="row">{wallClock.dayOfMonth(day.day)}</th>
                          <td>
                            <Show when={day.intervals.length > 0} fallback={t("offices.closedAllDay")}>
                              {day.intervals
                                .map((i) =>
                                  t("offices.interval", {
                                    from: wallClock.time(i.from),
                                    to: wallClock.time(i.to),
                                  }),
                                )
                                .join(", ")}
                            </Show>
                          </td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              )}
            </Show>

            <h2>{t("offices.accessibility")}</h2>
            <ul class="checklist">
              <li>{t(`offices.wheelchair.${o().accessibility.wheelchair}`)}</li>
              <Show when={o().accessibility.accessibleToilet}>
                <li>{t("offices.accessibleToilet")}</li>
              </Show>
              <Show when={o().accessibility.hearingLoop}>
                <li>{t("offices.hearingLoop")}</li>
              </Show>
              <Show when={o().accessibility.disabledParking}>
                <li>{t("offices.disabledParking")}</li>
              </Show>
            </ul>
            <Show when={shown().text.accessibilityNote}>{(note) => <p lang={lang()}>{note()}</p>}</Show>

            <Show when={(services.data()?.length ?? 0) > 0}>
              <h2>{t("offices.services")}</h2>
              <ServiceList services={services.data() ?? []} />
            </Show>
            <SampleNotice items={[o()]} />
          </article>
        );
      }}
    </RecordStates>
  );
}
