import { Show } from "solid-js";
import type { ChatStatus } from "../../lib/contract/chat";
import { t } from "../../lib/i18n";
import { hoursText } from "./hours-text";

/** Whether one can chat now, and when; when open but nobody is on duty, says so. */
export function HoursNotice(props: { status: ChatStatus }) {
  return (
    <div class="chat-hours" classList={{ "chat-hours-open": props.status.accepting }}>
      <p class="chat-hours-text">{hoursText(props.status.hours)}</p>
      <Show when={props.status.hours.open && !props.status.agentsOnDuty}>
        <p>{t("chat.hours.unstaffed")}</p>
      </Show>
    </div>
  );
}
