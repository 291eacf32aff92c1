// /rat/veranstaltungen: the citizens' information events (Bürgerinformationsveranstaltungen), coming
// ones first, then past ones; each links its page. Online only: they are entered in the console.
import { A } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import type { InfoEvent } from "../../lib/contract/council-streams";
import { formatDateTime } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";
import { COUNCIL_PATH, infoEventPath } from "./paths";
import { fetchInfoEvents } from "./streams-api";
import "./council.css";
import "./council-streams.css";

/** An event counts as coming until its end (its start where no end is known). */
const isComing = (event: InfoEvent, now: number) => Date.parse(event.end ?? event.start) >= now;

export default function InfoEventsPage() {
  usePageTitle(() => t("council.events.title"));
  const [events] = createResource(fetchInfoEvents);
  const now = Date.now();
  const coming = () => (events() ?? []).filter((e) => isComing(e, now));
  const past = () => (events() ?? []).filter((e) => !isComing(e, now)).reverse();
  return (
    <article class="council">
      <p class="breadcrumb">
        <A href={COUNCIL_PATH}>{t("council.back")}</A>
      </p>
      <h1>{t("council.events.title")}</h1>
      <p class="lead">{t("council.events.lead")}</p>
      <Show when={!events.error} fallback={<p class="notice">{t("council.events.offline")}</p>}>
        <Show when={events()} fallback={<p class="loading">{t("common.loading")}</p>}>
          <h2>{t("council.events.coming")}</h2>
          <Show when={coming().length > 0} fallback={<p>{t("council.events.noneComing")}</p>}>
            <EventList events={coming()} />
          </Show>
          <Show when={past().length > 0}>
            <h2>{t("council.events.past")}</h2>
            <EventList events={past()} />
          </Show>
        </Show>
      </Show>
    </article>
  );
}

function EventList(props: { events: InfoEvent[] }) {
  return (
    <ul class="council-list">
      <For each={props.events}>
        {(event) => (
          <li class="council-event">
            <A href={infoEventPath(event.id)}>{event.title}</A>
            <p class="hint">
              {formatDateTime(event.start)} · {event.place}
              <Show when={event.streamId}> · {t("council.events.streamed")}</Show>
              <Show when={event.sample}> · {t("council.events.sampleShort")}</Show>
            </p>
          </li>
        )}
      </For>
    </ul>
  );
}
