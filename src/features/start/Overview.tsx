// "Für Sie": what is next for the resident, read from this device (issue 22). Its own chunk with
// Dexie: the start page loads it only on a device that has synced once, so a first visit stays light.
// Signed out, the wiped tables leave only the public parts (warnings) and the device's own (the
// waste address, appointments kept with a mail's link).
import { A } from "@solidjs/router";
import { liveQuery } from "dexie";
import { createResource, createSignal, For, Match, onCleanup, Show, Switch } from "solid-js";
import { berlinDate } from "../../lib/contract/berlin-time";
import { reportPagePath } from "../../lib/contract/reports-constants";
import { formatFullDay, formatTime } from "../../lib/date-format";
import { appDb } from "../../lib/db";
import { contentLanguage, localized, locale, t } from "../../lib/i18n";
import { QrCode } from "../appointments/QrCode";
import { warningPath } from "../warnings/labels";
import { textsIn } from "../warnings/model";
import { SeverityLabel } from "../warnings/SeverityLabel";
import { type OverviewData, readOverview } from "./overview-data";
import { type OverviewItem, overviewItems } from "./overview";
import "../warnings/warnings.css";
import "./overview.css";

/** A device whose IndexedDB does not answer (a broken private mode) still gets its start page. */
const FIRST_READ_LIMIT_MS = 1_500;
/** Warnings expire and tomorrow becomes today while the page stays open. */
const CLOCK_TICK_MS = 60_000;

export default function Overview() {
  const [data, setData] = createSignal<OverviewData>();
  const [now, setNow] = createSignal(Date.now());
  const clock = setInterval(() => setNow(Date.now()), CLOCK_TICK_MS);
  // The first read is a resource: the overview appears whole, not item by item; later changes come
  // through the live query.
  const [first] = createResource(
    () =>
      new Promise<true>((resolve) => {
        const subscription = liveQuery(() => readOverview(appDb())).subscribe({
          next: (value) => {
            setData(value);
            resolve(true);
          },
          error: (error: unknown) => {
            console.error("overview read failed", error);
            resolve(true);
          },
        });
        setTimeout(() => resolve(true), FIRST_READ_LIMIT_MS);
        onCleanup(() => subscription.unsubscribe());
      }),
  );
  onCleanup(() => clearInterval(clock));

  const items = () => {
    const read = data();
    return read ? overviewItems(read, now()) : [];
  };

  return (
    <Show when={first() && items().length > 0}>
      <section class="overview" aria-labelledby="overview-title">
        <h2 id="overview-title">{t("overview.title")}</h2>
        <ul class="overview-list">
          <For each={items()}>{(item) => <OverviewEntry item={item} data={data()} />}</For>
        </ul>
      </section>
    </Show>
  );
}

function OverviewEntry(props: { item: OverviewItem; data: OverviewData | undefined }) {
  return (
    <li class={`overview-item overview-${props.item.kind}`}>
      <Switch>
        <Match when={props.item.kind === "warning" && props.item}>
          {(item) => (
            <>
              <SeverityLabel severity={item().warning.severity} />
              <A href={warningPath(item().warning.id)} class="overview-link">
                {textsIn(item().warning, contentLanguage()).headline}
              </A>
              <Show when={item().count > 1}>
                <A href="/warnungen">{t("overview.warning.all", { count: item().count })}</A>
              </Show>
            </>
          )}
        </Match>
        <Match when={props.item.kind === "bins" && props.item}>
          {(item) => (
            <>
              <span class="overview-kind">{t("overview.bins.title")}</span>
              <A href="/abfall" class="overview-link">
                {t("overview.bins.text", {
                  day: formatFullDay(item().date),
                  bins: listOf(item().bins.map((bin) => t(`waste.bins.${bin}`))),
                })}
              </A>
            </>
          )}
        </Match>
        <Match when={props.item.kind === "appointment" && props.item}>
          {(item) => {
            const appointment = () => item().appointment;
            const office = () => props.data?.offices.get(appointment().officeId);
            return (
              <>
                <span class="overview-kind">{t("overview.appointment.title")}</span>
                <A href={`/termine/meine/${encodeURIComponent(appointment().id)}`} class="overview-link">
                  {t("overview.appointment.when", {
                    day: formatFullDay(berlinDate(Date.parse(appointment().start))),
                    time: formatTime(appointment().start),
                  })}
                </A>
                <Show when={office()}>{(found) => <span>{localized(found().text).name}</span>}</Show>
                <Show when={appointment().status === "confirmed" && appointment().visitType === "on-site"}>
                  <div class="overview-qr">
                    <QrCode
                      text={appointment().reference}
                      label={t("overview.appointment.qr", { reference: appointment().reference })}
                    />
                    <span>{appointment().reference}</span>
                  </div>
                </Show>
              </>
            );
          }}
        </Match>
        <Match when={props.item.kind === "postbox" && props.item}>
          {(item) => (
            <A href="/konto/postfach" class="overview-link">
              {t("overview.postbox.unread", { count: item().unread })}
            </A>
          )}
        </Match>
        <Match when={props.item.kind === "application" && props.item}>
          {(item) => (
            <>
              <span class="overview-kind">{t(`overview.application.${item().status}`)}</span>
              <A href={`/antraege/${encodeURIComponent(item().id)}`} class="overview-link">
                {item().title}
              </A>
            </>
          )}
        </Match>
        <Match when={props.item.kind === "report" && props.item}>
          {(item) => (
            <>
              <span class="overview-kind">
                {t("overview.report.status", { status: t(`reports.statuses.${item().status}`) })}
              </span>
              <A href={reportPagePath(item().id)} class="overview-link">
                {t(`reports.categories.${item().category}`)}
              </A>
              <Show when={item().address}>{(address) => <span>{address()}</span>}</Show>
            </>
          )}
        </Match>
      </Switch>
    </li>
  );
}

/** "Restmülltonne und Papiertonne", in the reader's language. */
const listOf = (words: string[]) => new Intl.ListFormat(locale(), { type: "conjunction" }).format(words);
