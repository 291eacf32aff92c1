import { For } from "solid-js";

export type LabelledValue = { label: string; value: string };

/** Label and value pairs as a description list (an application's answers, a map feature's facts). */
export function FactList(props: { facts: readonly LabelledValue[]; class?: string }) {
  return (
    <dl class={props.class ?? "facts"}>
      <For each={props.facts}>
        {(fact) => (
          <>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </>
        )}
      </For>
    </dl>
  );
}
