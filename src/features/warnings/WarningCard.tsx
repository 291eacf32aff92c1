import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { formatDateTime } from "../../lib/date-format";
import { language, t } from "../../lib/i18n";
import { providerLabel, warningPath } from "./labels";
import { textLanguageIn, textsIn, type WarningEntry } from "./model";
import { RelationBadge } from "./Relations";
import { SeverityLabel } from "./SeverityLabel";

/** One warning in the list: level, headline, source, area and time. */
export function WarningCard(props: { entry: WarningEntry }) {
  const warning = () => props.entry.warning;
  const text = () => textsIn(warning(), language());
  return (
    <article class="card warning-card" classList={{ ended: !props.entry.active }}>
      <p class="warning-card-top">
        <SeverityLabel severity={warning().severity} />
        <RelationBadge entry={props.entry} />
      </p>
      <h3 class="warning-card-title">
        <A href={warningPath(warning().id)} lang={textLanguageIn(warning(), language())}>
          {text().headline}
        </A>
      </h3>
      <p class="meta">{t("warnings.item.source", { source: providerLabel(warning().provider) })}</p>
      <Show when={warning().areas.length > 0}>
        <p class="meta">{t("warnings.item.area", { area: warning().areas.join(", ") })}</p>
      </Show>
      <p class="meta">
        {t("warnings.item.sent", { time: formatDateTime(warning().sent) })}
        <Show when={warning().expires}>
          {(expires) => <> · {t("warnings.item.until", { time: formatDateTime(expires()) })}</>}
        </Show>
      </p>
    </article>
  );
}
