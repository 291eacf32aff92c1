// Updates and all-clears: the badge on a warning and the links between the versions.
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { Warning } from "../../lib/contract/warnings";
import { language, t } from "../../lib/i18n";
import { textsIn, type WarningEntry } from "./model";
import { warningPath } from "./labels";

/** "Aktualisierung"/"Entwarnung" on the newer message, "Aktualisiert"/"Aufgehoben" on the older. */
export function relationLabel(entry: WarningEntry): string | null {
  if (entry.successor) return t(`warnings.relation.${entry.successor.kind}`);
  if (entry.warning.msgType === "Cancel") return t("warnings.relation.cancel");
  if (entry.warning.msgType === "Update" && entry.refersTo.length > 0) return t("warnings.relation.update");
  return null;
}

export function RelationBadge(props: { entry: WarningEntry }) {
  return (
    <Show when={relationLabel(props.entry)}>
      {(label) => <span class="badge warning-relation">{label()}</span>}
    </Show>
  );
}

function WarningLink(props: { warning: Warning }) {
  return <A href={warningPath(props.warning.id)}>{textsIn(props.warning, language()).headline}</A>;
}

/** The warnings this one updates or lifts, and the message that updated or lifted it. */
export function RelationLinks(props: { entry: WarningEntry }) {
  const refersKey = () =>
    props.entry.warning.msgType === "Cancel" ? "warnings.relation.cancels" : "warnings.relation.updates";
  return (
    <>
      <Show when={props.entry.refersTo.length > 0}>
        <div class="warning-relations">
          <p>{t(refersKey())}</p>
          <ul>
            <For each={props.entry.refersTo}>
              {(earlier) => (
                <li>
                  <WarningLink warning={earlier} />
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
      <Show when={props.entry.successor}>
        {(successor) => (
          <div class="warning-relations" role="note">
            <p>
              {t(
                successor().kind === "cancelled"
                  ? "warnings.relation.cancelledBy"
                  : "warnings.relation.updatedBy",
              )}
            </p>
            <ul>
              <li>
                <WarningLink warning={successor().by} />
              </li>
            </ul>
          </div>
        )}
      </Show>
    </>
  );
}
