// An agent's presence on duty lasts while a console page of the chat is open: the desk and every
// open conversation renew it. Without this, an agent busy in one conversation for a minute would
// drop off duty and new residents would be told that nobody is reachable.
import { createEffect, onCleanup } from "solid-js";
import { DUTY_HEARTBEAT_SECONDS, type Heartbeat } from "../../../lib/contract/chat";
import { sendHeartbeat } from "./api";

/** Sends the duty heartbeat every DUTY_HEARTBEAT_SECONDS while `active()` holds (and the page is open). */
export function useDutyHeartbeat(active: () => boolean, onBeat?: (answer: Heartbeat) => void): void {
  createEffect(() => {
    if (!active()) return;
    const beat = setInterval(() => {
      sendHeartbeat().then(
        (answer) => onBeat?.(answer),
        (error: unknown) => console.error("chat heartbeat", error),
      );
    }, DUTY_HEARTBEAT_SECONDS * 1000);
    onCleanup(() => clearInterval(beat));
  });
}
