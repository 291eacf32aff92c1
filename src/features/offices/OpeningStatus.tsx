import { createResource, Show } from "solid-js";
import { wallClock } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import type { OpeningState } from "./opening-state";

const loadEvaluator = () => import("./opening-state");
// The evaluator returns Delmenhorst wall-clock dates: format them without a time zone shift.
const time = (d: Date) => wallClock.time(d);
const dayAndTime = (d: Date) => wallClock.weekdayTime(d);

function describe(state: OpeningState): { label: string; className: string; detail?: string } {
  switch (state.kind) {
    case "open":
      return {
        label: t("offices.open"),
        className: "status-open",
        detail: state.closesAt && t("offices.closesAt", { time: time(state.closesAt) }),
      };
    case "closed":
      return {
        label: t("offices.closed"),
        className: "status-closed",
        detail: state.opensAt && t("offices.opensAt", { time: dayAndTime(state.opensAt) }),
      };
    case "unknown":
      return { label: t("offices.unknown"), className: "" };
  }
}

/** "geöffnet · schließt 18:00" for an opening_hours rule; the evaluator loads on first use. */
export function OpeningStatus(props: { rule: string }) {
  const [evaluator] = createResource(loadEvaluator);
  const status = () => {
    const e = evaluator();
    return e && describe(e.openingState(props.rule));
  };
  return (
    <Show when={status()}>
      {(s) => (
        <p class="opening-status">
          <span class={s().className}>{s().label}</span>
          <Show when={s().detail}>{(detail) => <> · {detail()}</>}</Show>
        </p>
      )}
    </Show>
  );
}
