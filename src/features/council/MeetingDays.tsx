// Meetings under their day (the overview, a committee's page): each with its time, committees,
// place, and whether it is cancelled, said in words.
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { CouncilMeeting } from "../../lib/contract/council";
import { formatFullDay, formatTime } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import type { MeetingDay } from "./model";
import { meetingPath } from "./paths";

/** "17:00–19:30" or "17:00"; the day stands in the heading above. */
export function meetingTime(meeting: CouncilMeeting): string {
  if (meeting.start === null) return "";
  return meeting.end
    ? t("council.list.timeRange", { start: formatTime(meeting.start), end: formatTime(meeting.end) })
    : t("council.list.timeFrom", { start: formatTime(meeting.start) });
}

/** Under a section's h2: each day is an h3. */
export function MeetingDays(props: { days: readonly MeetingDay[] }) {
  return (
    <For each={props.days}>
      {(day) => (
        <div class="council-day">
          <h3>{day.date ? formatFullDay(day.date) : t("council.list.noDate")}</h3>
          <ul class="card-list">
            <For each={day.meetings}>{(meeting) => <MeetingCard meeting={meeting} />}</For>
          </ul>
        </div>
      )}
    </For>
  );
}

/** Time and committees in one line: "17:00–19:30 · Planungsausschuss". */
const summary = (meeting: CouncilMeeting) =>
  [meetingTime(meeting), meeting.organizations.map((o) => o.name).join(", ")].filter(Boolean).join(" · ");

function MeetingCard(props: { meeting: CouncilMeeting }) {
  return (
    <li class="card council-card">
      <A href={meetingPath(props.meeting.id)}>{props.meeting.name}</A>
      <Show when={props.meeting.cancelled}>
        <p>
          <strong class="council-cancelled">{t("council.meeting.cancelled")}</strong>
        </p>
      </Show>
      <Show when={summary(props.meeting)}>{(text) => <p>{text()}</p>}</Show>
      <Show when={props.meeting.location}>{(place) => <p class="hint">{place()}</p>}</Show>
    </li>
  );
}
