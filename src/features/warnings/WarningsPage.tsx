// /warnungen: the warnings in force first (most severe, then newest), the ended ones folded away.
// Reads from the device, so it works the same offline; the "Stand" line says how fresh it is.
import { A } from "@solidjs/router";
import { createMemo, createSignal, For, onMount, Show } from "solid-js";
import { formatDate, t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { requestSync, syncedAt } from "../../lib/sync-status";
import { EmptyState } from "../../ui/EmptyState";
import { usePageTitle } from "../../ui/page-title";
import { fetchWarningsStatus, sourcesFailing } from "./api";
import { allWarnings, warningsSyncedAt } from "./data";
import { DATE_TIME } from "./labels";
import { newestFetchedAt, partition, relate, type WarningEntry } from "./model";
import { createNow } from "./now";
import { WarningCard } from "./WarningCard";
import "./warnings.css";

export default function WarningsPage() {
  usePageTitle(() => t("warnings.title"));
  const [failing, setFailing] = createSignal(false);
  onMount(() => {
    // Someone opening the warnings wants the latest, not the state of the last scheduled round.
    void requestSync();
    // Only a hint (not a resource: it must not hold the page): offline it is simply not shown.
    fetchWarningsStatus().then(
      (status) => setFailing(sourcesFailing(status)),
      () => setFailing(false),
    );
  });
  const warnings = createLiveQuery(() => allWarnings);
  const feedSyncedAt = createLiveQuery(() => warningsSyncedAt);
  const now = createNow();
  const lists = createMemo(() => partition(relate(warnings.data() ?? [], now())));
  const asOf = () => {
    const times = [newestFetchedAt(warnings.data() ?? []), feedSyncedAt.data() ?? syncedAt()].filter(
      (time): time is string => Boolean(time),
    );
    return times.sort().at(-1) ?? null;
  };

  return (
    <section class="warnings">
      <h1>{t("warnings.title")}</h1>
      <p class="lead">{t("warnings.list.lead")}</p>
      <p class="warnings-as-of">
        <Show when={asOf()} fallback={t("warnings.list.notLoaded")}>
          {(time) => t("warnings.list.asOf", { time: formatDate(time(), DATE_TIME) })}
        </Show>
      </p>
      <Show when={failing()}>
        <p class="notice">{t("warnings.list.sourceProblem")}</p>
      </Show>

      <Show when={warnings.ready()} fallback={<p class="loading">{t("common.loading")}</p>}>
        <h2>{t("warnings.list.active")}</h2>
        <Show
          when={lists().active.length > 0}
          fallback={<EmptyState title={t("warnings.list.emptyTitle")} text={t("warnings.list.emptyText")} />}
        >
          <WarningList entries={lists().active} />
        </Show>

        <Show when={lists().ended.length > 0}>
          <details class="warnings-ended">
            <summary>{t("warnings.list.ended", { count: lists().ended.length })}</summary>
            <WarningList entries={lists().ended} />
          </details>
        </Show>
      </Show>

      <h2>{t("warnings.list.pushTitle")}</h2>
      <p>{t("warnings.push.silentMode")}</p>
      <p>
        <A href="/warnungen/benachrichtigungen">{t("warnings.list.pushLink")}</A>
      </p>
    </section>
  );
}

function WarningList(props: { entries: WarningEntry[] }) {
  return (
    <ul class="card-list">
      <For each={props.entries}>
        {(entry) => (
          <li>
            <WarningCard entry={entry} />
          </li>
        )}
      </For>
    </ul>
  );
}
