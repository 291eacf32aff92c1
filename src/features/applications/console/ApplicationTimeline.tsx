// What happened to the application, oldest first: received, taken over, questions and answers,
// the decision. The texts are the ones the citizen sees as well.
import { For, Show } from "solid-js";
import type { ApplicationEvent, StaffApplication } from "../../../lib/contract/applications";
import { formatDateTime } from "../../../lib/date-format";
import { locale, t } from "../../../lib/i18n";
import { eventKindLabel, outcomeLabel } from "./labels";

const byTime = (a: ApplicationEvent, b: ApplicationEvent) => a.at.localeCompare(b.at);

export function ApplicationTimeline(props: { application: StaffApplication }) {
  const events = () => [...props.application.events].sort(byTime);
  const fileName = (id: string) => props.application.files.find((file) => file.id === id)?.name ?? id;
  const names = (ids: string[]) =>
    new Intl.ListFormat(locale(), { type: "conjunction" }).format(ids.map(fileName));

  return (
    <section aria-labelledby="application-timeline-title">
      <h2 id="application-timeline-title">{t("applications.console.timeline.title")}</h2>
      <ol class="staff-timeline">
        <For each={events()}>
          {(event) => (
            <li>
              <p class="staff-timeline-head">
                <strong>{eventKindLabel(event.kind)}</strong>{" "}
                <time datetime={event.at}>{formatDateTime(event.at)}</time>
              </p>
              <Show when={event.outcome}>
                {(outcome) => (
                  <p>{t("applications.console.timeline.outcome", { outcome: outcomeLabel(outcome()) })}</p>
                )}
              </Show>
              <Show when={event.text}>{(text) => <p class="staff-text">{text()}</p>}</Show>
              <Show when={event.fileIds.length > 0}>
                <p>{t("applications.console.timeline.files", { names: names(event.fileIds) })}</p>
              </Show>
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}
