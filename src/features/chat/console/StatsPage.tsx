// /verwaltung/chat/statistik: for the chat's leads and admins, how many chats started and were
// taken, how many residents gave up waiting, and how long they waited, per hour of the day (Berlin
// time) and per topic over the last days. Only figures: the server sends no text and no names.
import { A } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import type { ChatStats } from "../../../lib/contract/chat-office";
import { formatDateTime } from "../../../lib/date-format";
import { t } from "../../../lib/i18n";
import { createRemote } from "../../../lib/remote";
import { DataTable } from "../../../ui/DataTable";
import { SelectInput } from "../../../ui/Field";
import { FactList } from "../../../ui/FactList";
import { usePageTitle } from "../../../ui/page-title";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import { topicLabel } from "../topics";
import { fetchStats } from "./office-api";
import { CHAT_CONSOLE_PATH } from "./paths";
import { busyHours, waitParts } from "./stats-format";
import "../chat.css";

const PERIODS = [7, 30, 90] as const;
type Volume = ChatStats["total"];

const wait = (seconds: number | null) => {
  const parts = waitParts(seconds);
  return parts ? t("chat.office.stats.wait", parts) : t("chat.office.stats.none");
};

function VolumeCells(props: { volume: Volume }) {
  return (
    <>
      <td>{props.volume.started}</td>
      <td>{props.volume.accepted}</td>
      <td>{props.volume.leftWaiting}</td>
      <td>{wait(props.volume.meanWaitSeconds)}</td>
      <td>{wait(props.volume.maxWaitSeconds)}</td>
    </>
  );
}

function VolumeHead(props: { first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{props.first}</th>
        <th scope="col">{t("chat.office.stats.started")}</th>
        <th scope="col">{t("chat.office.stats.accepted")}</th>
        <th scope="col">{t("chat.office.stats.leftWaiting")}</th>
        <th scope="col">{t("chat.office.stats.meanWait")}</th>
        <th scope="col">{t("chat.office.stats.maxWait")}</th>
      </tr>
    </thead>
  );
}

export default function StatsPage() {
  usePageTitle(() => t("chat.office.stats.title"));
  const [days, setDays] = createSignal<number>(7);
  const stats = createRemote(days, fetchStats);
  return (
    <section class="chat-console">
      <p class="breadcrumb">
        <A href={CHAT_CONSOLE_PATH}>{t("chat.console.back")}</A>
      </p>
      <h1>{t("chat.office.stats.title")}</h1>
      <p class="lead">{t("chat.office.stats.lead")}</p>
      <SelectInput
        id="chat-stats-days"
        label={t("chat.office.stats.period")}
        value={String(days())}
        onChange={(value) => setDays(PERIODS.find((p) => String(p) === value) ?? 7)}
        options={PERIODS.map((p) => ({ value: String(p), label: t("chat.office.stats.days", { count: p }) }))}
      />
      <RemoteStatus remote={stats} />
      <Show when={stats.data()}>
        {(current) => (
          <>
            <p>
              {t("chat.office.stats.range", {
                from: formatDateTime(current().from),
                to: formatDateTime(current().to),
              })}
            </p>
            <FactList
              facts={[
                { label: t("chat.office.stats.started"), value: String(current().total.started) },
                { label: t("chat.office.stats.accepted"), value: String(current().total.accepted) },
                { label: t("chat.office.stats.leftWaiting"), value: String(current().total.leftWaiting) },
                { label: t("chat.office.stats.meanWait"), value: wait(current().total.meanWaitSeconds) },
                { label: t("chat.office.stats.maxWait"), value: wait(current().total.maxWaitSeconds) },
                { label: t("chat.office.stats.cases"), value: String(current().cases) },
              ]}
            />
            <h2>{t("chat.office.stats.byHour")}</h2>
            <Show when={busyHours(current()).length > 0} fallback={<p>{t("chat.office.stats.empty")}</p>}>
              <DataTable caption={t("chat.office.stats.byHourCaption")}>
                <VolumeHead first={t("chat.office.stats.hour")} />
                <tbody>
                  <For each={busyHours(current())}>
                    {(row) => (
                      <tr>
                        <th scope="row">
                          {t("chat.office.stats.hourRange", { from: row.hour, to: row.hour + 1 })}
                        </th>
                        <VolumeCells volume={row} />
                      </tr>
                    )}
                  </For>
                </tbody>
              </DataTable>
            </Show>
            <h2>{t("chat.office.stats.byTopic")}</h2>
            <Show when={current().byTopic.length > 0} fallback={<p>{t("chat.office.stats.empty")}</p>}>
              <DataTable caption={t("chat.office.stats.byTopicCaption")}>
                <VolumeHead first={t("chat.office.stats.topic")} />
                <tbody>
                  <For each={current().byTopic}>
                    {(row) => (
                      <tr>
                        <th scope="row">{topicLabel(row.topic)}</th>
                        <VolumeCells volume={row} />
                      </tr>
                    )}
                  </For>
                </tbody>
              </DataTable>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
