import { createMemo, Show } from "solid-js";
import { formatDay } from "../lib/date-format";
import { t } from "../lib/i18n";

type Reviewed = { reviewedAt: string; sample: boolean };

/** "Stand <date>", and a clear note when the content is sample data the city has not checked. */
export function SampleNotice(props: { items: Reviewed[] }) {
  const latest = createMemo(() =>
    props.items
      .map((i) => i.reviewedAt)
      .sort()
      .at(-1),
  );
  const sample = () => props.items.some((i) => i.sample);
  return (
    <Show when={latest()}>
      {(date) => (
        <aside class="content-info">
          <p>{t("common.contentAsOf", { date: formatDay(date()) })}</p>
          <Show when={sample()}>
            <p class="sample-note">{t("common.sampleContent")}</p>
          </Show>
        </aside>
      )}
    </Show>
  );
}
