// "Stand <time>": when the council's records last came to this device, and a clear note where they
// are the seed's sample content rather than the city's council information system.
import { Show } from "solid-js";
import { formatDateTime } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { syncedAt } from "./data";

export function CouncilAsOf(props: { collection: string; sample: boolean }) {
  const time = createLiveQuery(() => {
    const collection = props.collection;
    return () => syncedAt(collection);
  });
  return (
    <aside class="content-info">
      <p>
        <Show when={time.data()} fallback={t("council.asOf.notSynced")}>
          {(value) => t("common.asOf", { time: formatDateTime(value()) })}
        </Show>
      </p>
      <p>{t("council.asOf.source")}</p>
      <Show when={props.sample}>
        <p class="sample-note">{t("council.asOf.sample")}</p>
      </Show>
    </aside>
  );
}
