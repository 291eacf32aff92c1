// An entry's opening state in one line, "geöffnet · schließt 19:00", on the list, the entry's page
// and the map's popup.
import { createMemo, Show } from "solid-js";
import { locale, t } from "../../lib/i18n";
import { createNow } from "../warnings/now";
import { createEvaluator } from "./opening-evaluator";
import { describeOpening, type OpeningText } from "./opening-text";

const CLASS: Record<OpeningText["kind"], string> = {
  open: "status-open",
  closed: "status-closed",
  unknown: "",
};

export function OpeningLine(props: { text: OpeningText }) {
  return (
    <p class="opening-status">
      <span class={CLASS[props.text.kind]}>{props.text.label}</span>
      <Show when={props.text.detail}>{(detail) => <> · {detail()}</>}</Show>
    </p>
  );
}

/** Evaluates the rule itself (the evaluator loads on first use) and again each minute. */
export function ShopOpening(props: { rule: string | null }) {
  const evaluator = createEvaluator();
  const now = createNow();
  const text = createMemo((): OpeningText | undefined => {
    const format = { t, locale: locale() };
    const at = new Date(now());
    if (props.rule === null) return describeOpening(undefined, at, format);
    const evaluate = evaluator();
    return evaluate && describeOpening(evaluate.openingState(props.rule, at), at, format);
  });
  return <Show when={text()}>{(current) => <OpeningLine text={current()} />}</Show>;
}
