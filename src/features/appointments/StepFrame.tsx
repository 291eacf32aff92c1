// The frame of every wizard step (GOV.UK question page): a back link, "Schritt 2 von 4", the
// question as the page's heading, and the notice that booking needs a connection.
import { A } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import { t } from "../../lib/i18n";
import { connection } from "../../lib/sync-status";

export function StepFrame(props: {
  back: { href: string; label?: string };
  /** 1 to 4; the page after booking has none. */
  number?: number;
  title: string;
  children: JSX.Element;
}) {
  return (
    <section class="account appointments">
      <p class="back-link">
        <A href={props.back.href}>{props.back.label ?? t("appointments.wizard.back")}</A>
      </p>
      <Show when={props.number}>
        {(number) => (
          <p class="step-caption">{t("appointments.wizard.step", { number: number(), total: 4 })}</p>
        )}
      </Show>
      <h1>{props.title}</h1>
      <Show when={props.number && connection() === "offline"}>
        <p class="notice">{t("appointments.wizard.offline")}</p>
      </Show>
      {props.children}
    </section>
  );
}
