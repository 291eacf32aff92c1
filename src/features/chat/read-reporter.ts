// Tells the server how far this side has read: up to the other side's newest message, once it is on
// a visible page. Read marks of the other side never trigger one (no ping-pong of marks); a failed
// report is simply made again with the next message or when the page becomes visible.
import { type Accessor, createEffect, onCleanup } from "solid-js";
import type { ChatEntry } from "../../lib/contract/chat";
import type { Viewer } from "./presence";
import { lastMessageSeqOf, otherSide } from "./presence";

export function createReadReporter(options: {
  entries: Accessor<ChatEntry[]>;
  viewer: Viewer;
  /** Whether this side may mark read now (e.g. the conversation is open). */
  enabled: Accessor<boolean>;
  post: (upTo: number) => Promise<void>;
}) {
  let reported = 0;
  const report = () => {
    if (!options.enabled() || document.visibilityState !== "visible") return;
    const upTo = lastMessageSeqOf(options.entries(), otherSide(options.viewer));
    if (upTo <= reported) return;
    const before = reported;
    reported = upTo;
    options.post(upTo).catch((error: unknown) => {
      reported = before;
      console.error("chat read mark not sent", error);
    });
  };
  createEffect(report);
  const onVisible = () => report();
  document.addEventListener("visibilitychange", onVisible);
  onCleanup(() => document.removeEventListener("visibilitychange", onVisible));
}
