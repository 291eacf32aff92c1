// /termine/meine: the appointments on this device, booked with or without the account; upcoming ones
// first. Read from IndexedDB, so the list (and each appointment's QR code) opens offline.
import { A } from "@solidjs/router";
import { createMemo, For, onMount, Show } from "solid-js";
import { localized, t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { EmptyState } from "../../ui/EmptyState";
import { usePageTitle } from "../../ui/page-title";
import { account } from "../account/session";
import { useSession } from "../account/SignedInOnly";
import { allOffices } from "../services/data";
import { berlinDateOf } from "./calendar";
import { type StoredAppointment, storedAppointments } from "./data";
import { formatFullDay } from "../../lib/date-format";
import { statusLabel, timeRange } from "./format";
import { refreshKept } from "./refresh";
import { partitionAppointments } from "./status";
import "./appointments.css";

export default function MyAppointmentsPage() {
  useSession();
  usePageTitle(() => t("appointments.mine.title"));
  const entries = createLiveQuery(() => storedAppointments);
  onMount(() => void storedAppointments().then(refreshKept));
  const offices = createLiveQuery(() => allOffices);
  const lists = createMemo(() => partitionAppointments(entries.data() ?? []));
  const officeName = (id: string) => {
    const office = offices.data()?.find((o) => o.id === id);
    return office ? localized(office.text).name : id;
  };

  const list = (items: StoredAppointment[]) => (
    <ul class="card-list">
      <For each={items}>
        {(entry) => (
          <li class="card">
            <A href={`/termine/meine/${encodeURIComponent(entry.appointment.id)}`}>
              {t("appointments.mine.when", {
                day: formatFullDay(berlinDateOf(entry.appointment.start)),
                time: timeRange(entry.appointment),
              })}
            </A>
            <p>{officeName(entry.appointment.officeId)}</p>
            <p>
              {t("appointments.mine.referenceLine", {
                reference: entry.appointment.reference,
                status: statusLabel(entry.appointment.status),
              })}
            </p>
          </li>
        )}
      </For>
    </ul>
  );

  return (
    <section class="appointments">
      <h1>{t("appointments.mine.title")}</h1>
      <p class="lead">{t("appointments.mine.lead")}</p>
      <p>
        <A href="/termine" class="button">
          {t("appointments.mine.book")}
        </A>
      </p>
      <Show when={entries.ready()} fallback={<p class="loading">{t("common.loading")}</p>}>
        <h2>{t("appointments.mine.upcoming")}</h2>
        <Show
          when={lists().upcoming.length > 0}
          fallback={
            <EmptyState title={t("appointments.mine.emptyTitle")} text={t("appointments.mine.emptyText")} />
          }
        >
          {list(lists().upcoming)}
        </Show>
        <Show when={lists().past.length > 0}>
          <h2>{t("appointments.mine.past")}</h2>
          {list(lists().past)}
        </Show>
      </Show>
      <Show when={!account()}>
        <p class="hint">{t("appointments.mine.signInHint")}</p>
      </Show>
    </section>
  );
}
