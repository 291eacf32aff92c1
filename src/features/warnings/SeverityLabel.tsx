import { Match, Switch } from "solid-js";
import type { Severity } from "../../lib/contract/warnings-constants";
import { severityLabel } from "./labels";

// One shape per level, so the level reads without colour too (WCAG 1.4.1).
function SeverityIcon(props: { severity: Severity }) {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" class="severity-icon">
      <Switch
        fallback={
          <path d="M12 3a9 9 0 110 18 9 9 0 010-18zM9.5 9.5a2.5 2.5 0 114 2c-1 .7-1.5 1.2-1.5 2.5M12 17v.5" />
        }
      >
        <Match when={props.severity === "Extreme"}>
          <path d="M8 2h8l6 6v8l-6 6H8l-6-6V8zM12 7v6M12 16.5v.5" />
        </Match>
        <Match when={props.severity === "Severe"}>
          <path d="M12 3l10 18H2L12 3zM12 10v5M12 17.5v.5" />
        </Match>
        <Match when={props.severity === "Moderate"}>
          <path d="M12 3a9 9 0 110 18 9 9 0 010-18zM12 7v6M12 16.5v.5" />
        </Match>
        <Match when={props.severity === "Minor"}>
          <path d="M12 3a9 9 0 110 18 9 9 0 010-18zM12 11v6M12 7.5v.5" />
        </Match>
      </Switch>
    </svg>
  );
}

/** "▲ Hohe Gefahr": the level as icon and word; the colour only repeats it. */
export function SeverityLabel(props: { severity: Severity }) {
  return (
    <span class={`severity severity-${props.severity.toLowerCase()}`}>
      <SeverityIcon severity={props.severity} />
      <span>{severityLabel(props.severity)}</span>
    </span>
  );
}
