// /warnungen: the warnings in force first (most severe, then newest), the ended ones folded away.
// Reads from the device, so it works the same offline. "No warnings" is said only on a good answer
// of NINA, with its time; otherwise the page says warnings could not be fetched, and where else to look.
import { A } from "@solidjs/router";
import { createEffect, createMemo, createSignal, For, onMount, Show } from "solid-js";
import type { WarningsStatus } from "../../lib/contract/warnings";
import { formatDateTime } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { requestSync } from "../../lib/sync-status";
import { EmptyState } from "../../ui/EmptyState";
import { usePageTitle } from "../../ui/page-title";
import { fetchWarningsStatus, sourcesFailing } from "./api";
import { allWarnings, keepStatus, lastKnownStatus, warningsSyncedAt } from "./data";

import { partition, relate, type WarningEntry } from "./model";
import { createNow } from "./now";
import { type SourceState, sourceState } from "./source-state";
import { WarningCard } from "./WarningCard";
import "./warnings.css";

/** The time the page may name as "Stand": NINA's last good answer as far as the list reflects it. */
const asOfTime = (state: SourceState): string | null =>
  state.kind === "current" ? state.asOf : state.kind === "failing" ? state.since : null;

function problemText(state: SourceState): string | null {
  if (state.kind === "failing") return t("warnings.list.failingSince", { time: formatDateTime(state.since) });
  if (state.kind === "never") return t("warnings.list.neverReached");
  if (state.kind === "unknown") return t("warnings.list.notLoaded");
  return null;
}

const EMPTY_TITLE: Record<SourceState["kind"], string> = {
  current: "warnings.list.emptyTitle",
  failing: "warnings.list.emptyTitleFailing",
  never: "warnings.list.emptyTitleUnknown",
  unknown: "warnings.list.emptyTitleUnknown",
};

export default function WarningsPage() {
  usePageTitle(() => t("warnings.title"));
  const warnings = createLiveQuery(() => allWarnings);
  const feedSyncedAt = createLiveQuery(() => warningsSyncedAt);
  const [status, setStatus] = createSignal<WarningsStatus | null>(lastKnownStatus());
  // Someone opening the warnings wants the latest, not the state of the last scheduled round.
  onMount(() => void requestSync());
  // With every sync of the list, NINA's state of the same moment; offline the last known one stays.
  createEffect(() => {
    if (!feedSyncedAt.ready()) return;
    feedSyncedAt.data();
    fetchWarningsStatus().then(
      (fresh) => {
        keepStatus(fresh);
        setStatus(fresh);
      },
      (error: unknown) => console.warn("warnings: source status not fetched", error),
    );
  });
  const now = createNow();
  const source = createMemo(() => sourceState(status(), feedSyncedAt.data() ?? null, now()));
  // Delmenhorst's sources are fine, but a neighbouring district's (chosen for push) are not.
  const neighboursFailing = () => {
    const known = status();
    return source().kind === "current" && known !== null && sourcesFailing(known);
  };
  const lists = createMemo(() => partition(relate(warnings.data() ?? [], now())));

  return (
    <section class="warnings">
      <h1>{t("warnings.title")}</h1>
      <p class="lead">{t("warnings.list.lead")}</p>
      <Show when={asOfTime(source())}>
        {(time) => <p class="warnings-as-of">{t("warnings.list.asOf", { time: formatDateTime(time()) })}</p>}
      </Show>
      <Show when={problemText(source())}>
        {(text) => (
          <div class="notice warnings-source-problem">
            <p>
              <strong>{text()}</strong>
            </p>
            <p>{t("warnings.list.elsewhere")}</p>
          </div>
        )}
      </Show>
      <Show when={neighboursFailing()}>
        <p class="notice">{t("warnings.list.sourceProblem")}</p>
      </Show>

      <Show when={warnings.ready()} fallback={<p class="loading">{t("common.loading")}</p>}>
        <h2>{t("warnings.list.active")}</h2>
        <Show
          when={lists().active.length > 0}
          fallback={<EmptyState title={t(EMPTY_TITLE[source().kind])} text={t("warnings.list.emptyText")} />}
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
